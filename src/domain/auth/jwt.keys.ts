/**
 * The RS256 key pair that signs JWT access tokens: generated on first start and stored in
 * server_keys (kind "jwt"), shared by every server process like the OpenPGP key.
 */
import { createHash } from "node:crypto";
import {
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  type CryptoKey,
  type JWK,
} from "jose";
import { ensureStoredKey } from "../../crypto/keyStore.ts";
import type { Db } from "../../db/db.ts";

export interface JwtKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicPem: string;
  jwk: JWK;
}

const KIND = "jwt";
const ALG = "RS256";

async function fromPem(privatePem: string, publicPem: string): Promise<JwtKeys> {
  const privateKey = await importPKCS8(privatePem, ALG);
  const publicKey = await importSPKI(publicPem, ALG, { extractable: true });
  const { kty, n, e } = await exportJWK(publicKey);
  return { privateKey, publicKey, publicPem, jwk: { kty, n, e, alg: ALG, use: "sig" } };
}

/** The JWT signing keys, generated on first start (sealed with `passphrase` when given). */
export async function ensureJwtKeys(db: Db, passphrase?: string): Promise<JwtKeys & { sealedNow: boolean }> {
  const key = await ensureStoredKey(db, KIND, passphrase, async () => {
    // RSA 2048: RS256 signing at 4096 bits costs ~4x more per login for no gain over a 5-minute token.
    const pair = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
    const publicPem = await exportSPKI(pair.publicKey);
    return {
      fingerprint: createHash("sha256").update(publicPem).digest("hex"),
      publicKey: publicPem,
      privateKey: await exportPKCS8(pair.privateKey),
    };
  });
  return { ...(await fromPem(key.privateKey, key.publicKey)), sealedNow: key.sealedNow };
}

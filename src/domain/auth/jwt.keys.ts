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
import type { Db } from "../../db/db.ts";
import { ServerKeyEntity } from "../../db/entities/ServerKey.ts";
import { isDuplicateKey } from "../../db/dbErrors.ts";
import { newId } from "../../db/ids.ts";
import { insertRows } from "../../db/insert.ts";

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

export async function ensureJwtKeys(db: Db): Promise<JwtKeys> {
  const load = () => db.read((m) => m.getRepository(ServerKeyEntity).findOneBy({ kind: KIND }));
  const row = await load();
  if (row) return fromPem(row.privateKey, row.publicKey);
  // RSA 2048: RS256 signing at 4096 bits costs ~4x more per login for no gain over a 5-minute token.
  const pair = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
  const privatePem = await exportPKCS8(pair.privateKey);
  const publicPem = await exportSPKI(pair.publicKey);
  try {
    await db.read((m) =>
      insertRows(m, ServerKeyEntity, {
        id: newId(),
        kind: KIND,
        fingerprint: createHash("sha256").update(publicPem).digest("hex"),
        publicKey: publicPem,
        privateKey: privatePem,
        created: new Date(),
      }),
    );
    return fromPem(privatePem, publicPem);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const winner = await load();
    if (!winner) throw err;
    return fromPem(winner.privateKey, winner.publicKey);
  }
}

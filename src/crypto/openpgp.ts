/**
 * The only module that imports 'openpgp' (enforced by the lint config). Everything else
 * goes through the named functions exported from crypto/index.ts.
 */
import * as openpgp from "openpgp";
import type { ServerKeyType } from "../config.ts";

export type { PrivateKey, PublicKey, Key } from "openpgp";

export interface GeneratedKey {
  armoredPrivate: string;
  armoredPublic: string;
  fingerprint: string;
}

/**
 * A v4 key that GnuPG 2.2 and the browser extension can both use: Ed25519/Curve25519
 * ("legacy" ECC) by default, RSA 3072/4096 on request. Never the RFC 9580 v6 key types.
 */
export async function generateKey(type: ServerKeyType, name: string, email?: string): Promise<GeneratedKey> {
  const userIDs = [email ? { name, email } : { name }];
  const base = { userIDs, format: "armored" as const, config: { v6Keys: false } };
  const { privateKey, publicKey } =
    type === "curve25519"
      ? await openpgp.generateKey({ ...base, type: "ecc", curve: "curve25519Legacy" })
      : await openpgp.generateKey({ ...base, type: "rsa", rsaBits: type === "rsa3072" ? 3072 : 4096 });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return {
    armoredPrivate: privateKey,
    armoredPublic: publicKey,
    fingerprint: key.getFingerprint().toUpperCase(),
  };
}

export async function readPrivateKey(armored: string): Promise<openpgp.PrivateKey> {
  return openpgp.readPrivateKey({ armoredKey: armored });
}

export async function readPublicKey(armored: string): Promise<openpgp.Key> {
  return openpgp.readKey({ armoredKey: armored });
}

export const fingerprintOf = (key: openpgp.Key): string => key.getFingerprint().toUpperCase();

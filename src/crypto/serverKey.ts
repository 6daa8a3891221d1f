/**
 * The server's OpenPGP key: generated on first start when none exists, stored in the
 * database so that restarts and every server process share it. Only the public part is
 * ever served.
 */
import type { Db } from "../db/db.ts";
import { ServerKeyEntity } from "../db/entities/ServerKey.ts";
import type { ServerKeyType } from "../config.ts";
import { ensureStoredKey } from "./keyStore.ts";
import { generateKey, readPrivateKey, type PrivateKey } from "./openpgp.ts";

export interface ServerKeyPair {
  fingerprint: string;
  armoredPublic: string;
  privateKey: PrivateKey;
}

const KIND = "openpgp";

/**
 * Loads the server key, generating and storing it on first start (sealed with `passphrase` when
 * given: keyStore.ts). Safe with concurrent starts.
 */
export async function ensureServerKey(
  db: Db,
  type: ServerKeyType,
  passphrase?: string,
): Promise<ServerKeyPair & { created: boolean; sealedNow: boolean }> {
  const key = await ensureStoredKey(db, KIND, passphrase, async () => {
    const k = await generateKey(type, "Watchword server key");
    return { fingerprint: k.fingerprint, publicKey: k.armoredPublic, privateKey: k.armoredPrivate };
  });
  return {
    fingerprint: key.fingerprint,
    armoredPublic: key.publicKey,
    privateKey: await readPrivateKey(key.privateKey),
    created: key.created,
    sealedNow: key.sealedNow,
  };
}

/** The stored key without generating one (health check). */
export async function findServerKey(db: Db): Promise<{ fingerprint: string } | undefined> {
  const row = await db.read((m) => m.getRepository(ServerKeyEntity).findOneBy({ kind: KIND }));
  return row ? { fingerprint: row.fingerprint } : undefined;
}

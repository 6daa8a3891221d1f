/**
 * The server's OpenPGP key: generated on first start when none exists, stored in the
 * database so that restarts and every server process share it. Only the public part is
 * ever served.
 */
import type { Db } from "../db/db.ts";
import { ServerKeyEntity } from "../db/entities/ServerKey.ts";
import { isDuplicateKey } from "../db/dbErrors.ts";
import { newId } from "../db/ids.ts";
import type { ServerKeyType } from "../config.ts";
import { generateKey, readPrivateKey, type PrivateKey } from "./openpgp.ts";
import { insertRows } from "../db/insert.ts";

export interface ServerKeyPair {
  fingerprint: string;
  armoredPublic: string;
  privateKey: PrivateKey;
}

const KIND = "openpgp";

async function load(db: Db): Promise<ServerKeyPair | undefined> {
  const row = await db.read((m) => m.getRepository(ServerKeyEntity).findOneBy({ kind: KIND }));
  if (!row) return undefined;
  return {
    fingerprint: row.fingerprint,
    armoredPublic: row.publicKey,
    privateKey: await readPrivateKey(row.privateKey),
  };
}

/** Loads the server key, generating and storing it on first start. Safe with concurrent starts. */
export async function ensureServerKey(
  db: Db,
  type: ServerKeyType,
): Promise<ServerKeyPair & { created: boolean }> {
  const existing = await load(db);
  if (existing) return { ...existing, created: false };
  const key = await generateKey(type, "Watchword server key");
  try {
    await db.read((m) =>
      insertRows(m, ServerKeyEntity, {
        id: newId(),
        kind: KIND,
        fingerprint: key.fingerprint,
        publicKey: key.armoredPublic,
        privateKey: key.armoredPrivate,
        created: new Date(),
      }),
    );
    return {
      fingerprint: key.fingerprint,
      armoredPublic: key.armoredPublic,
      privateKey: await readPrivateKey(key.armoredPrivate),
      created: true,
    };
  } catch (err) {
    // Another process stored its key first: use that one.
    if (!isDuplicateKey(err)) throw err;
    const winner = await load(db);
    if (!winner) throw err;
    return { ...winner, created: false };
  }
}

/** The stored key without generating one (health check). */
export async function findServerKey(db: Db): Promise<{ fingerprint: string } | undefined> {
  const row = await db.read((m) => m.getRepository(ServerKeyEntity).findOneBy({ kind: KIND }));
  return row ? { fingerprint: row.fingerprint } : undefined;
}

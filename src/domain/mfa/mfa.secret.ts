/**
 * TOTP secrets at rest. Each is encrypted with AES-256-GCM under the organisation's MFA data key
 * (32 random bytes, bound to the user id as associated data, so a sealed secret cannot be moved
 * to another user's row). The data key is a server_keys row of kind "mfa", stored and sealed
 * exactly like the server's private keys (src/crypto/keyStore.ts): with SERVER_KEY_PASSPHRASE set
 * it is sealed with it, and `watchword server-key passphrase` re-seals it with the others. A copy
 * of the database alone then holds no usable TOTP secret. The key is loaded once per process, on
 * first use (one scrypt derivation), so verifying a code costs no key derivation.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { ensureStoredKey } from "../../crypto/keyStore.ts";
import type { Db } from "../../db/db.ts";

const KIND = "mfa";
const PREFIX = "watchword-mfa:v1:";
const loaded = new WeakMap<Db, Promise<Buffer>>();

/** The data key of this database (generated on first use), cached per process. */
export function mfaDataKey(db: Db, passphrase: string | undefined): Promise<Buffer> {
  let key = loaded.get(db);
  if (!key) {
    key = ensureStoredKey(db, KIND, passphrase, async () => {
      const fresh = randomBytes(32);
      return {
        // a name for the row, not the key: a hash of the key reveals nothing of it
        fingerprint: createHash("sha256").update(fresh).digest("hex"),
        publicKey: "",
        privateKey: fresh.toString("base64"),
      };
    }).then((k) => Buffer.from(k.privateKey, "base64"));
    key.catch(() => loaded.delete(db));
    loaded.set(db, key);
  }
  return key;
}

const aad = (userId: string) => Buffer.from(`mfa-totp:${userId}`, "utf8");
const b64 = (b: Buffer) => b.toString("base64url");

/** The stored form of a user's base32 secret. */
export function sealSecret(key: Buffer, userId: string, base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(userId));
  const data = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return `${PREFIX}${[iv, cipher.getAuthTag(), data].map(b64).join(":")}`;
}

/** @throws Error when the value is not one sealed for this user with this key */
export function openSecret(key: Buffer, userId: string, stored: string): string {
  if (!stored.startsWith(PREFIX)) throw new Error("the stored TOTP secret is not in a known form");
  const [iv, tag, data] = stored
    .slice(PREFIX.length)
    .split(":")
    .map((s) => Buffer.from(s, "base64url"));
  if (!iv || !tag || !data || iv.length !== 12 || tag.length !== 16)
    throw new Error("the stored TOTP secret is damaged");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(aad(userId));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}

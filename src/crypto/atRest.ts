/**
 * The server's private keys at rest. With SERVER_KEY_PASSPHRASE set they are stored sealed:
 * scrypt derives a 256-bit key from the passphrase and a random salt, AES-256-GCM encrypts, and
 * the key's kind ("openpgp", "jwt") is bound as associated data, so a sealed value cannot be
 * moved to another row. A copy of the database alone (a backup, a dump, a stolen disk of the
 * database server) then holds no usable private key.
 *
 * Stored form: watchword-sealed:v1:scrypt:<N>.<r>.<p>:<salt>:<iv>:<tag>:<ciphertext>
 * (base64url). The scrypt parameters travel with the value, so they can be raised later
 * without breaking what is stored.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from "node:crypto";

const PREFIX = "watchword-sealed:v1:";
/** Shortest passphrase accepted (SERVER_KEY_PASSPHRASE, and the new one of `server-key passphrase`). */
export const MIN_PASSPHRASE_LENGTH = 12;
/** 2^15 × 8 × 128 bytes = 32 MiB and ~0.1 s per derivation: paid once per key at start. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const MAX_N = 2 ** 20;

/** The passphrase does not open the sealed value (or the value was altered). */
export class WrongPassphraseError extends Error {}

export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);

function deriveKey(
  passphrase: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(passphrase, salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const b64 = (b: Buffer) => b.toString("base64url");

/** Seals a private key (any text) for storage under `kind`. */
export async function seal(plain: string, passphrase: string, kind: string): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, COST);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(kind, "utf8"));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const cost = `${COST.N}.${COST.r}.${COST.p}`;
  return `${PREFIX}scrypt:${cost}:${[salt, iv, cipher.getAuthTag(), data].map(b64).join(":")}`;
}

/**
 * Opens a sealed value stored under `kind`.
 * @throws WrongPassphraseError when the passphrase (or kind) does not match or the value is damaged
 */
export async function open(stored: string, passphrase: string, kind: string): Promise<string> {
  const parts = stored.slice(PREFIX.length).split(":");
  const [kdf, cost, ...rest] = parts;
  const [N, r, p] = (cost ?? "").split(".").map(Number);
  if (kdf !== "scrypt" || rest.length !== 4 || !N || !r || !p || N > MAX_N || r > 32 || p > 16)
    throw new WrongPassphraseError(`the stored ${kind} key is not in a form this version can open`);
  const [salt, iv, tag, data] = rest.map((s) => Buffer.from(s, "base64url")) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  if (iv.length !== 12 || tag.length !== 16)
    throw new WrongPassphraseError(`the stored ${kind} key is damaged`);
  const key = await deriveKey(passphrase, salt, { N, r, p });
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(kind, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    throw new WrongPassphraseError(`the passphrase does not open the stored ${kind} key`);
  }
}

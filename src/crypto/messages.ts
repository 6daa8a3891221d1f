/**
 * OpenPGP messages the server itself reads or writes: the login challenges (GpgAuth nonces and
 * JWT challenges). User secrets never come through here: the server does not decrypt them.
 */
import * as openpgp from "openpgp";
import { readPublicKeyCached } from "./keyCache.ts";
import type { PrivateKey } from "./openpgp.ts";

/** Why a message was refused; the log gets the reason, the client a generic message. */
export type MessageFailure = "unreadable" | "undecryptable" | "bad_signature";

export class MessageError extends Error {
  constructor(
    readonly reason: MessageFailure,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = "MessageError";
  }
}

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Parses an ASCII-armored `PGP MESSAGE`.
 * @throws MessageError "unreadable"
 */
export async function readArmoredMessage(armored: string): Promise<openpgp.Message<string>> {
  if (!/^-----BEGIN PGP MESSAGE-----/.test(armored.trimStart()))
    throw new MessageError("unreadable", "not an armored PGP MESSAGE");
  try {
    return await openpgp.readMessage({ armoredMessage: armored });
  } catch (err) {
    throw new MessageError("unreadable", reason(err));
  }
}

/**
 * Decrypts a message addressed to `key` (the server key), ignoring any signature.
 * @throws MessageError "unreadable" or "undecryptable"
 */
export async function decryptMessage(armored: string, key: PrivateKey): Promise<string> {
  const message = await readArmoredMessage(armored);
  try {
    const { data } = await openpgp.decrypt({ message, decryptionKeys: key, format: "utf8" });
    return data;
  } catch (err) {
    throw new MessageError("undecryptable", reason(err));
  }
}

/**
 * A user's public key, from a gpgkey row: parsed once per process and reused (keyCache.ts). A key
 * used again skips the parse and the checks of its self-signatures that OpenPGP.js remembers on
 * the key object: 1.5 to 1.9 ms of CPU per use measured (Curve25519 and RSA 3072), twice per
 * login.
 */
export interface StoredPublicKey {
  /** The gpgkey row id. */
  id: string;
  armoredKey: string;
}

const parsed = (k: StoredPublicKey): Promise<openpgp.Key> => readPublicKeyCached(k.id, k.armoredKey);

/**
 * Decrypts a message addressed to `key` and requires a valid signature by `signerKey`.
 * @throws MessageError "unreadable", "undecryptable" or "bad_signature"
 */
export async function decryptAndVerify(
  armored: string,
  key: PrivateKey,
  signerKey: StoredPublicKey,
): Promise<string> {
  const message = await readArmoredMessage(armored);
  let signer: openpgp.Key;
  try {
    signer = await parsed(signerKey);
  } catch (err) {
    throw new MessageError("bad_signature", `signer key unreadable: ${reason(err)}`);
  }
  let result: Awaited<ReturnType<typeof openpgp.decrypt<string>>>;
  try {
    result = await openpgp.decrypt({
      message,
      decryptionKeys: key,
      verificationKeys: signer,
      format: "utf8",
    });
  } catch (err) {
    throw new MessageError("undecryptable", reason(err));
  }
  const signerIds = new Set(signer.getKeyIDs().map((id) => id.toHex()));
  for (const signature of result.signatures) {
    if (!signerIds.has(signature.keyID.toHex())) continue;
    try {
      if (await signature.verified) return result.data;
    } catch (err) {
      throw new MessageError("bad_signature", reason(err));
    }
  }
  throw new MessageError("bad_signature", "not signed by the expected key");
}

/**
 * Encrypts `text` to the recipient's public key and signs it with `signingKey` (the server key).
 * @throws Error when the recipient key cannot encrypt (expired, revoked, no encryption subkey)
 */
export async function encryptAndSign(
  text: string,
  recipientKey: StoredPublicKey,
  signingKey: PrivateKey,
): Promise<string> {
  const recipient = await parsed(recipientKey);
  return openpgp.encrypt({
    message: await openpgp.createMessage({ text }),
    encryptionKeys: recipient,
    signingKeys: signingKey,
    format: "armored",
  });
}

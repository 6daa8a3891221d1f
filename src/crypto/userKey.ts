/**
 * A user's own private key, read and unlocked on the user's side: `watchword token` logs in as a
 * client does. The server never holds such a key; nothing here is used to serve requests.
 */
import * as openpgp from "openpgp";
import type { PrivateKey } from "./openpgp.ts";

export type UserKeyFailure = "unreadable" | "wrong_passphrase";

export class UserKeyError extends Error {
  constructor(
    readonly reason: UserKeyFailure,
    detail: string,
  ) {
    super(detail);
    this.name = "UserKeyError";
  }
}

/**
 * Parses an armored private key (still locked if it has a passphrase).
 * @throws UserKeyError "unreadable" for a public key, another armor type or garbage
 */
export async function readUserPrivateKey(armored: string): Promise<PrivateKey> {
  try {
    return await openpgp.readPrivateKey({ armoredKey: armored });
  } catch (err) {
    throw new UserKeyError("unreadable", err instanceof Error ? err.message : String(err));
  }
}

/** Whether the key needs a passphrase before it can sign or decrypt. */
export const isLocked = (key: PrivateKey): boolean => !key.isDecrypted();

/**
 * The key unlocked with its passphrase. The passphrase is never part of an error message.
 * @throws UserKeyError "wrong_passphrase"
 */
export async function unlockUserPrivateKey(key: PrivateKey, passphrase: string): Promise<PrivateKey> {
  try {
    return await openpgp.decryptKey({ privateKey: key, passphrase });
  } catch (err) {
    throw new UserKeyError("wrong_passphrase", err instanceof Error ? err.message : String(err));
  }
}

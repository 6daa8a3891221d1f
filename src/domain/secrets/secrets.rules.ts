/**
 * Secrets submitted for users: each must be an OpenPGP message encrypted for that user's
 * current key (crypto/messageRules.ts). Used by resource create and update, and later by share
 * and group membership changes. The keys are read first, the messages are checked outside any
 * transaction (CPU work; on SQLite a transaction holds the process-wide lock), and the
 * transaction then confirms that the keys used are still current.
 */
import { In, type EntityManager } from "typeorm";
import { GpgkeyEntity } from "../../db/entities/Gpgkey.ts";
import { checkEncryptedMessage, MESSAGE_RULES } from "../../crypto/messageRules.ts";
import { readPublicKeyCached } from "../../crypto/keyCache.ts";
import type { Key } from "../../crypto/openpgp.ts";
import { addError, validationFailed, type ErrorTree } from "../../http/errors.ts";

export interface SecretToCheck {
  userId: string;
  data: string;
}

/** userId → id of the gpgkey row the secret was checked against. */
export type KeysUsed = Map<string, string>;

interface CurrentKey {
  id: string;
  armoredKey: string;
}

/** Each user's current (non-deleted) key; one query. */
export async function findCurrentKeys(m: EntityManager, userIds: string[]): Promise<Map<string, CurrentKey>> {
  if (!userIds.length) return new Map();
  const keys = await m.getRepository(GpgkeyEntity).find({
    select: { id: true, userId: true, armoredKey: true, created: true },
    where: { userId: In([...new Set(userIds)]), deleted: false },
    order: { created: "ASC" },
  });
  // the newest wins should a user ever have two non-deleted keys
  return new Map(keys.map((k) => [k.userId, { id: k.id, armoredKey: k.armoredKey }]));
}

/**
 * Checks every secret against its user's key; no I/O.
 * @returns the errors as secrets.<i>.data.<rule> (null when all pass) and the keys used
 */
export async function checkSecrets(
  secrets: SecretToCheck[],
  keys: Map<string, CurrentKey>,
  maxBytes: number,
): Promise<{ errors: ErrorTree | null; keysUsed: KeysUsed; logDetail: string[] }> {
  const errors: ErrorTree = {};
  const keysUsed: KeysUsed = new Map();
  const logDetail: string[] = [];
  const parsed = new Map<string, Key | null>();
  for (const [i, s] of secrets.entries()) {
    const key = keys.get(s.userId);
    if (key && !parsed.has(s.userId))
      parsed.set(s.userId, await readPublicKeyCached(key.id, key.armoredKey).catch(() => null));
    const problem = await checkEncryptedMessage(s.data, parsed.get(s.userId) ?? null, maxBytes);
    if (problem) {
      addError(errors, ["secrets", i, "data"], problem.rule, problem.message);
      logDetail.push(`secrets.${i}: ${problem.rule}${problem.detail ? ` (${problem.detail})` : ""}`);
    } else if (key) keysUsed.set(s.userId, key.id);
  }
  return { errors: Object.keys(errors).length ? errors : null, keysUsed, logDetail };
}

/**
 * Reads the keys, checks the secrets, and throws on the first batch of problems.
 * @throws AppError 400 with secrets.<i>.data.<rule>
 */
export async function assertSecretsEncryptedForUsers(
  keys: Map<string, CurrentKey>,
  secrets: SecretToCheck[],
  maxBytes: number,
  message: string,
): Promise<KeysUsed> {
  const { errors, keysUsed, logDetail } = await checkSecrets(secrets, keys, maxBytes);
  if (errors) throw validationFailed(message, errors, logDetail.join("; "));
  return keysUsed;
}

/**
 * Inside the transaction: every key a secret was checked against is still its user's current
 * key (a key replaced in between would leave a secret nobody can decrypt).
 * @throws AppError 400 isEncryptedForRecipient on the secret whose key changed
 */
export async function assertKeysStillCurrent(
  m: EntityManager,
  keysUsed: KeysUsed,
  secretUserIds: string[],
  message: string,
): Promise<void> {
  const now = await findCurrentKeys(m, [...keysUsed.keys()]);
  const errors: ErrorTree = {};
  secretUserIds.forEach((userId, i) => {
    if (now.get(userId)?.id !== keysUsed.get(userId))
      addError(
        errors,
        ["secrets", i, "data"],
        "isEncryptedForRecipient",
        MESSAGE_RULES.isEncryptedForRecipient,
      );
  });
  if (Object.keys(errors).length)
    throw validationFailed(message, errors, "a recipient key changed during the request");
}

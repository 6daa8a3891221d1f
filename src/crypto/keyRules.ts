/**
 * The rules a user's public key must pass before it is stored (setup complete). Each failure is
 * reported under a stable rule name, so the API answers `gpgkey.armored_key.<rule>: message`.
 * Names are Passbolt's where Passbolt has the rule (PublicKeyValidationService), ours otherwise:
 *
 * | rule                           | refused when                                                        |
 * | ------------------------------ | ------------------------------------------------------------------- |
 * | isParsableArmoredKeyRule       | not an ASCII-armored OpenPGP public key that parses and self-verifies |
 * | hasMultipleMainPacketsRule     | more than one armored block, or more than one primary key in it      |
 * | isPublicKeyRule (ours)         | a private key: refused, never stored                                 |
 * | isV4KeyRule (ours)             | a v6 (RFC 9580) key, or any version other than 4                     |
 * | isValidAlgorithmStrictRule     | primary key neither RSA nor Ed25519 (legacy EdDSA, as gpg 2.2 makes) |
 * | isValidKeySizeStrictRule       | an RSA primary key that is not 3072 or 4096 bits                     |
 * | isNotCreatedInTheFutureRule    | creation date more than CLOCK_SKEW_MS ahead of the server clock      |
 * | isNotExpiredRule               | the primary key has expired (a future expiry date is accepted)       |
 * | isNotRevokedRule               | the primary key is revoked                                           |
 * | hasEncryptionKeyRule (ours)    | no valid encryption (sub)key: RSA 3072/4096 or Curve25519 (legacy)  |
 * | hasUserEmailRule (ours)        | no valid user id carries the account's email (case-insensitive)      |
 * | isUniqueFingerprintRule (ours) | another non-deleted user key has the fingerprint (checked in the DB) |
 * | isNotServerKeyFingerprintRule  | the key is the server's own key                                      |
 *
 * The two checks that depend on validity at a date (encryption key, user id) run only when the
 * key is otherwise current (not revoked, expired or from the future), so one cause gives one error.
 */
import * as openpgp from "openpgp";
import { describeKey, type KeyInfo } from "./keys.ts";

export type KeyRuleName =
  | "isParsableArmoredKeyRule"
  | "hasMultipleMainPacketsRule"
  | "isPublicKeyRule"
  | "isV4KeyRule"
  | "isValidAlgorithmStrictRule"
  | "isValidKeySizeStrictRule"
  | "isNotCreatedInTheFutureRule"
  | "isNotExpiredRule"
  | "isNotRevokedRule"
  | "hasEncryptionKeyRule"
  | "hasUserEmailRule"
  | "isUniqueFingerprintRule"
  | "isNotServerKeyFingerprintRule";

export type KeyErrors = Partial<Record<KeyRuleName, string>>;

export const KEY_RULE_MESSAGES: Record<KeyRuleName, string> = {
  isParsableArmoredKeyRule: "The public key could not be parsed.",
  hasMultipleMainPacketsRule: "The armored key must not contain multiple keys.",
  isPublicKeyRule: "The key must be a public key. Never send a private key.",
  isV4KeyRule: "The key must be an OpenPGP v4 key; v6 (RFC 9580) keys are not supported.",
  isValidAlgorithmStrictRule: "The algorithm is invalid: use RSA (3072 or 4096 bits) or Ed25519/Curve25519.",
  isValidKeySizeStrictRule: "The key size must match security recommendations (RSA 3072 or 4096 bits).",
  isNotCreatedInTheFutureRule: "The key creation date must not be in the future.",
  isNotExpiredRule: "The key must not be expired.",
  isNotRevokedRule: "The key must not be revoked.",
  hasEncryptionKeyRule: "The key must have a valid encryption key (RSA 3072/4096 or Curve25519).",
  hasUserEmailRule: "One of the key's user ids must carry the user's email address.",
  isUniqueFingerprintRule: "The fingerprint is already used by another user's key.",
  isNotServerKeyFingerprintRule: "The key must not be the server key.",
};

/** Tolerated clock difference between the client that made the key and this server. */
export const CLOCK_SKEW_MS = 60_000;

export interface KeyExpectations {
  /** The account's username: one valid user id must carry it. */
  email: string;
  /** The server key's fingerprint (uppercase hex): refused as a user key. */
  serverFingerprint?: string;
}

/** On failure, `info` is there when the key parsed (so the caller can add its own checks). */
export type KeyCheck = { ok: true; info: KeyInfo } | { ok: false; errors: KeyErrors; info?: KeyInfo };

export const keyErrors = (...rules: KeyRuleName[]): KeyErrors =>
  Object.fromEntries(rules.map((r) => [r, KEY_RULE_MESSAGES[r]]));

const fail = (...rules: KeyRuleName[]): KeyCheck => ({ ok: false, errors: keyErrors(...rules) });

/** Structural checks on the text and the parsed packets. @returns the key, or a failed check */
async function readSingleKey(armored: string): Promise<openpgp.Key | KeyCheck> {
  const blocks = [...armored.matchAll(/-----BEGIN PGP ([A-Z ]+?)-----/g)].map((m) => m[1]);
  if (blocks.some((b) => b?.includes("PRIVATE"))) return fail("isPublicKeyRule");
  if (blocks.length > 1) return fail("hasMultipleMainPacketsRule");
  if (blocks[0] !== "PUBLIC KEY BLOCK") return fail("isParsableArmoredKeyRule");
  let keys: openpgp.Key[];
  try {
    keys = await openpgp.readKeys({ armoredKeys: armored });
  } catch {
    return fail("isParsableArmoredKeyRule");
  }
  if (keys.length !== 1) return fail(keys.length ? "hasMultipleMainPacketsRule" : "isParsableArmoredKeyRule");
  const key = keys[0]!;
  if (key.isPrivate()) return fail("isPublicKeyRule");
  if (key.keyPacket.version !== 4) return fail("isV4KeyRule");
  return key;
}

type AlgorithmInfo = ReturnType<openpgp.Key["getAlgorithmInfo"]>;

const isRsa = (a: AlgorithmInfo) => a.algorithm.startsWith("rsa");
const rsaSizeOk = (a: AlgorithmInfo) => a.bits === 3072 || a.bits === 4096;

/** Primary key: RSA or Ed25519 as gpg 2.2 and the extension make it (EdDSA legacy). */
function algorithmErrors(a: AlgorithmInfo): KeyRuleName[] {
  if (isRsa(a))
    return a.algorithm === "rsaEncrypt"
      ? ["isValidAlgorithmStrictRule"]
      : rsaSizeOk(a)
        ? []
        : ["isValidKeySizeStrictRule"];
  return a.algorithm === "eddsaLegacy" && a.curve === "ed25519Legacy" ? [] : ["isValidAlgorithmStrictRule"];
}

/** Encryption (sub)key: RSA 3072/4096 or Curve25519 ECDH (legacy), valid at `date`. */
async function hasUsableEncryptionKey(key: openpgp.Key, date: Date): Promise<boolean> {
  try {
    const a = (await key.getEncryptionKey(undefined, date)).getAlgorithmInfo();
    return isRsa(a)
      ? rsaSizeOk(a) && a.algorithm !== "rsaSign"
      : a.algorithm === "ecdh" && a.curve === "curve25519Legacy";
  } catch {
    return false;
  }
}

/** The first self-certified, unrevoked user id whose email is `email` (case-insensitive). */
async function userIdWithEmail(key: openpgp.Key, email: string, date: Date): Promise<string | undefined> {
  const wanted = email.toLowerCase();
  for (const user of key.users) {
    if (!user.userID || user.userID.email.toLowerCase() !== wanted) continue;
    try {
      await user.verify(date);
      return user.userID.userID;
    } catch {
      // a user id without a valid self-certification does not count
    }
  }
  return undefined;
}

/**
 * Applies every rule that needs no database to an armored key sent as a user's public key.
 * Never logs or echoes the key.
 */
export async function checkUserPublicKey(
  armored: string,
  expect: KeyExpectations,
  now: Date = new Date(),
): Promise<KeyCheck> {
  const key = await readSingleKey(armored);
  if ("ok" in key) return key;
  const errors: KeyRuleName[] = algorithmErrors(key.getAlgorithmInfo());

  const created = key.getCreationTime();
  let current = true;
  if (created.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    errors.push("isNotCreatedInTheFutureRule");
    current = false;
  }
  const at = new Date(Math.max(now.getTime(), created.getTime()));
  if (await key.isRevoked(undefined, undefined, at).catch(() => false)) {
    errors.push("isNotRevokedRule");
    current = false;
  }
  const expires = await key.getExpirationTime().catch(() => null);
  if (expires instanceof Date && expires.getTime() <= now.getTime()) {
    errors.push("isNotExpiredRule");
    current = false;
  }
  let uid: string | undefined;
  if (current) {
    try {
      await key.verifyPrimaryKey(at);
    } catch {
      return fail("isParsableArmoredKeyRule"); // no valid self-signature: not a usable key at all
    }
    if (!(await hasUsableEncryptionKey(key, at))) errors.push("hasEncryptionKeyRule");
    uid = await userIdWithEmail(key, expect.email, at);
    if (!uid) errors.push("hasUserEmailRule");
  }
  const info = await describeKey(key);
  if (expect.serverFingerprint && info.fingerprint === expect.serverFingerprint.toUpperCase())
    errors.push("isNotServerKeyFingerprintRule");
  const described = { ...info, uid: (uid ?? info.uid).slice(0, 769) };
  if (errors.length) return { ok: false, errors: keyErrors(...errors), info: described };
  return { ok: true, info: described };
}

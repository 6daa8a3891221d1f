/**
 * The checks a submitted secret must pass, without decrypting it. One function serves resource
 * create and update (and later share and group membership changes). Rule names are stable:
 * they appear in the 400 error tree as `secrets.<i>.data.<rule>`.
 *
 * | rule                    | refuses                                                        |
 * | ----------------------- | -------------------------------------------------------------- |
 * | maxSize                 | more than SECRET_MAX_BYTES bytes                                |
 * | ascii                   | any non-ASCII character (Passbolt's `ascii` rule)               |
 * | isValidOpenPGPMessage   | not exactly one armored PGP MESSAGE block that parses (see armor.ts for the checksum decision) |
 * | isAsymmetric            | anything but public-key session keys + one SEIPD/AEAD packet: passphrase (SKESK), legacy unprotected (SED), signed-only, literal or compressed-only messages |
 * | hasNoHiddenRecipient    | a wildcard / anonymous recipient (key id 0000000000000000)      |
 * | isEncryptedForRecipient | no recipient is a valid encryption (sub)key of the target user's current key |
 *
 * Passbolt checks only the armor. Extra recipients next to the target user's key are accepted:
 * gpg users with `encrypt-to` in their configuration produce them.
 */
import * as openpgp from "openpgp";
import { ArmorError, dearmorMessage } from "./armor.ts";

export const MESSAGE_RULES = {
  maxSize: "The message is too large.",
  ascii: "The message should only contain ASCII characters.",
  isValidOpenPGPMessage: "The message should be a valid ASCII-armored OpenPGP message.",
  isAsymmetric:
    "The message should be encrypted with public keys only (no passphrase, signed-only or unencrypted content).",
  hasNoHiddenRecipient: "The message should not have hidden (wildcard) recipients.",
  isEncryptedForRecipient: "The message is not encrypted for the current key of this user.",
} as const;

export type MessageRule = keyof typeof MESSAGE_RULES;

export interface MessageViolation {
  rule: MessageRule;
  message: string;
  /** Why, for the log only. */
  detail?: string;
}

const T = openpgp.enums.packet;
const WILDCARD = "0000000000000000";
const violation = (rule: MessageRule, detail?: string, message: string = MESSAGE_RULES[rule]) => ({
  rule,
  message,
  detail,
});

/** What the packet list is missing or holds in excess, or undefined when it is PKESK+ then one SEIPD/AEAD. */
function packetShapeProblem(tags: number[]): string | undefined {
  if (tags.includes(T.symEncryptedSessionKey)) return "it carries a passphrase-encrypted session key";
  if (tags.includes(T.symmetricallyEncryptedData)) return "it uses unprotected legacy encryption";
  const last = tags[tags.length - 1];
  if (last !== T.symEncryptedIntegrityProtectedData && last !== T.aeadEncryptedData)
    return "it holds no encrypted data packet";
  const sessionKeys = tags.slice(0, -1);
  if (!sessionKeys.length) return "it has no public-key encrypted session key";
  if (!sessionKeys.every((t) => t === T.publicKeyEncryptedSessionKey))
    return `unexpected packets: ${sessionKeys.join(",")}`;
  return undefined;
}

/** True when `keyId` names a currently valid encryption (sub)key of `key`. */
async function isEncryptionKeyOf(key: openpgp.Key, keyId: openpgp.KeyID): Promise<boolean> {
  try {
    const found = await key.getEncryptionKey(keyId);
    return found.getKeyID().equals(keyId);
  } catch {
    return false;
  }
}

/**
 * Checks `data` against every rule, cheapest first, and reports the first one it breaks.
 * @param recipient the target user's current public key, or null when they have none
 * @param maxBytes the size limit (config.secretMaxBytes)
 * @returns null when the message is acceptable
 */
export async function checkEncryptedMessage(
  data: string,
  recipient: openpgp.Key | null,
  maxBytes: number,
): Promise<MessageViolation | null> {
  if (Buffer.byteLength(data, "utf8") > maxBytes)
    return violation("maxSize", undefined, `The message should not be larger than ${maxBytes} bytes.`);
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(data)) return violation("ascii");
  let message: openpgp.Message<Uint8Array>;
  try {
    const { bytes } = dearmorMessage(data);
    message = await openpgp.readMessage({ binaryMessage: bytes });
  } catch (err) {
    const reason = err instanceof ArmorError ? err.message : "the packets do not parse";
    return violation("isValidOpenPGPMessage", reason);
  }
  const packets = [...message.packets];
  // UnparseablePacket (an unsupported packet kept by OpenPGP.js) carries its tag on the instance
  const tagOf = (p: object) =>
    (p as { tag?: number }).tag ?? (p.constructor as unknown as { tag: number }).tag;
  const shape = packetShapeProblem(packets.map(tagOf));
  if (shape) return violation("isAsymmetric", shape);
  const keyIds = message.getEncryptionKeyIDs();
  if (keyIds.some((id) => id.toHex() === WILDCARD)) return violation("hasNoHiddenRecipient");
  if (!recipient) return violation("isEncryptedForRecipient", "the user has no current key");
  for (const id of keyIds) if (await isEncryptionKeyOf(recipient, id)) return null;
  return violation("isEncryptedForRecipient", `recipients: ${keyIds.map((id) => id.toHex()).join(",")}`);
}

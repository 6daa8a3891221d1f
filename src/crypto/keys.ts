/**
 * Reading users' public keys: what Passbolt stores about a key (fingerprint, key id, bits,
 * type, uid, creation and expiry dates).
 */
import * as openpgp from "openpgp";

export interface KeyInfo {
  fingerprint: string;
  keyId: string;
  bits: number | null;
  /** Passbolt's algorithm names: RSA, EdDSA, ECDSA, ECC, DSA, ELGAMAL */
  type: string;
  uid: string;
  userIds: string[];
  created: Date;
  expires: Date | null;
  version: number;
  isPrivate: boolean;
}

const TYPE_NAMES: Record<string, string> = {
  rsaEncryptSign: "RSA",
  rsaEncrypt: "RSA",
  rsaSign: "RSA",
  eddsaLegacy: "EdDSA",
  ed25519: "EdDSA",
  ed448: "EdDSA",
  ecdsa: "ECDSA",
  ecdh: "ECC",
  dsa: "DSA",
  elgamal: "ELGAMAL",
};

const CURVE_BITS: Record<string, number> = {
  ed25519Legacy: 255,
  curve25519Legacy: 255,
  nistP256: 256,
  nistP384: 384,
  nistP521: 521,
};

export async function describeKey(key: openpgp.Key): Promise<KeyInfo> {
  const algo = key.getAlgorithmInfo();
  const expiration = await key.getExpirationTime().catch(() => null);
  const userIds = key.getUserIDs();
  return {
    fingerprint: key.getFingerprint().toUpperCase(),
    keyId: key.getKeyID().toHex().toUpperCase(),
    bits:
      algo.bits ??
      (algo.curve ? (CURVE_BITS[algo.curve] ?? null) : algo.algorithm === "ed25519" ? 255 : null),
    type: TYPE_NAMES[algo.algorithm] ?? algo.algorithm,
    uid: userIds[0] ?? "",
    userIds,
    created: key.getCreationTime(),
    expires: expiration instanceof Date ? expiration : null,
    version: key.keyPacket.version,
    isPrivate: key.isPrivate(),
  };
}

/** Parses one armored public key and describes it. @throws Error when it does not parse */
export async function describeArmoredKey(armored: string): Promise<KeyInfo & { key: openpgp.Key }> {
  const key = await openpgp.readKey({ armoredKey: armored });
  return { ...(await describeKey(key)), key };
}

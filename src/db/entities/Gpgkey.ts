import { EntitySchema } from "typeorm";

/** A user's OpenPGP public key, as Passbolt stores it. */
export interface Gpgkey {
  id: string;
  userId: string;
  armoredKey: string;
  bits: number | null;
  uid: string;
  keyId: string;
  fingerprint: string;
  type: string | null;
  expires: Date | null;
  keyCreated: Date | null;
  deleted: boolean;
  created: Date;
  modified: Date;
}

export const GpgkeyEntity = new EntitySchema<Gpgkey>({
  name: "Gpgkey",
  tableName: "gpgkeys",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    userId: { name: "user_id", type: "varchar", length: 36 },
    armoredKey: { name: "armored_key", type: "text" },
    bits: { type: "int", nullable: true },
    uid: { type: "varchar", length: 769 },
    keyId: { name: "key_id", type: "varchar", length: 16 },
    fingerprint: { type: "varchar", length: 51 },
    type: { type: "varchar", length: 16, nullable: true },
    expires: { type: "datetime", nullable: true },
    keyCreated: { name: "key_created", type: "datetime", nullable: true },
    deleted: { type: "boolean", default: false },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

import { EntitySchema } from "typeorm";

/** A user's TOTP setup. `secret` is sealed (src/domain/mfa/mfa.secret.ts), never the clear base32. */
export interface MfaAccount {
  userId: string;
  provider: "totp";
  secret: string;
  verified: Date;
  /** The 30-second step of the last accepted code (0: none yet): a code is accepted once. */
  lastStep: number;
  created: Date;
  modified: Date;
}

export const MfaAccountEntity = new EntitySchema<MfaAccount>({
  name: "MfaAccount",
  tableName: "mfa_accounts",
  columns: {
    userId: { name: "user_id", type: "varchar", length: 36, primary: true },
    provider: { type: "varchar", length: 16 },
    secret: { type: "text" },
    verified: { type: "datetime" },
    lastStep: { name: "last_step", type: "int", default: 0 },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

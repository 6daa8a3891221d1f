import { EntitySchema } from "typeorm";

export type TokenType = "register" | "recover" | "login" | "refresh_token" | "verify_token" | "mfa";

/** Single-use tokens. `token` holds the value, or its SHA-256 (refresh and mfa tokens). */
export interface AuthenticationToken {
  id: string;
  token: string;
  userId: string;
  active: boolean;
  type: TokenType;
  data: string | null;
  created: Date;
  modified: Date;
}

export const AuthenticationTokenEntity = new EntitySchema<AuthenticationToken>({
  name: "AuthenticationToken",
  tableName: "authentication_tokens",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    token: { type: "varchar", length: 128 },
    userId: { name: "user_id", type: "varchar", length: 36 },
    active: { type: "boolean", default: true },
    type: { type: "varchar", length: 16 },
    data: { type: "text", nullable: true },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

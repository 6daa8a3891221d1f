/**
 * Account recovery: the bodies of POST /users/recover.json and /setup/recover/abort/{userId}.json
 * (recover complete takes the setup-complete body, setup.schemas.ts).
 */
import { uuidSchema } from "../../http/schemas/common.ts";

export const RECOVER_CASES = ["default", "lost-passphrase"] as const;

export interface RecoverRequestInput {
  username: string;
  case?: (typeof RECOVER_CASES)[number];
}

/** Unknown fields are ignored, as the extension may send more than the server reads. */
export const recoverRequestSchema = {
  type: "object",
  additionalProperties: true,
  required: ["username"],
  properties: {
    username: {
      type: "string",
      format: "email",
      maxLength: 255,
      description: "The username (email) of the account to recover, case-insensitive",
    },
    case: {
      type: "string",
      enum: [...RECOVER_CASES],
      description:
        "Why the user recovers: `default` (new browser or device) or `lost-passphrase`. Both start " +
        "the same process here (no account-recovery plugin).",
    },
  },
} as const;

const tokenObject = {
  type: "object",
  additionalProperties: false,
  required: ["token"],
  properties: { token: { ...uuidSchema, description: "The token of the recovery link" } },
} as const;

export interface RecoverAbortInput {
  authentication_token?: { token: string };
  authenticationtoken?: { token: string };
  [k: string]: unknown;
}

export const recoverAbortSchema = {
  type: "object",
  additionalProperties: true,
  properties: {
    authentication_token: tokenObject,
    authenticationtoken: { ...tokenObject, description: "Legacy spelling of authentication_token" },
  },
} as const;

export const recoverStartParams = {
  userId: { ...uuidSchema, description: "The user recovering their account" },
  token: { ...uuidSchema, description: "The token of the recovery link" },
};

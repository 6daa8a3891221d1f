/**
 * Setup: the path parameters and the body of /setup/complete/{userId}.json as the browser
 * extension sends it (the token under both `authentication_token` and the legacy
 * `authenticationtoken`, an empty `user` object, sometimes `locale`).
 */
import { uuidSchema } from "../../http/schemas/common.ts";
import { userSchema } from "../users/users.wire.schemas.ts";

const tokenObject = {
  type: "object",
  additionalProperties: false,
  required: ["token"],
  properties: { token: { ...uuidSchema, description: "The token of the setup link" } },
} as const;

export interface SetupCompleteInput {
  authentication_token?: { token: string };
  authenticationtoken?: { token: string };
  gpgkey: { armored_key: string };
  [k: string]: unknown;
}

/**
 * Unknown top-level fields (`user`, `locale`, plugins' additions) are accepted and ignored, as the
 * extension sends more than the server reads.
 */
export const setupCompleteSchema = {
  type: "object",
  additionalProperties: true,
  required: ["gpgkey"],
  properties: {
    authentication_token: tokenObject,
    authenticationtoken: { ...tokenObject, description: "Legacy spelling of authentication_token" },
    gpgkey: {
      type: "object",
      additionalProperties: false,
      required: ["armored_key"],
      properties: {
        armored_key: {
          type: "string",
          minLength: 1,
          maxLength: 65000,
          description: "ASCII-armored OpenPGP public key (v4; RSA 3072/4096 or Ed25519/Curve25519)",
        },
      },
    },
    user: { type: "object", description: "Accepted and ignored" },
    locale: { type: "string", maxLength: 16, description: "Accepted and ignored" },
  },
} as const;

export const setupStartParams = {
  userId: { ...uuidSchema, description: "The user being set up" },
  token: { ...uuidSchema, description: "The token of the setup link" },
};

/** GET /setup/start: the user being set up, with role and profile. */
export const setupStartResponseSchema = {
  type: "object",
  additionalProperties: false,
  required: ["user"],
  properties: {
    user: { ...userSchema, required: [...userSchema.required, "profile", "role"] },
  },
} as const;

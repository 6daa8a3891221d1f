/** Request and response schemas of /password-expiry/settings. */
import { anySchema, dateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";

const days = {
  anyOf: [{ type: "integer", minimum: 0, maximum: 36500 }, { type: "null" }],
} as const;

/**
 * What an administrator saves. Passbolt CE accepts only `automatic_expiry: true,
 * automatic_update: true` (disabling is DELETE); Watchword also takes false, and keeps the Pro
 * policy fields (default period, notification delay, override) for clients that send them.
 */
export const passwordExpirySettingsBodySchema = {
  type: "object",
  required: ["automatic_expiry", "automatic_update"],
  additionalProperties: false,
  properties: {
    automatic_expiry: {
      type: "boolean",
      description: "Mark a resource expired when a user who had its secret loses access.",
    },
    automatic_update: {
      type: "boolean",
      description: "Clear the expiry when the secret is changed (clients apply it).",
    },
    policy_override: { type: "boolean" },
    default_expiry_period: days,
    expiry_notification: days,
    id: anySchema,
    created: anySchema,
    created_by: anySchema,
    modified: anySchema,
    modified_by: anySchema,
  },
} as const;

export interface PasswordExpiryValue {
  automatic_expiry: boolean;
  automatic_update: boolean;
  policy_override?: boolean;
  default_expiry_period?: number | null;
  expiry_notification?: number | null;
}

const nullableDays = { type: ["integer", "null"], minimum: 0 } as const;

export const passwordExpirySettingsSchema = {
  type: "object",
  additionalProperties: false,
  required: ["automatic_expiry", "automatic_update"],
  description: "Without saved settings: only the two flags, both false.",
  properties: {
    id: uuidSchema,
    automatic_expiry: { type: "boolean" },
    automatic_update: { type: "boolean" },
    policy_override: { type: "boolean" },
    default_expiry_period: nullableDays,
    expiry_notification: nullableDays,
    created: dateTimeSchema,
    created_by: uuidSchema,
    modified: dateTimeSchema,
    modified_by: uuidSchema,
  },
} as const;

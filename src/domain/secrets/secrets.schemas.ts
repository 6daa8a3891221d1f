import { dateTimeSchema, nullableDateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { component } from "../../http/schemas/component.ts";

/** A user's copy of a secret: the armored OpenPGP message exactly as it was submitted. */
export const secretSchema = component("Secret", {
  type: "object",
  required: [
    "id",
    "user_id",
    "resource_id",
    "data",
    "created",
    "modified",
    "created_by",
    "modified_by",
    "deleted",
    "secret_revision_id",
  ],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    user_id: uuidSchema,
    resource_id: uuidSchema,
    data: { type: "string", description: "ASCII-armored OpenPGP message, encrypted for user_id's key." },
    created: dateTimeSchema,
    modified: dateTimeSchema,
    created_by: { type: ["string", "null"], format: "uuid" },
    modified_by: { type: ["string", "null"], format: "uuid" },
    deleted: nullableDateTimeSchema,
    secret_revision_id: { type: ["string", "null"], format: "uuid" },
  },
} as const);

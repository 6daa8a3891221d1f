import { dateTimeSchema, nullableDateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { component } from "../../http/schemas/component.ts";

/** The v4 types: the only ones a resource can be created with or moved to for now. */
export const V4_RESOURCE_TYPE_SLUGS = [
  "password-string",
  "password-and-description",
  "totp",
  "password-description-totp",
] as const;

/** password-string: the type of a resource created without resource_type_id. */
export const DEFAULT_RESOURCE_TYPE_ID = "669f8c64-242a-59fb-92fc-81f660975fd3";

/** Types whose description lives inside the secret: a cleartext one is dropped. */
export const DESCRIPTION_IN_SECRET_SLUGS = ["password-and-description", "password-description-totp"];

export const resourceTypeSchema = component("ResourceType", {
  type: "object",
  required: ["id", "slug", "name", "description", "definition", "created", "modified", "deleted"],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    slug: { type: "string", maxLength: 64 },
    name: { type: "string", maxLength: 64 },
    description: { type: ["string", "null"] },
    definition: {
      type: ["object", "null"],
      required: ["resource", "secret"],
      properties: { resource: { type: "object" }, secret: { type: "object" } },
    },
    created: dateTimeSchema,
    modified: dateTimeSchema,
    deleted: nullableDateTimeSchema,
    resources_count: {
      type: "integer",
      minimum: 0,
      description: "With contain[resources_count], admins only.",
    },
  },
} as const);

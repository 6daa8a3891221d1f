import { dateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { component } from "../../http/schemas/component.ts";

/** A role as the API shows it (user.role and GET /roles.json). */
export const roleSchema = component("Role", {
  type: "object",
  additionalProperties: false,
  required: ["id", "name", "description", "created", "modified"],
  properties: {
    id: uuidSchema,
    name: { type: "string", minLength: 1, maxLength: 50 },
    description: { type: ["string", "null"], maxLength: 255 },
    created: dateTimeSchema,
    modified: dateTimeSchema,
  },
} as const);

export const rolesListSchema = { type: "array", items: roleSchema } as const;

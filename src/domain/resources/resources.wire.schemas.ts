/** Wire shapes of the entities contained in a resource: permission, favorite, group (users: users.schemas.ts). */
import { dateTimeSchema, nullableDateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { component } from "../../http/schemas/component.ts";

export const permissionSchema = component("Permission", {
  type: "object",
  required: ["id", "aco", "aco_foreign_key", "aro", "aro_foreign_key", "type", "created", "modified"],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    aco: { type: "string", enum: ["Resource", "Folder"] },
    aco_foreign_key: uuidSchema,
    aro: { type: "string", enum: ["User", "Group"] },
    aro_foreign_key: uuidSchema,
    type: { type: "integer", enum: [1, 7, 15], description: "1 read, 7 update, 15 owner" },
    created: dateTimeSchema,
    modified: dateTimeSchema,
  },
} as const);

export const favoriteSchema = component("Favorite", {
  type: "object",
  required: ["id", "user_id", "foreign_key", "foreign_model", "created", "modified"],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    user_id: uuidSchema,
    foreign_key: uuidSchema,
    foreign_model: { type: "string", enum: ["Resource"] },
    created: dateTimeSchema,
    modified: nullableDateTimeSchema,
  },
} as const);

export const groupSchema = component("Group", {
  type: "object",
  required: ["id", "name", "deleted", "created", "modified", "created_by", "modified_by"],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    name: { type: ["string", "null"] },
    deleted: { type: "boolean" },
    created: dateTimeSchema,
    modified: dateTimeSchema,
    created_by: uuidSchema,
    modified_by: uuidSchema,
  },
} as const);

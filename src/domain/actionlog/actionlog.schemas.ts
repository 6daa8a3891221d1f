/** Response schema and query of /actionlog/*. */
import { dateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import { ENTRY_TYPES, ITEM_ACTIONS, type ActivityItemKind } from "./actionlog.queries.ts";

export const ACTIVITY_DEFAULT_LIMIT = 5;
export const ACTIVITY_MAX_LIMIT = 20;

const number = { type: "string", pattern: "^[1-9][0-9]{0,6}$" } as const;
export const activityQuery: QueryParam[] = [
  { name: "page", schema: number, description: "Page number, from 1 (a page past the end is empty)" },
  {
    name: "limit",
    schema: number,
    description: `Entries per page (default ${ACTIVITY_DEFAULT_LIMIT}, at most ${ACTIVITY_MAX_LIMIT})`,
  },
  {
    name: "sort",
    schema: { type: "string", enum: ["ActionLogs.created"] },
    description: "Only ActionLogs.created",
  },
  {
    name: "direction",
    schema: { type: "string", pattern: "^(?:[Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$" },
    description: "desc (default: newest first) or asc",
  },
];

const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });
const itemRef = {
  type: "object",
  additionalProperties: false,
  required: ["id", "name"],
  properties: { id: uuidSchema, name: { type: ["string", "null"] } },
} as const;

const permissionChange = {
  type: "object",
  additionalProperties: false,
  required: ["id", "aco", "aco_foreign_key", "aro", "aro_foreign_key", "type", "user", "group"],
  properties: {
    id: { type: ["string", "null"], format: "uuid" },
    aco: { type: "string", enum: ["Resource", "Folder"] as ActivityItemKind[] },
    aco_foreign_key: uuidSchema,
    aro: { type: "string", enum: ["User", "Group"] },
    aro_foreign_key: uuidSchema,
    type: { type: "integer", enum: [1, 7, 15] },
    user: nullable(userSchema),
    group: nullable({
      type: "object",
      additionalProperties: false,
      required: ["id", "name"],
      properties: { id: uuidSchema, name: { type: ["string", "null"] } },
    }),
  },
} as const;
const changes = { type: "array", items: permissionChange } as const;

const ADA = "f848277c-5398-58f8-a82a-72397af2d450";
const EXAMPLE_ENTRY = {
  id: "8a3e1c6b-2f4d-5a7e-9b1c-3d5e7f9a1b2c",
  action_log_id: "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b",
  type: "Resources.created",
  data: { resource: { id: "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a", name: "GitHub" } },
  creator: {
    id: ADA,
    role_id: "a58de6d3-f52c-5080-b79b-a601a647ac85",
    username: "ada@example.com",
    active: true,
    deleted: false,
    disabled: null,
    created: "2024-07-08T08:06:25+00:00",
    modified: "2024-07-08T08:06:25+00:00",
    last_logged_in: null,
    profile: {
      id: "70726f66-5398-58f8-a82a-72397af2d450",
      user_id: ADA,
      first_name: "Ada",
      last_name: "Lovelace",
      created: "2024-07-08T08:06:25+00:00",
      modified: "2024-07-08T08:06:25+00:00",
      avatar: {
        url: {
          medium: "https://vault.example.com/img/avatar/user_medium.png",
          small: "https://vault.example.com/img/avatar/user.png",
        },
      },
    },
  },
  created: "2024-07-08T08:06:25+00:00",
};

/** One entry of the activity of a resource or of a folder. */
export function activityEntrySchema(kind: ActivityItemKind) {
  const key = kind === "Resource" ? "resource" : "folder";
  const example =
    kind === "Resource"
      ? EXAMPLE_ENTRY
      : {
          ...EXAMPLE_ENTRY,
          type: "Folders.created",
          data: { folder: { ...EXAMPLE_ENTRY.data.resource, name: "Ops" } },
        };
  return {
    type: "object",
    examples: [example],
    additionalProperties: false,
    required: ["id", "action_log_id", "type", "data", "creator", "created"],
    properties: {
      id: uuidSchema,
      action_log_id: { ...uuidSchema, description: "The request that made the change." },
      type: { type: "string", enum: [...new Set(ITEM_ACTIONS[kind].map((a) => ENTRY_TYPES[a]))] },
      data: {
        type: "object",
        additionalProperties: false,
        required: [key],
        properties: {
          [key]: itemRef,
          permissions: {
            type: "object",
            additionalProperties: false,
            required: ["added", "updated", "removed"],
            properties: { added: changes, updated: changes, removed: changes },
          },
          ...(kind === "Resource"
            ? {
                secrets: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["user_id", "user"],
                    properties: {
                      user_id: { type: ["string", "null"], format: "uuid" },
                      user: nullable(userSchema),
                    },
                  },
                },
              }
            : {}),
        },
      },
      creator: nullable(userSchema),
      created: dateTimeSchema,
    },
  };
}

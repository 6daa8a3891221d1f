/** The response shapes of /groups: a group with what it contains, and the update dry run. */
import { dateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { groupUserSchema, userSchema } from "../users/users.wire.schemas.ts";
import { component } from "../../http/schemas/component.ts";

/** A membership row; `user` when groups_users.user (or .profile / .gpgkey) is contained. */
export const groupUserWithUserSchema = component("GroupUserWithUser", {
  type: "object",
  additionalProperties: false,
  required: ["id", "group_id", "user_id", "is_admin", "created"],
  properties: { ...groupUserSchema.properties, user: userSchema },
} as const);

export const groupWithContainsSchema = component("GroupWithContains", {
  type: "object",
  additionalProperties: false,
  required: ["id", "name", "deleted", "created", "modified", "created_by", "modified_by"],
  properties: {
    id: uuidSchema,
    name: { type: ["string", "null"] },
    deleted: { type: "boolean" },
    created: dateTimeSchema,
    modified: dateTimeSchema,
    created_by: uuidSchema,
    modified_by: uuidSchema,
    modifier: {
      ...userSchema,
      description: "contain[modifier]; with its profile for contain[modifier.profile]",
    },
    my_group_user: {
      anyOf: [groupUserSchema, { type: "null" }],
      description: "contain[my_group_user]: the caller's own membership, or null",
    },
    users: { type: "array", items: userSchema, description: "contain[users]: the members" },
    groups_users: { type: "array", items: groupUserWithUserSchema },
  },
} as const);

export const groupsListSchema = { type: "array", items: groupWithContainsSchema } as const;

/** PUT /groups/{id}/dry-run.json: Passbolt's v1 shape, kept for the clients. */
export const groupDryRunSchema = {
  type: "object",
  additionalProperties: false,
  required: ["dry-run"],
  properties: {
    "dry-run": {
      type: "object",
      additionalProperties: false,
      required: ["SecretsNeeded", "Secrets"],
      properties: {
        SecretsNeeded: {
          type: "array",
          description: "One entry per secret the update must carry: which resource, for which added member.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["Secret"],
            properties: {
              Secret: {
                type: "object",
                additionalProperties: false,
                required: ["resource_id", "user_id"],
                properties: { resource_id: uuidSchema, user_id: uuidSchema },
              },
            },
          },
        },
        Secrets: {
          type: "array",
          description: "The caller's own secret of each of those resources, to decrypt and re-encrypt.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["Secret"],
            properties: {
              Secret: {
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["id", "resource_id", "user_id", "data"],
                  properties: {
                    id: uuidSchema,
                    resource_id: uuidSchema,
                    user_id: uuidSchema,
                    data: { type: "string", description: "ASCII-armored OpenPGP message for the caller" },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

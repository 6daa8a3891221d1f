/**
 * The response shape of a user (GET /users.json and every domain that embeds users: share,
 * groups, resources contain[creator]...). Matches presentUser() in users.presenter.ts.
 */
import { dateTimeSchema, nullableDateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { gpgkeySchema } from "../gpgkeys/gpgkeys.schemas.ts";
import { roleSchema } from "../roles/roles.schemas.ts";
import { component } from "../../http/schemas/component.ts";

export const profileSchema = component("Profile", {
  type: "object",
  additionalProperties: false,
  required: ["id", "user_id", "first_name", "last_name", "created", "modified", "avatar"],
  properties: {
    id: uuidSchema,
    user_id: uuidSchema,
    first_name: { type: "string" },
    last_name: { type: "string" },
    created: dateTimeSchema,
    modified: dateTimeSchema,
    avatar: {
      type: "object",
      additionalProperties: false,
      required: ["url"],
      properties: {
        url: {
          type: "object",
          additionalProperties: false,
          required: ["medium", "small"],
          properties: { medium: { type: "string" }, small: { type: "string" } },
        },
      },
    },
  },
} as const);

/** A group membership row (groups_users); `is_admin` marks a group manager. */
export const groupUserSchema = component("GroupUser", {
  type: "object",
  required: ["id", "group_id", "user_id", "is_admin", "created"],
  properties: {
    id: uuidSchema,
    group_id: uuidSchema,
    user_id: uuidSchema,
    is_admin: { type: "boolean" },
    created: dateTimeSchema,
  },
} as const);

/** A user as the API shows it; profile, gpgkey, role and groups_users appear when contained. */
export const userSchema = component("User", {
  type: "object",
  additionalProperties: false,
  required: [
    "id",
    "role_id",
    "username",
    "active",
    "deleted",
    "disabled",
    "created",
    "modified",
    "last_logged_in",
  ],
  properties: {
    id: uuidSchema,
    role_id: uuidSchema,
    username: { type: "string" },
    active: { type: "boolean" },
    deleted: { type: "boolean" },
    disabled: {
      ...nullableDateTimeSchema,
      description: "Disabled from this date on; null when not disabled",
    },
    created: dateTimeSchema,
    modified: dateTimeSchema,
    last_logged_in: nullableDateTimeSchema,
    profile: profileSchema,
    gpgkey: { anyOf: [gpgkeySchema, { type: "null" }], description: "null until setup is completed" },
    role: roleSchema,
    groups_users: { type: "array", items: groupUserSchema },
    is_mfa_enabled: {
      type: "boolean",
      description: "With contain[is_mfa_enabled]=1, for administrators: the user set up a second factor",
    },
  },
} as const);

export const usersListSchema = { type: "array", items: userSchema } as const;

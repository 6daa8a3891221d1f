/**
 * Users: request schemas (CLI register-user, POST and PUT /users.json, DELETE body) and the index
 * query string. The response shape of a user is in users.wire.schemas.ts.
 */
import type { JSONSchemaType } from "ajv";
import {
  containParam,
  containValueSchema,
  transferOwnersSchema,
  uuidSchema,
} from "../../http/schemas/common.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { paginationParams } from "../../http/pagination.ts";

export interface RegisterUserInput {
  username: string;
  first_name: string;
  last_name: string;
  role: "admin" | "user";
}

const username = { type: "string", format: "email", maxLength: 255 } as const;
const personName = { type: "string", minLength: 1, maxLength: 255 } as const;

/** The CLI's register-user arguments (POST /users.json uses the same field rules). */
export const registerUserSchema: JSONSchemaType<RegisterUserInput> = {
  type: "object",
  additionalProperties: false,
  required: ["username", "first_name", "last_name", "role"],
  properties: {
    username,
    first_name: personName,
    last_name: personName,
    role: { type: "string", enum: ["admin", "user"] },
  },
};

export interface AddUserInput {
  username: string;
  profile: { first_name: string; last_name: string };
  role_id?: string;
}

/** POST /users.json */
export const addUserSchema = {
  type: "object",
  additionalProperties: false,
  required: ["username", "profile"],
  properties: {
    username,
    profile: {
      type: "object",
      additionalProperties: false,
      required: ["first_name", "last_name"],
      properties: { first_name: personName, last_name: personName },
    },
    role_id: { ...uuidSchema, description: "Defaults to the user role; admin or user, never guest" },
  },
} as const;

export interface EditUserInput {
  id?: string;
  username?: string;
  role_id?: string;
  disabled?: string | null;
  profile?: { first_name?: string; last_name?: string };
}

/** An ISO 8601 date and time; the extension sends it without an offset (then read as UTC). */
const DISABLED_PATTERN =
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$";

/**
 * PUT /users/{id}.json. `id` and `username` are accepted because the extension sends them back;
 * they must match the user (a username cannot be changed). Anything else (gpgkey, groups_users...)
 * is refused.
 */
export const editUserSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    username: { type: "string", maxLength: 255 },
    role_id: { ...uuidSchema, description: "Admins only (403 otherwise)" },
    disabled: {
      type: ["string", "null"],
      pattern: DISABLED_PATTERN,
      description:
        "Admins only, not on themselves: the date from which the user is disabled; null re-enables",
    },
    profile: {
      type: "object",
      additionalProperties: false,
      properties: { first_name: personName, last_name: personName },
    },
  },
} as const;

export interface DeleteUserInput {
  transfer?: {
    owners?: { id: string; aco_foreign_key: string }[];
    managers?: { id: string; group_id: string }[];
  };
}

/** DELETE /users/{id}.json and its dry run: ownership transfers that unblock the deletion. */
export const deleteUserSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    transfer: {
      type: "object",
      additionalProperties: false,
      properties: {
        owners: transferOwnersSchema(),
        managers: {
          type: "array",
          maxItems: 10000,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "group_id"],
            properties: { id: uuidSchema, group_id: uuidSchema },
          },
        },
      },
    },
  },
} as const;

export interface UsersIndexQuery {
  "contain[profile]"?: string;
  "contain[gpgkey]"?: string;
  "contain[groups_users]"?: string;
  "contain[role]"?: string;
  "filter[search]"?: string;
  "filter[search][]"?: string;
  "filter[keywords]"?: string;
  keywords?: string;
  "filter[is-admin]"?: string;
  "filter[is-active]"?: string;
  "filter[has-groups][]"?: string[];
  "filter[has-access][]"?: string[];
  [k: string]: unknown;
}

const search = { type: "string", minLength: 1, maxLength: 64 } as const;

/** Contains for one user (GET /users/{id}.json, /users/me.json). */
export const userContainParams: QueryParam[] = [
  containParam("profile", "Include the profile (default on; 0 to drop)."),
  containParam("gpgkey", "Include the public key (default on; 0 to drop)."),
  containParam("groups_users", "Include the group memberships (default on; 0 to drop)."),
  containParam("role", "Include the role (default on; 0 to drop)."),
  containParam("last_logged_in", "Accepted for compatibility: last_logged_in is always returned."),
  containParam("LastLoggedIn", "Legacy spelling of contain[last_logged_in]."),
];

export const usersIndexQueryParams: QueryParam[] = [
  ...userContainParams,
  containParam("is_mfa_enabled", "Administrators: add is_mfa_enabled to each user (default off)."),
  {
    name: "filter[search]",
    schema: search,
    description: "Case-insensitive match on username, first or last name",
  },
  {
    name: "filter[search][]",
    schema: search,
    description: "Array form of filter[search]; the first entry is used",
  },
  { name: "filter[keywords]", schema: search, description: "Legacy form of filter[search]" },
  { name: "keywords", schema: search, description: "Legacy form of filter[search]" },
  {
    name: "filter[is-admin]",
    schema: containValueSchema,
    description: "true: admins only; false: non-admins only",
  },
  {
    name: "filter[is-active]",
    schema: containValueSchema,
    description: "Admins only: active or inactive users. Non-admins always get active users only.",
  },
  {
    name: "filter[has-groups][]",
    schema: { type: "array", items: uuidSchema, maxItems: 100 },
    array: true,
    description: "Members of all these groups (also `filter[has-groups]=a,b`).",
  },
  {
    name: "filter[has-access][]",
    schema: { type: "array", items: uuidSchema, maxItems: 1 },
    array: true,
    description:
      "One resource id (also `filter[has-access]=id`): the users who can reach it, directly or through a " +
      "group. The caller must be able to reach it (403 otherwise); more than one id answers 400.",
  },
  ...paginationParams,
];

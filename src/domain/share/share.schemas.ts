/**
 * Request and response schemas of /share. A permission change is Passbolt's PermissionChange:
 * a permission without dates, plus `delete`. Additions name aro, aro_foreign_key and type;
 * updates and deletions name the permission id (the extension sends the other fields along,
 * they are ignored). `aco` and `aco_foreign_key` are accepted and ignored: the resource is the
 * one in the path, as in Passbolt.
 */
import { containParam, uuidSchema } from "../../http/schemas/common.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import { groupSchema } from "../resources/resources.wire.schemas.ts";
import type { PermissionChange } from "./share.rules.ts";

/** Beyond this many changes or secrets in one request the body is refused (400 hasAtMost). */
export const MAX_SHARE_ITEMS = 10_000;

export const permissionChangeSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: { ...uuidSchema, description: "An existing permission of this resource: update or delete it." },
    aco: { type: "string", enum: ["Resource"], description: "Ignored: the resource is the one in the path." },
    aco_foreign_key: { ...uuidSchema, description: "Ignored: the resource is the one in the path." },
    aro: { type: "string", enum: ["User", "Group"] },
    aro_foreign_key: uuidSchema,
    type: { type: "integer", enum: [1, 7, 15], description: "1 read, 7 update, 15 owner" },
    delete: { type: "boolean", description: "With id: remove this permission." },
  },
} as const;

const permissionsList = {
  type: "array",
  maxItems: MAX_SHARE_ITEMS,
  items: permissionChangeSchema,
  description: "Changes, applied in order; not the full list.",
} as const;

export const shareSecretSchema = {
  type: "object",
  additionalProperties: false,
  required: ["user_id", "data"],
  properties: {
    user_id: uuidSchema,
    resource_id: { ...uuidSchema, description: "When sent, must be the resource in the path." },
    data: { type: "string", minLength: 1, description: "ASCII-armored OpenPGP message for this user's key" },
  },
} as const;

export const shareBodySchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    permissions: permissionsList,
    secrets: {
      type: "array",
      maxItems: MAX_SHARE_ITEMS,
      items: shareSecretSchema,
      description:
        "One secret per user who gains access (created) or whose secret is re-encrypted (replaced), " +
        "each encrypted for that user's current key.",
    },
  },
} as const;

export const simulateBodySchema = {
  type: "object",
  additionalProperties: false,
  properties: { permissions: permissionsList },
} as const;

export interface ShareSecretInput {
  user_id: string;
  resource_id?: string;
  data: string;
}

export interface ShareBody {
  permissions?: (PermissionChange & { aco?: string; aco_foreign_key?: string })[];
  secrets?: ShareSecretInput[];
}

const userRef = {
  type: "object",
  additionalProperties: false,
  required: ["User"],
  properties: {
    User: {
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: { id: uuidSchema },
    },
  },
} as const;

/** POST /share/simulate: Passbolt's legacy shape. */
export const simulateResultSchema = {
  type: "object",
  additionalProperties: false,
  required: ["changes"],
  properties: {
    changes: {
      type: "object",
      additionalProperties: false,
      required: ["added", "removed"],
      properties: {
        added: { type: "array", items: userRef, description: "Users who gain access: encrypt for them." },
        removed: { type: "array", items: userRef, description: "Users who lose access." },
      },
    },
  },
} as const;

/** A group in the search-aros answer. */
export const aroGroupSchema = {
  ...groupSchema,
  required: [...groupSchema.required, "user_count"],
  properties: {
    ...groupSchema.properties,
    user_count: { type: "integer", minimum: 0, description: "Number of members" },
  },
} as const;

/** Users carry `username`, groups carry `name`: that is how clients tell them apart. */
export const searchArosResultSchema = {
  type: "array",
  items: { anyOf: [userSchema, aroGroupSchema] },
} as const;

const search = { type: "string", minLength: 1, maxLength: 64 } as const;

export const searchArosQuery: QueryParam[] = [
  {
    name: "filter[search]",
    schema: search,
    description: "Case-insensitive match on username, names, group name",
  },
  {
    name: "filter[search][]",
    schema: search,
    description: "Array form of filter[search]; the first entry is used",
  },
  { name: "filter[keywords]", schema: search, description: "Legacy form of filter[search]" },
  containParam("profile", "Accepted: users always come with their profile."),
  containParam("user_count", "Accepted: groups always come with user_count."),
  containParam("gpgkey", "Users' public key (on by default; off when any other contain is given)."),
  containParam("role", "Users' role (on by default; off when any other contain is given)."),
  containParam("groups_users", "Users' memberships (on by default; off when any other contain is given)."),
];

export interface SearchArosQuery {
  "filter[search]"?: string;
  "filter[search][]"?: string;
  "filter[keywords]"?: string;
  [k: string]: unknown;
}

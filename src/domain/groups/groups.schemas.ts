/**
 * Groups: request bodies (create, update, delete) and the query strings of list and view. Their
 * types and the folding of the legacy v1 keys are in groups.input.ts; response shapes in
 * groups.wire.schemas.ts.
 */
import { anySchema, containParam, transferOwnersSchema, uuidSchema } from "../../http/schemas/common.ts";
import type { QueryParam } from "../../http/routeSpec.ts";

export const INVALID_GROUP = "Could not validate group data.";

/** The contains of GET /groups(/{id}), in Passbolt's order. */
export const GROUP_CONTAINS = [
  "modifier",
  "modifier.profile",
  "my_group_user",
  "users",
  "groups_users",
  "groups_users.user",
  "groups_users.user.profile",
  "groups_users.user.gpgkey",
] as const;
export type GroupContain = (typeof GROUP_CONTAINS)[number];

/** Deprecated singular spellings Passbolt still reads → their current name. */
export const LEGACY_CONTAINS: Record<string, GroupContain> = {
  user: "users",
  group_user: "groups_users",
  "group_user.user": "groups_users.user",
  "group_user.user.profile": "groups_users.user.profile",
  "group_user.user.gpgkey": "groups_users.user.gpgkey",
};

export const groupContainParams: QueryParam[] = [
  ...GROUP_CONTAINS.map((c) => containParam(c)),
  ...Object.entries(LEGACY_CONTAINS).map(([old, now]) =>
    containParam(old, `Deprecated spelling of contain[${now}].`),
  ),
];

const uuidList = (description: string): QueryParam["schema"] => ({
  type: "array",
  items: uuidSchema,
  maxItems: 100,
  description,
});

export const groupsIndexQuery: QueryParam[] = [
  ...groupContainParams,
  {
    name: "filter[has-users][]",
    schema: uuidList("user ids"),
    array: true,
    description: "Groups that have all these users as members (also comma-separated).",
  },
  {
    name: "filter[has-managers][]",
    schema: uuidList("user ids"),
    array: true,
    description: "Groups that have all these users as managers (also comma-separated).",
  },
  {
    name: "order[]",
    schema: { type: "array", items: { type: "string", maxLength: 80 }, maxItems: 2 },
    array: true,
    description: "Legacy sort: `Group.name` (or `Groups.name`), optionally followed by ASC or DESC.",
  },
];

const name = { type: "string", minLength: 1, maxLength: 255 } as const;

/** One member of a new group. */
const newMember = {
  type: "object",
  additionalProperties: false,
  required: ["user_id"],
  properties: {
    user_id: uuidSchema,
    is_admin: { type: "boolean", description: "true makes the member a group manager" },
  },
} as const;

/**
 * One membership change: add (`user_id`, `is_admin`), update (`id`, `is_admin`) or delete
 * (`id`, `delete: true`). Anything else is refused row by row (rule `valid_change`).
 */
const memberChange = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: { ...uuidSchema, description: "groups_users id (update, delete)" },
    user_id: { ...uuidSchema, description: "the user to add" },
    is_admin: { type: "boolean" },
    delete: { type: "boolean" },
  },
} as const;

const secret = {
  type: "object",
  additionalProperties: false,
  required: ["resource_id", "user_id", "data"],
  properties: {
    resource_id: uuidSchema,
    user_id: { ...uuidSchema, description: "the added member" },
    data: { type: "string", minLength: 1, description: "encrypted for the added member's current key" },
  },
} as const;

/** Read-only fields clients echo back from the entity they hold: accepted, never read. */
/** Passbolt's legacy v1 list form, still read: `[{<key>: item}, ...]`. */
function legacyList(key: string, item: object, maxItems: number, description: string) {
  return {
    type: "array",
    maxItems,
    description,
    items: { type: "object", additionalProperties: false, required: [key], properties: { [key]: item } },
  } as const;
}

const echoed = {
  id: uuidSchema,
  deleted: anySchema,
  created: anySchema,
  modified: anySchema,
  created_by: anySchema,
  modified_by: anySchema,
  modifier: anySchema,
  my_group_user: anySchema,
} as const;

const legacyGroup = {
  type: "object",
  additionalProperties: false,
  properties: { name },
  description: "Legacy v1 form of `name`.",
} as const;

/** POST /groups.json */
export const createGroupSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...echoed,
    name,
    groups_users: { type: "array", maxItems: 10000, items: newMember },
    Group: legacyGroup,
    GroupUsers: legacyList("GroupUser", newMember, 10000, "Legacy v1 form of `groups_users`."),
  },
} as const;

/** PUT /groups/{id}.json and its dry run (which reads `groups_users` only). */
export const updateGroupSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...echoed,
    name: { ...name, description: "Applied by an administrator only (403 for anybody else)." },
    groups_users: { type: "array", maxItems: 10000, items: memberChange },
    secrets: {
      type: "array",
      maxItems: 50000,
      description:
        "One per resource the group reaches that an added member does not reach yet, for that member.",
      items: secret,
    },
    Group: legacyGroup,
    GroupUsers: legacyList("GroupUser", memberChange, 10000, "Legacy v1 form of `groups_users`."),
    Secrets: legacyList("Secret", secret, 50000, "Legacy v1 form of `secrets`."),
  },
} as const;

/** DELETE /groups/{id}.json and its dry run. */
export const deleteGroupSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    transfer: {
      type: "object",
      additionalProperties: false,
      properties: {
        owners: transferOwnersSchema(
          "Permissions (by id) to promote to owner on the resources the group solely owns.",
        ),
      },
    },
  },
} as const;

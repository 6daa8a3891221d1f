/**
 * Request and response schemas of /resources. Bodies list every property a client may send:
 * the editable fields, and the read-only ones the browser extension echoes back from the entity
 * it holds (`resource.toDto()`), which are accepted and ignored. Anything else is refused.
 */
import { containParam, containValueSchema, anySchema, uuidSchema } from "../../http/schemas/common.ts";
import { paginationParams } from "../../http/pagination.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { resourceTypeSchema } from "../resourceTypes/resourceTypes.schemas.ts";
import { secretSchema } from "../secrets/secrets.schemas.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import { permissionSchema, favoriteSchema, groupSchema } from "./resources.wire.schemas.ts";
import { tagSchema } from "../tags/tags.schemas.ts";
import { component } from "../../http/schemas/component.ts";

const nullableString = (maxLength: number) => ({ type: ["string", "null"], maxLength }) as const;
const nullableDate = { type: ["string", "null"], format: "date-time" } as const;

/** Sent back by clients from the entity they hold; never read. */
const echoedReadOnly = {
  id: uuidSchema,
  deleted: { type: "boolean" },
  created: anySchema,
  modified: anySchema,
  created_by: anySchema,
  modified_by: anySchema,
  personal: anySchema,
  creator: anySchema,
  modifier: anySchema,
  favorite: anySchema,
  permission: anySchema,
  permissions: anySchema,
  tags: anySchema,
} as const;

/** v5 encrypted metadata: accepted by the schema so that the service can refuse it clearly. */
const v5Fields = {
  metadata: anySchema,
  metadata_key_id: anySchema,
  metadata_key_type: anySchema,
} as const;

const editable = {
  name: { type: "string", minLength: 1, maxLength: 255 },
  username: nullableString(255),
  uri: nullableString(1024),
  description: nullableString(10000),
  resource_type_id: uuidSchema,
  expired: nullableDate,
  folder_parent_id: { type: ["string", "null"], format: "uuid" },
} as const;

const secretEcho = {
  id: anySchema,
  created: anySchema,
  modified: anySchema,
  created_by: anySchema,
  modified_by: anySchema,
  deleted: anySchema,
  secret_revision_id: anySchema,
} as const;

export const createResourceSchema = {
  type: "object",
  required: ["name", "secrets"],
  additionalProperties: false,
  properties: {
    ...editable,
    ...v5Fields,
    ...echoedReadOnly,
    secrets: {
      type: "array",
      minItems: 1,
      maxItems: 1,
      description: "Exactly one secret, for the creator (its user_id, if sent, is ignored).",
      items: {
        type: "object",
        required: ["data"],
        additionalProperties: false,
        properties: {
          data: { type: "string", minLength: 1 },
          user_id: uuidSchema,
          resource_id: anySchema,
          ...secretEcho,
        },
      },
    },
  },
} as const;

export const updateResourceSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...editable,
    ...v5Fields,
    ...echoedReadOnly,
    secrets: {
      type: "array",
      minItems: 1,
      description:
        "When present: exactly one secret per user who has access, each encrypted for that user's key.",
      items: {
        type: "object",
        required: ["user_id", "data"],
        additionalProperties: false,
        properties: {
          user_id: uuidSchema,
          data: { type: "string", minLength: 1 },
          resource_id: uuidSchema,
          ...secretEcho,
        },
      },
    },
  },
} as const;

export interface SecretBody {
  user_id?: string;
  resource_id?: string;
  data: string;
}

export interface ResourceBody {
  name?: string;
  username?: string | null;
  uri?: string | null;
  description?: string | null;
  resource_type_id?: string;
  expired?: string | null;
  folder_parent_id?: string | null;
  metadata?: unknown;
  metadata_key_id?: unknown;
  metadata_key_type?: unknown;
  secrets?: SecretBody[];
}

/** The contains of GET /resources(/{id}), in the order Passbolt lists them. */
export const RESOURCE_CONTAINS = [
  "creator",
  "modifier",
  "favorite",
  "secret",
  "resource-type",
  "permission",
  "permissions",
  "permissions.user.profile",
  "permissions.group",
  "tag",
] as const;
export type ResourceContain = (typeof RESOURCE_CONTAINS)[number];

export const viewQuery: QueryParam[] = RESOURCE_CONTAINS.map((c) => containParam(c));

const boolFilter = (name: string, description: string): QueryParam => ({
  name: `filter[${name}]`,
  schema: containValueSchema,
  description,
});

export const indexQuery: QueryParam[] = [
  ...viewQuery,
  boolFilter("is-favorite", "1: only my favourites; 0: only the others."),
  {
    name: "filter[is-shared-with-group]",
    schema: uuidSchema,
    description: "Resources this group has a permission on.",
  },
  boolFilter("is-owned-by-me", "1: only resources I own (directly or through a group); 0: no filter."),
  boolFilter("is-shared-with-me", "1: only resources I do not own; 0: no filter."),
  {
    name: "filter[has-id][]",
    schema: { type: "array", items: uuidSchema, maxItems: 1000 },
    array: true,
    description: "Only these ids (clients send chunks of up to 80).",
  },
  {
    name: "filter[has-tag]",
    schema: { type: "string", minLength: 1, maxLength: 128 },
    description: 'Resources carrying this tag: one of my personal tags, or a shared ("#...") tag.',
  },
  ...paginationParams,
];

export const resourceSchema = component("Resource", {
  type: "object",
  required: [
    "id",
    "name",
    "username",
    "uri",
    "description",
    "deleted",
    "created",
    "modified",
    "created_by",
    "modified_by",
    "resource_type_id",
    "expired",
    "folder_parent_id",
    "personal",
  ],
  additionalProperties: false,
  properties: {
    id: uuidSchema,
    name: { type: ["string", "null"] },
    username: { type: ["string", "null"] },
    uri: { type: ["string", "null"] },
    description: { type: ["string", "null"] },
    deleted: { type: "boolean" },
    created: { type: "string", format: "date-time" },
    modified: { type: "string", format: "date-time" },
    created_by: uuidSchema,
    modified_by: uuidSchema,
    resource_type_id: uuidSchema,
    expired: nullableDate,
    folder_parent_id: {
      type: ["string", "null"],
      format: "uuid",
      description: "The parent folder in the caller's own tree; null at the root.",
    },
    personal: { type: "boolean", description: "True when exactly one user can reach the resource." },
    creator: userSchema,
    modifier: userSchema,
    favorite: { anyOf: [favoriteSchema, { type: "null" }] },
    secrets: { type: "array", items: secretSchema, description: "Only the caller's own secret." },
    resource_type: resourceTypeSchema,
    permission: permissionSchema,
    permissions: {
      type: "array",
      items: {
        ...permissionSchema,
        properties: { ...permissionSchema.properties, user: userSchema, group: groupSchema },
      },
    },
    tags: { type: "array", items: tagSchema, description: "My personal tags and the shared tags, by slug." },
  },
} as const);

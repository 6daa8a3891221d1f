/** Request and response schemas of /folders, /move and /share/folder. */
import { anySchema, containParam, uuidSchema } from "../../http/schemas/common.ts";
import { paginationParams } from "../../http/pagination.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import { groupSchema, permissionSchema } from "../resources/resources.wire.schemas.ts";
import { resourceSchema } from "../resources/resources.schemas.ts";
import { permissionChangeSchema } from "../share/share.schemas.ts";
import { MAX_SHARE_ITEMS } from "../share/share.schemas.ts";
import { component } from "../../http/schemas/component.ts";

export const FOLDER_NAME_MAX = 256;

/** The contains of GET /folders(/{id}), as Passbolt lists them. */
export const FOLDER_CONTAINS = [
  "children_resources",
  "children_folders",
  "creator",
  "creator.profile",
  "modifier",
  "modifier.profile",
  "permission",
  "permissions",
  "permissions.user.profile",
  "permissions.group",
] as const;
export type FolderContain = (typeof FOLDER_CONTAINS)[number];

export const folderViewQuery: QueryParam[] = FOLDER_CONTAINS.map((c) => containParam(c));

const parentValue = {
  type: "string",
  pattern: "^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|false|0)$",
} as const;
const search = { type: "string", minLength: 1, maxLength: 64 } as const;

export const folderIndexQuery: QueryParam[] = [
  ...folderViewQuery,
  {
    name: "filter[has-id][]",
    schema: { type: "array", items: uuidSchema, maxItems: 1000 },
    array: true,
    description: "Only these ids.",
  },
  {
    name: "filter[has-parent][]",
    schema: { type: "array", items: parentValue, maxItems: 1000 },
    array: true,
    description: "Only the folders under these parents in the caller's tree; `false` or `0` is the root.",
  },
  { name: "filter[search]", schema: search, description: "Folders whose name contains this text." },
  ...paginationParams,
];

const folderFields = {
  id: uuidSchema,
  name: { type: ["string", "null"] },
  created: { type: "string", format: "date-time" },
  modified: { type: "string", format: "date-time" },
  created_by: uuidSchema,
  modified_by: uuidSchema,
  folder_parent_id: {
    type: ["string", "null"],
    format: "uuid",
    description: "The parent in the caller's own tree; null at the root.",
  },
  personal: { type: "boolean", description: "True when exactly one user can reach the folder." },
} as const;

const permissionWithAros = {
  ...permissionSchema,
  properties: { ...permissionSchema.properties, user: userSchema, group: groupSchema },
} as const;

/** A resource in children_resources: its own fields, nothing contained. */
const childResourceSchema = {
  ...resourceSchema,
  properties: Object.fromEntries(
    resourceSchema.required.map((k) => [k, resourceSchema.properties[k]]),
  ) as Pick<typeof resourceSchema.properties, (typeof resourceSchema.required)[number]>,
} as const;

const childFolderSchema = {
  type: "object",
  additionalProperties: false,
  required: Object.keys(folderFields),
  properties: folderFields,
} as const;

export const folderSchema = component("Folder", {
  type: "object",
  additionalProperties: false,
  required: Object.keys(folderFields),
  properties: {
    ...folderFields,
    creator: userSchema,
    modifier: userSchema,
    permission: permissionSchema,
    permissions: { type: "array", items: permissionWithAros },
    children_resources: { type: "array", items: childResourceSchema, description: "In the caller's tree." },
    children_folders: { type: "array", items: childFolderSchema, description: "In the caller's tree." },
  },
} as const);

/** Sent back by clients from the entity they hold; never read. */
const echoed = {
  id: anySchema,
  created: anySchema,
  modified: anySchema,
  created_by: anySchema,
  modified_by: anySchema,
  personal: anySchema,
  creator: anySchema,
  modifier: anySchema,
  permission: anySchema,
  permissions: anySchema,
  children_resources: anySchema,
  children_folders: anySchema,
} as const;

const name = { type: "string", minLength: 1, maxLength: FOLDER_NAME_MAX } as const;

export const createFolderSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    ...echoed,
    name,
    folder_parent_id: { type: ["string", "null"], format: "uuid" },
  },
} as const;

export const updateFolderSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    ...echoed,
    name,
    folder_parent_id: { ...anySchema, description: "Ignored: moves use /move/folder/{id}." },
  },
} as const;

export interface FolderBody {
  name: string;
  folder_parent_id?: string | null;
}

export const deleteFolderQuery: QueryParam[] = [
  {
    name: "cascade",
    schema: { type: "string", pattern: "^(?:[01]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$" },
    description: "1: also delete the content the caller may delete; otherwise the content moves up.",
  },
];

export const moveBodySchema = {
  type: "object",
  additionalProperties: false,
  required: ["folder_parent_id"],
  properties: {
    folder_parent_id: {
      type: ["string", "null"],
      format: "uuid",
      description: "The new parent in the caller's tree; null: the root.",
    },
    id: anySchema,
    foreign_model: anySchema,
    foreign_id: anySchema,
  },
} as const;

export interface MoveBody {
  folder_parent_id: string | null;
}

export const shareFolderBodySchema = {
  type: "object",
  additionalProperties: false,
  required: ["permissions"],
  properties: {
    permissions: {
      type: "array",
      maxItems: MAX_SHARE_ITEMS,
      items: {
        ...permissionChangeSchema,
        properties: {
          ...permissionChangeSchema.properties,
          aco: {
            type: "string",
            enum: ["Folder"],
            description: "Ignored: the folder is the one in the path.",
          },
          created: anySchema,
          modified: anySchema,
          is_new: anySchema,
        },
      },
      description: "Changes, applied in order; not the full list.",
    },
    name: { ...anySchema, description: "Accepted and ignored." },
    folder_parent_id: { ...anySchema, description: "Accepted and ignored." },
  },
} as const;

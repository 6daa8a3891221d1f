/** Query and response schemas of GET /permissions/resource/{id}.json. */
import { containParam } from "../../http/schemas/common.ts";
import type { QueryParam } from "../../http/routeSpec.ts";
import { groupSchema, permissionSchema } from "../resources/resources.wire.schemas.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import { component } from "../../http/schemas/component.ts";

export const permissionsQuery: QueryParam[] = [
  containParam("user", "The user of each User permission (without profile)."),
  containParam("user.profile", "The user of each User permission, with its profile (implies user)."),
  containParam("group", "The group of each Group permission."),
];

export const permissionWithAroSchema = component("PermissionWithAro", {
  ...permissionSchema,
  properties: { ...permissionSchema.properties, user: userSchema, group: groupSchema },
} as const);

export const permissionsListSchema = { type: "array", items: permissionWithAroSchema } as const;

/** GET /permissions/resource/{id}.json: every permission row of a resource the caller can read. */
import { In } from "typeorm";
import type { Db } from "../../db/db.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import type { Permission } from "../../db/entities/Permission.ts";
import { isTrue } from "../../http/schemas/common.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import { findPermissionsOf } from "./permissions.queries.ts";
import { assertCan } from "../access/index.ts";

export interface PermissionsContain {
  user: boolean;
  profile: boolean;
  group: boolean;
}

/** contain[user], contain[user.profile] (implies user), contain[group]; all off by default. */
export function readPermissionsContain(query: Record<string, unknown>): PermissionsContain {
  const profile = isTrue(query["contain[user.profile]"]);
  return { user: profile || isTrue(query["contain[user]"]), profile, group: isTrue(query["contain[group]"]) };
}

export interface ResourcePermissions {
  permissions: Permission[];
  users: Map<string, UserWithRelations>;
  groups: Map<string, Group>;
}

/**
 * @throws AppError 404 "The resource does not exist." when it does not exist, is deleted, or the
 *   caller has no permission on it (directly or through a group)
 */
export async function findResourcePermissions(
  db: Db,
  actorId: string,
  resourceId: string,
  contain: PermissionsContain,
): Promise<ResourcePermissions> {
  return db.read(async (m) => {
    await assertCan(m, actorId, "Resource", resourceId, "read");
    const permissions = await findPermissionsOf(m, [resourceId]);
    const idsOf = (aro: "User" | "Group") =>
      permissions.filter((p) => p.aro === aro).map((p) => p.aroForeignKey);
    const users = contain.user
      ? await findUsersWithRelations(m, idsOf("User"), {
          profile: contain.profile,
          gpgkey: false,
          role: false,
          groups_users: false,
        })
      : [];
    const groupIds = idsOf("Group");
    const groups =
      contain.group && groupIds.length ? await m.getRepository(GroupEntity).findBy({ id: In(groupIds) }) : [];
    return {
      permissions,
      users: new Map(users.map((u) => [u.id, u])),
      groups: new Map(groups.map((g) => [g.id, g])),
    };
  });
}

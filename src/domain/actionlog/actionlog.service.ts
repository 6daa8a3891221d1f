/**
 * The activity of an item for the users who can read it: a page of entries from audit_log and
 * what they mention (the acting users with their profile, the users and groups of permission
 * changes, the resource's name).
 */
import { In } from "typeorm";
import type { Db } from "../../db/db.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import type { Resource } from "../../db/entities/Resource.ts";
import { findResourceForRead } from "../resources/resources.access.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import { findActivityPage, type ActivityGroup } from "./actionlog.queries.ts";
import { permissionChangesOf, secretChangesOf } from "./actionlog.data.ts";

export interface ActivityRequest {
  page: number;
  limit: number;
  ascending: boolean;
}

export interface Activity {
  resource: Resource;
  groups: ActivityGroup[];
  count: number;
  users: Map<string, UserWithRelations>;
  aroGroups: Map<string, Group>;
}

/**
 * A page of the activity of a resource the actor can read, newest first. A page past the end
 * is empty (Passbolt answers an empty list there too).
 * @throws AppError 404 (no such resource, deleted, or no access)
 */
export async function listResourceActivity(
  db: Db,
  actorId: string,
  resourceId: string,
  req: ActivityRequest,
): Promise<Activity> {
  return db.read(async (m) => {
    const { resource } = await findResourceForRead(m, actorId, resourceId);
    const { groups, count } = await findActivityPage(
      m,
      { type: "Resource", id: resourceId },
      { limit: req.limit, offset: (req.page - 1) * req.limit, ascending: req.ascending },
    );
    const userIds = groups.map((g) => g.rows[0]!.actorId);
    const groupIds: string[] = [];
    for (const g of groups) {
      if (g.action === "secret.write")
        userIds.push(...secretChangesOf(g.rows).flatMap((s) => s.userId ?? []));
      if (g.action !== "permission.change") continue;
      for (const p of Object.values(permissionChangesOf(g.rows)).flat())
        (p.aro === "User" ? userIds : groupIds).push(p.aroForeignKey);
    }
    const contain = { profile: true, gpgkey: false, role: false, groups_users: false };
    const users = await findUsersWithRelations(m, userIds, contain);
    const aroGroups = groupIds.length
      ? await m.getRepository(GroupEntity).findBy({ id: In([...new Set(groupIds)]) })
      : [];
    return {
      resource,
      groups,
      count,
      users: new Map(users.map((u) => [u.id, u])),
      aroGroups: new Map(aroGroups.map((g) => [g.id, g])),
    };
  });
}

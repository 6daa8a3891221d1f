/**
 * The activity of an item (resource or folder) for the users who can read it: a page of entries from audit_log and
 * what they mention (the acting users with their profile, the users and groups of permission
 * changes, the item's name).
 */
import { In, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import { assertCan } from "../access/index.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import { findActivityPage, type ActivityGroup, type ActivityItemKind } from "./actionlog.queries.ts";
import { permissionChangesOf, secretChangesOf } from "./actionlog.data.ts";

export interface ActivityRequest {
  page: number;
  limit: number;
  ascending: boolean;
}

/** The item whose activity is shown: its name as it is now. */
export interface ActivityItem {
  kind: ActivityItemKind;
  id: string;
  name: string | null;
}

export interface Activity {
  item: ActivityItem;
  groups: ActivityGroup[];
  count: number;
  users: Map<string, UserWithRelations>;
  aroGroups: Map<string, Group>;
}

/**
 * The item, when the actor can read it.
 * @throws AppError 404 (no such item, deleted, or no access)
 */
async function findItemForRead(
  m: EntityManager,
  actorId: string,
  kind: ActivityItemKind,
  id: string,
): Promise<ActivityItem> {
  if (kind === "Resource") {
    const { row: resource } = await assertCan(m, actorId, "Resource", id, "read");
    return { kind, id: resource.id, name: resource.name };
  }
  const { row: folder } = await assertCan(m, actorId, "Folder", id, "read");
  return { kind, id: folder.id, name: folder.name };
}

/**
 * A page of the activity of a resource or folder the actor can read, newest first. A page past
 * the end is empty (Passbolt answers an empty list there too).
 * @throws AppError 404 (no such item, deleted, or no access)
 */
export async function listActivity(
  db: Db,
  actorId: string,
  target: { kind: ActivityItemKind; id: string },
  req: ActivityRequest,
): Promise<Activity> {
  return db.read(async (m) => {
    const item = await findItemForRead(m, actorId, target.kind, target.id);
    const { groups, count } = await findActivityPage(
      m,
      { type: target.kind, id: item.id },
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
      item,
      groups,
      count,
      users: new Map(users.map((u) => [u.id, u])),
      aroGroups: new Map(aroGroups.map((g) => [g.id, g])),
    };
  });
}

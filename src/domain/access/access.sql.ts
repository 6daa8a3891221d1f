/**
 * Who can reach what: every SQL form of the access rule, and only here. A user reaches a
 * resource (or a folder) through a direct `User` permission row or through the `Group` row of a
 * non-deleted group they belong to; the effective permission is the MAX over those rows
 * (Passbolt's findHighestByAcoAndAro). "Users with access" also leaves deleted users out.
 *
 * The two paths are always written as a UNION ALL of two index-driven SELECTs rather than
 * `aro_foreign_key = ? OR aro_foreign_key IN (SELECT group_id ...)`: the OR form defeats the
 * (aro_foreign_key, aco, aco_foreign_key, type) index and was measured at 38 req/s against
 * 2,170 for the UNION on the resource list.
 *
 * The joins keep their written order (db/dialect.ts orderedJoin): on small or skewed tables
 * both planners were seen scanning `resources` (or `groups`) whole and probing the access set,
 * instead of walking from the user's memberships and permission rows to primary-key lookups.
 * Id lists are chunked for SQLite's bound-variable limit.
 */
import type { EntityManager } from "typeorm";
import type { Aco, Aro, Permission, PermissionType } from "../../db/entities/Permission.ts";
import { orderedJoin, type OrderedJoin } from "../../db/dialect.ts";
import { chunks, placeholders, toDateNotNull } from "../../db/rawRows.ts";

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** resource (or folder) id → user ids */
export type AccessPairs = Map<string, Set<string>>;

/**
 * The derived table `(resource_id, type)`: every resource (or folder) the user can reach with
 * their effective permission. `onlyIds` narrows both paths (filter[has-id], view by id).
 */
export function accessibleAcosSql(
  join: OrderedJoin,
  userId: string,
  aco: Aco = "Resource",
  onlyIds?: string[],
): SqlPart {
  const narrow = onlyIds ? ` AND p.aco_foreign_key IN (${placeholders(onlyIds.length)})` : "";
  const ids = onlyIds ?? [];
  return {
    sql: `SELECT x.resource_id, MAX(x.type) AS type FROM (
        SELECT p.aco_foreign_key AS resource_id, p.type
          FROM permissions p
         WHERE p.aro_foreign_key = ? AND p.aco = ?${narrow}
        UNION ALL
        SELECT p.aco_foreign_key AS resource_id, p.type
          FROM groups_users gu
          ${join} \`groups\` g ON g.id = gu.group_id AND g.deleted = 0
          ${join} permissions p ON p.aro_foreign_key = gu.group_id AND p.aco = ?${narrow}
         WHERE gu.user_id = ?
      ) x GROUP BY x.resource_id`,
    params: [userId, aco, ...ids, aco, ...ids, userId],
  };
}

/**
 * The user's effective permission on each of these resources or folders (absent: none). For
 * resources only permission rows count here: whether the resource is deleted is the caller's
 * question (assertCan asks it).
 */
export async function permissionsOn(
  m: EntityManager,
  userId: string,
  aco: Aco,
  ids: string[],
): Promise<Map<string, PermissionType>> {
  const out = new Map<string, PermissionType>();
  for (const part of chunks([...new Set(ids)], 1000)) {
    if (!part.length) continue;
    const q = accessibleAcosSql(orderedJoin(m), userId, aco, part);
    // a folder's rows count only while the folder exists (folders are deleted, not flagged)
    const sql =
      aco === "Folder"
        ? `SELECT a.resource_id, a.type FROM (${q.sql}) a JOIN folders f ON f.id = a.resource_id`
        : q.sql;
    const rows: { resource_id: string; type: number | string }[] = await m.query(sql, q.params);
    for (const r of rows) out.set(r.resource_id, Number(r.type) as PermissionType);
  }
  return out;
}

/** The user's effective permission on one resource or folder, or null without any. */
export async function permissionOn(
  m: EntityManager,
  userId: string,
  aco: Aco,
  id: string,
): Promise<PermissionType | null> {
  return (await permissionsOn(m, userId, aco, [id])).get(id) ?? null;
}

/** The ids among `ids` that the user cannot reach (directly or through a group). */
export async function findUnreachable(
  m: EntityManager,
  userId: string,
  aco: Aco,
  ids: string[],
): Promise<string[]> {
  const reached = await permissionsOn(m, userId, aco, ids);
  return ids.filter((id) => !reached.has(id));
}

interface PermissionRow {
  id: string;
  aco: string;
  aco_foreign_key: string;
  aro: string;
  aro_foreign_key: string;
  type: number | string;
  created: unknown;
  modified: unknown;
}

export const PERMISSION_COLUMNS =
  "p.id, p.aco, p.aco_foreign_key, p.aro, p.aro_foreign_key, p.type, p.created, p.modified";

export function toPermission(r: PermissionRow): Permission {
  return {
    id: r.id,
    aco: r.aco as Aco,
    acoForeignKey: r.aco_foreign_key,
    aro: r.aro as Aro,
    aroForeignKey: r.aro_foreign_key,
    type: Number(r.type) as PermissionType,
    created: toDateNotNull(r.created),
    modified: toDateNotNull(r.modified),
  };
}

/**
 * The user's highest permission row on each resource (or folder, with `aco`) (contain[permission]):
 * one query per chunk of ids, both paths in a UNION ALL, the highest row picked here.
 */
export async function findHighestPermissions(
  m: EntityManager,
  userId: string,
  resourceIds: string[],
  aco: Aco = "Resource",
): Promise<Map<string, Permission>> {
  const best = new Map<string, Permission>();
  const join = orderedJoin(m);
  for (const ids of chunks(resourceIds, 2000)) {
    const list = placeholders(ids.length);
    const rows: PermissionRow[] = await m.query(
      `SELECT ${PERMISSION_COLUMNS} FROM permissions p
        WHERE p.aro_foreign_key = ? AND p.aco = ? AND p.aco_foreign_key IN (${list})
       UNION ALL
       SELECT ${PERMISSION_COLUMNS} FROM groups_users gu
         ${join} \`groups\` g ON g.id = gu.group_id AND g.deleted = 0
         ${join} permissions p ON p.aro_foreign_key = gu.group_id AND p.aco = ?
              AND p.aco_foreign_key IN (${list})
        WHERE gu.user_id = ?`,
      [userId, aco, ...ids, aco, ...ids, userId],
    );
    for (const row of rows) {
      const p = toPermission(row);
      const current = best.get(p.acoForeignKey);
      // highest type wins; a direct row wins a tie (stable answer whatever the row order)
      if (!current || p.type > current.type || (p.type === current.type && p.aro === "User"))
        best.set(p.acoForeignKey, p);
    }
  }
  return best;
}

/**
 * Pairs (resource_id, user_id) of every non-deleted user who can reach the items. The group
 * branch walks permissions → groups → memberships → users in that written order: left to
 * themselves, SQLite and MariaDB started from the groups and probed the id list once per member
 * (61 ms against 13 ms for 1,000 ids in a 100,000-resource database).
 */
function usersWithAccessSql(join: OrderedJoin, ids: string[]): SqlPart {
  const list = placeholders(ids.length);
  return {
    sql: `SELECT p.aco_foreign_key AS resource_id, p.aro_foreign_key AS user_id
            FROM permissions p JOIN users u ON u.id = p.aro_foreign_key AND u.deleted = 0
           WHERE p.aco_foreign_key IN (${list}) AND p.aro = 'User'
          UNION
          SELECT p.aco_foreign_key AS resource_id, gu.user_id
            FROM permissions p
            ${join} \`groups\` g ON g.id = p.aro_foreign_key AND g.deleted = 0
            ${join} groups_users gu ON gu.group_id = g.id
            ${join} users u ON u.id = gu.user_id AND u.deleted = 0
           WHERE p.aco_foreign_key IN (${list}) AND p.aro = 'Group'`,
    params: [...ids, ...ids],
  };
}

function addPair(pairs: AccessPairs, itemId: string, userId: string): void {
  let users = pairs.get(itemId);
  if (!users) pairs.set(itemId, (users = new Set()));
  users.add(userId);
}

/** item id → the users with access, for many resources or folders at once. */
export async function findAccessPairs(m: EntityManager, ids: string[]): Promise<AccessPairs> {
  const pairs: AccessPairs = new Map();
  for (const part of chunks(ids, 2000)) {
    const q = usersWithAccessSql(orderedJoin(m), part);
    const rows: { resource_id: string; user_id: string }[] = await m.query(q.sql, q.params);
    for (const r of rows) addPair(pairs, r.resource_id, r.user_id);
  }
  return pairs;
}

/**
 * The ids of the users who can reach a resource, directly or through a group (Passbolt's
 * PermissionsGetUsersIdsHavingAccessToService): exactly the users who must hold a secret.
 */
export async function findUserIdsWithAccess(m: EntityManager, resourceId: string): Promise<string[]> {
  return [...((await findAccessPairs(m, [resourceId])).get(resourceId) ?? [])].sort();
}

/**
 * item id → which of these users can reach it (resources or folders), directly or through a live
 * group. Both lists narrow the query, so the rows read grow with the pairs that hold, not with
 * everyone who can reach the items. One query per chunk of each list.
 */
export async function findAccessAmong(
  m: EntityManager,
  acoIds: string[],
  userIds: string[],
): Promise<AccessPairs> {
  const out: AccessPairs = new Map();
  for (const acos of chunks([...new Set(acoIds)], 500))
    for (const users of chunks([...new Set(userIds)], 500)) {
      if (!acos.length || !users.length) continue;
      const a = placeholders(acos.length);
      const u = placeholders(users.length);
      const rows: { aco_id: string; user_id: string }[] = await m.query(
        `SELECT p.aco_foreign_key AS aco_id, p.aro_foreign_key AS user_id
           FROM permissions p JOIN users x ON x.id = p.aro_foreign_key AND x.deleted = 0
          WHERE p.aro = 'User' AND p.aro_foreign_key IN (${u}) AND p.aco_foreign_key IN (${a})
         UNION
         SELECT p.aco_foreign_key, gu.user_id
           FROM groups_users gu
           JOIN \`groups\` g ON g.id = gu.group_id AND g.deleted = 0
           JOIN permissions p ON p.aro_foreign_key = gu.group_id AND p.aro = 'Group'
           JOIN users x ON x.id = gu.user_id AND x.deleted = 0
          WHERE gu.user_id IN (${u}) AND p.aco_foreign_key IN (${a})`,
        [...users, ...acos, ...users, ...acos],
      );
      for (const r of rows) addPair(out, r.aco_id, r.user_id);
    }
  return out;
}

/** How many distinct users can reach each resource (1 means personal). One query per chunk. */
export async function countUsersWithAccess(
  m: EntityManager,
  resourceIds: string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ids of chunks(resourceIds, 2000)) {
    const q = usersWithAccessSql(orderedJoin(m), ids);
    const rows: { resource_id: string; n: number | string }[] = await m.query(
      `SELECT a.resource_id, COUNT(*) AS n FROM (${q.sql}) a GROUP BY a.resource_id`,
      q.params,
    );
    for (const r of rows) counts.set(r.resource_id, Number(r.n));
  }
  return counts;
}

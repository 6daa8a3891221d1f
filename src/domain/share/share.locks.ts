/**
 * The rows a share reads and relies on, locked at the start of its transaction in this order
 * (the share lock order):
 *
 *   1. the users being added directly, by ascending id                  LOCK IN SHARE MODE
 *   2. the groups involved, by ascending id                             LOCK IN SHARE MODE
 *      (the groups the resource was shared with when the request was read, and those being added)
 *   3. the resource row                                                 FOR UPDATE
 *   4. the resource's permission rows                                   FOR UPDATE
 *      (a group granted the resource since step 2 is locked here, late: rare, and a deadlock
 *      that may follow is rolled back and retried by db.tx)
 *   5. the memberships of the groups of steps 2 and 4                   LOCK IN SHARE MODE
 *   6. the resource's secret rows                                       FOR UPDATE
 *
 * It agrees with the other writers: user deletion (user, then memberships, then groups) and
 * group changes (groups, then permissions, then resources) meet a share at the user or group
 * lock first, so one waits for the other instead of deadlocking; resource updates lock the
 * resource row. Shared locks on users and groups let shares of different resources run side by
 * side, while a membership change (group row FOR UPDATE) or a user deletion (an UPDATE of the
 * user row, a DELETE of its memberships) waits for the share to commit, or the share for them.
 * Either way the share's final check sees memberships and user states that stand at commit.
 *
 * A folder share (src/domain/folders/folders.share.ts) takes the same locks in the same order,
 * with the folder row in step 3 and no step 6 (folders have no secrets).
 *
 * MySQL/MariaDB in REPEATABLE READ take their snapshot at a transaction's first plain SELECT:
 * these locking reads come before any, so later plain reads see everything committed by the
 * transactions that held these rows before us. SQLite runs one transaction at a time (db.tx),
 * so it needs, and gets, no locking clauses.
 */
import type { EntityManager } from "typeorm";
import type { Aro, PermissionType } from "../../db/entities/Permission.ts";
import { chunks, placeholders, toBool } from "../../db/rawRows.ts";
import { lockClause, type RowLock } from "../../db/dialect.ts";
import type { PermissionChange, PermissionRow } from "./share.rules.ts";

export interface LockedSecret {
  id: string;
  userId: string;
  created: unknown;
  createdBy: string | null;
}

export interface LockedShareRows {
  /** False when the resource (folder) does not exist or is deleted (nothing after step 3 is read then). */
  resourceExists: boolean;
  permissions: PermissionRow[];
  secrets: LockedSecret[];
  /** Non-deleted groups among those involved. */
  liveGroups: Set<string>;
  /** Active, non-deleted users among those being added. */
  activeUsers: Set<string>;
}

type Lock = RowLock;

const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** Rows selected by id, locked, chunked; `sql` orders by id so locks are taken in id order. */
async function lockByIds<T>(m: EntityManager, sql: (list: string) => string, ids: string[], lock: Lock) {
  const out: T[] = [];
  for (const part of chunks(ids, 1000))
    out.push(...((await m.query(sql(placeholders(part.length)) + lockClause(m, lock), part)) as T[]));
  return out;
}

const lockGroups = (m: EntityManager, ids: string[]) =>
  lockByIds<{ id: string; deleted: unknown }>(
    m,
    (list) => `SELECT id, deleted FROM \`groups\` WHERE id IN (${list}) ORDER BY id`,
    ids,
    "share",
  );

/** The ids of the groups with a permission on the resource or folder (read before the transaction). */
export async function findGroupsOnResource(m: EntityManager, resourceId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    "SELECT aro_foreign_key AS id FROM permissions WHERE aco_foreign_key = ? AND aro = 'Group'",
    [resourceId],
  );
  return rows.map((r) => r.id);
}

/**
 * Locks (in the order above) and reads what a share of a resource needs. Call it first in the
 * transaction.
 * @param changes the request's permission changes (for the users and groups being added)
 * @param knownGroups the groups with a permission on the resource, read before the transaction
 */
export const lockShareRows = (
  m: EntityManager,
  resourceId: string,
  changes: PermissionChange[],
  knownGroups: string[],
): Promise<LockedShareRows> => lockItemRows(m, "Resource", resourceId, changes, knownGroups);

/** The same for a folder: no secrets (`secrets` is empty). */
export const lockFolderShareRows = (
  m: EntityManager,
  folderId: string,
  changes: PermissionChange[],
  knownGroups: string[],
): Promise<LockedShareRows> => lockItemRows(m, "Folder", folderId, changes, knownGroups);

async function lockItemRows(
  m: EntityManager,
  aco: "Resource" | "Folder",
  itemId: string,
  changes: PermissionChange[],
  knownGroups: string[],
): Promise<LockedShareRows> {
  const adding = (aro: Aro) =>
    changes
      .filter((c) => c.id === undefined && c.aro === aro && c.aro_foreign_key)
      .map((c) => c.aro_foreign_key!);
  const users = await lockByIds<{ id: string; active: unknown; deleted: unknown }>(
    m,
    (list) => `SELECT id, active, deleted FROM users WHERE id IN (${list}) ORDER BY id`,
    sortedUnique(adding("User")),
    "share",
  );
  const groupIds = sortedUnique([...knownGroups, ...adding("Group")]);
  const groups = await lockGroups(m, groupIds);
  const out: LockedShareRows = {
    resourceExists: false,
    permissions: [],
    secrets: [],
    liveGroups: new Set(),
    activeUsers: new Set(users.filter((u) => toBool(u.active) && !toBool(u.deleted)).map((u) => u.id)),
  };
  const item: unknown[] = await m.query(
    aco === "Resource"
      ? `SELECT id FROM resources WHERE id = ? AND deleted = 0${lockClause(m, "update")}`
      : `SELECT id FROM folders WHERE id = ?${lockClause(m, "update")}`,
    [itemId],
  );
  if (!item.length) return out;
  out.resourceExists = true;

  const rows: { id: string; aro: Aro; aro_foreign_key: string; type: number | string }[] = await m.query(
    `SELECT id, aro, aro_foreign_key, type FROM permissions
      WHERE aco_foreign_key = ? AND aco = ? ORDER BY id${lockClause(m, "update")}`,
    [itemId, aco],
  );
  out.permissions = rows.map((p) => ({
    id: p.id,
    aro: p.aro,
    aroForeignKey: p.aro_foreign_key,
    type: Number(p.type) as PermissionType,
  }));
  const locked = new Set(groupIds);
  const late = sortedUnique(
    out.permissions
      .filter((p) => p.aro === "Group" && !locked.has(p.aroForeignKey))
      .map((p) => p.aroForeignKey),
  );
  groups.push(...(await lockGroups(m, late)));
  out.liveGroups = new Set(groups.filter((g) => !toBool(g.deleted)).map((g) => g.id));

  // only a lock: the memberships themselves are read later (users with access)
  if (lockClause(m, "share"))
    await lockByIds(
      m,
      (list) => `SELECT id FROM groups_users WHERE group_id IN (${list}) ORDER BY group_id, user_id`,
      [...groupIds, ...late],
      "share",
    );
  if (aco === "Folder") return out;
  const secrets: { id: string; user_id: string; created: unknown; created_by: string | null }[] =
    await m.query(
      `SELECT id, user_id, created, created_by FROM secrets WHERE resource_id = ? ORDER BY id${lockClause(m, "update")}`,
      [itemId],
    );
  out.secrets = secrets.map((s) => ({
    id: s.id,
    userId: s.user_id,
    created: s.created,
    createdBy: s.created_by,
  }));
  return out;
}

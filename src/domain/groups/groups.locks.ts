/**
 * Row locks for the changes that move secrets around (group membership changes, group and user
 * deletion). MySQL/MariaDB only: SQLite already runs one transaction at a time (db.ts).
 *
 * Lock order, everywhere in this domain and in users.deletion.ts (the share service,
 * share.locks.ts, takes the same order: users, groups, then the resource):
 *   1. `users` rows: the members being added (LOCK IN SHARE MODE: they must not be deleted
 *      meanwhile), or the user being deleted (FOR UPDATE) and then their groups_users rows;
 *   2. `groups` rows, in id order (FOR UPDATE: memberships change);
 *   3. the `permissions` rows of those users and groups (they say which resources are reached);
 *   4. `resources` rows, in id order (FOR UPDATE).
 * Resource updates and shares lock the resource row (resources.access.ts, share.locks.ts), so a
 * change to a resource's secrets or permissions waits for a group change that reaches it, and the
 * other way round. A deadlock between two orders that still cross is rolled back by the database
 * and the whole transaction retried by db.tx.
 *
 * Every lock is taken with a locking read before the transaction's first plain SELECT: InnoDB
 * builds a REPEATABLE READ snapshot at the first plain read, so reads made after the locks see
 * everything committed before them, and nothing that they cover can change until commit.
 */
import type { EntityManager } from "typeorm";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { forUpdate, isMysql } from "../../db/dialect.ts";

export const locksRows = isMysql;

/** The statement with `FOR UPDATE` on MySQL/MariaDB, unchanged on SQLite. */
export async function selectForUpdate<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return m.query(`${sql}${forUpdate(m)}`, params);
}

/**
 * Locks rows of `groups`, `resources` or `users` by id, in id order (no-op on SQLite).
 * @param mode "update" (FOR UPDATE, the default) or "share" (LOCK IN SHARE MODE)
 */
export async function lockRows(
  m: EntityManager,
  table: "groups" | "resources" | "users",
  ids: Iterable<string>,
  mode: "update" | "share" = "update",
): Promise<void> {
  if (!locksRows(m)) return;
  const sorted = [...new Set(ids)].sort();
  const clause = mode === "update" ? "FOR UPDATE" : "LOCK IN SHARE MODE";
  for (const part of chunks(sorted, 2000))
    await m.query(
      `SELECT id FROM \`${table}\` WHERE id IN (${placeholders(part.length)}) ORDER BY id ${clause}`,
      part,
    );
}

/**
 * What hand-written SQL says differently on the two databases, in one place: the domain code
 * asks here instead of testing the database type itself.
 *
 * - Locking reads: " FOR UPDATE" / " LOCK IN SHARE MODE" on MySQL/MariaDB, nothing on SQLite,
 *   which runs one transaction at a time (db.ts). On InnoDB a locking read also locks the gaps
 *   where the rows it looked for are missing, so two transactions cannot both insert what
 *   neither found: one waits, or a deadlock is rolled back and retried by db.tx.
 * - Join order: an inner join that keeps its written order (`STRAIGHT_JOIN` on MySQL/MariaDB,
 *   `CROSS JOIN … ON` on SQLite), where either planner was seen starting from the wrong table.
 * - DATETIME parameters, stored exactly as TypeORM stores them.
 */
import type { EntityManager } from "typeorm";

export const isMysql = (m: EntityManager): boolean => m.connection.options.type === "mysql";

export type RowLock = "update" | "share";

/** " FOR UPDATE" (or " LOCK IN SHARE MODE" for "share") on MySQL/MariaDB, "" on SQLite. */
export const lockClause = (m: EntityManager, lock: RowLock = "update"): string =>
  !isMysql(m) ? "" : lock === "update" ? " FOR UPDATE" : " LOCK IN SHARE MODE";

/** " FOR UPDATE" on MySQL/MariaDB, "" on SQLite. */
export const forUpdate = (m: EntityManager): string => lockClause(m, "update");

/** The inner join that keeps its written order. */
export type OrderedJoin = "STRAIGHT_JOIN" | "CROSS JOIN";
export const orderedJoin = (m: EntityManager): OrderedJoin => (isMysql(m) ? "STRAIGHT_JOIN" : "CROSS JOIN");

/**
 * A DATETIME parameter: a Date on MySQL/MariaDB (mysql2 writes it in UTC, the connection's
 * timezone), and on SQLite the UTC text "YYYY-MM-DD HH:MM:SS.SSS"
 * (DateUtils.mixedDateToUtcDatetimeString), which is what the entity columns read back.
 */
export const sqlDate = (m: EntityManager, d: Date): Date | string =>
  isMysql(m) ? d : d.toISOString().slice(0, 23).replace("T", " ");

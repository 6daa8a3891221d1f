/**
 * " FOR UPDATE" on MySQL/MariaDB, nothing on SQLite (which runs one transaction at a time: see
 * db.ts). On InnoDB a locking read also locks the gaps where the rows it looked for are missing,
 * so two transactions cannot both insert what neither found: one waits, or a deadlock is rolled
 * back and retried by db.tx.
 */
import type { EntityManager } from "typeorm";

export const forUpdate = (m: EntityManager): string =>
  m.connection.options.type === "mysql" ? " FOR UPDATE" : "";

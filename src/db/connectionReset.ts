/**
 * Connections whose transaction state is no longer known are never used again.
 *
 * A COMMIT or ROLLBACK that fails (disk full, I/O error, lost connection) can leave the
 * connection inside a transaction, or leave TypeORM believing it is (its depth counter then turns
 * every later BEGIN into a SAVEPOINT of a transaction that never commits): later writes would be
 * acknowledged from uncommitted state and lost at close. So such a connection is discarded:
 *
 * - SQLite: the process's one better-sqlite3 connection is closed (which rolls back whatever it
 *   held) and a new one opened with the same pragmas; TypeORM's cached query runner is dropped
 *   with it, so its counters start from zero.
 * - MariaDB/MySQL: the pool connection is destroyed instead of released, so no later request
 *   can borrow it.
 */
import type { DataSource, QueryRunner } from "typeorm";

/** The parts of TypeORM's better-sqlite3 driver this module replaces. */
interface SqliteDriverInternals {
  databaseConnection?: { close(): void; inTransaction: boolean; open: boolean };
  queryRunner?: QueryRunner;
  createDatabaseConnection(): Promise<SqliteDriverInternals["databaseConnection"]>;
}

/** The pool connection a MySQL query runner holds. */
interface MysqlRunnerInternals {
  databaseConnection?: { destroy(): void };
  isReleased: boolean;
}

const sqliteDriver = (ds: DataSource) => ds.driver as unknown as SqliteDriverInternals;

/**
 * True when the SQLite connection is inside a transaction, or TypeORM thinks it is, although
 * no unit of work holds it: the state that must never reach the next request.
 */
export function sqliteTransactionLeft(ds: DataSource): boolean {
  const driver = sqliteDriver(ds);
  const runner = driver.queryRunner;
  return (
    driver.databaseConnection?.inTransaction === true ||
    runner?.isTransactionActive === true ||
    ((runner as { transactionDepth?: number } | undefined)?.transactionDepth ?? 0) !== 0
  );
}

/** Closes the SQLite connection (rolling back what it held) and opens a new one. */
export async function reopenSqlite(ds: DataSource): Promise<void> {
  const driver = sqliteDriver(ds);
  try {
    if (driver.databaseConnection?.open) driver.databaseConnection.close();
  } catch {
    // closing a connection on a failing disk may itself fail; the handle is dropped all the same
  }
  driver.queryRunner = undefined;
  driver.databaseConnection = undefined;
  driver.databaseConnection = await driver.createDatabaseConnection();
}

/** Removes a MySQL runner's connection from the pool for good (never released back into it). */
export function destroyMysqlConnection(qr: QueryRunner): void {
  const runner = qr as unknown as MysqlRunnerInternals;
  try {
    runner.databaseConnection?.destroy();
  } catch {
    // already closed
  }
  runner.isReleased = true;
}

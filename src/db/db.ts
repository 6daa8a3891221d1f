/**
 * The data access entry point for services: `db.read(fn)` and `db.tx(fn)`.
 *
 * MariaDB/MySQL: a pool; transactions run on their own connection and are retried as a whole
 * on deadlock or lock-wait timeout. SQLite (better-sqlite3): one connection per process, so
 * every unit of work is serialised by a mutex; otherwise two requests' transactions would
 * interleave on the same connection.
 *
 * A transaction cannot outlive an error: when BEGIN, COMMIT or ROLLBACK fails, the connection
 * is discarded (connectionReset.ts) and the request answers 503, so no later request ever runs
 * inside a transaction it did not open. On SQLite every unit of work also checks, before and
 * after, that the connection is not left inside one (a write TypeORM wrapped in its own
 * transaction, outside db.tx); should it be, it is reopened and the unit answers 503.
 */
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { Logger } from "pino";
import {
  isDatabaseUnavailable,
  isRetryableTransactionError,
  storageFault,
  type StorageFault,
} from "./dbErrors.ts";
import { destroyMysqlConnection, reopenSqlite, sqliteTransactionLeft } from "./connectionReset.ts";
import { Mutex } from "./mutex.ts";
import { serviceUnavailable } from "../http/errors.ts";

/** The part of mysql2's (callback) pool that prepared() uses: TypeORM's MysqlDriver.pool. */
interface PreparingPool {
  execute(sql: string, params: unknown[], cb: (err: Error | null, rows: unknown) => void): void;
}

export interface DbOptions {
  retryAfterSeconds: number;
  maxTransactionAttempts?: number;
  /** Where a discarded connection is reported (one warn line each); silent when absent. */
  log?: Logger;
}

type Phase = "BEGIN" | "COMMIT" | "ROLLBACK";

/** Tests only: a hook run just before the statement of a phase, to inject a fault there. */
export type FaultHook = (phase: Phase) => void | Promise<void>;

export class Db {
  private readonly mutex = new Mutex();
  readonly isSqlite: boolean;
  /** Transactions retried, given up (503), and connections discarded, since start: metrics. */
  readonly stats = { retries: 0, exhausted: 0, discarded: 0 };
  /** Tests only (see FaultHook). */
  faultHook: FaultHook | undefined;
  /** SQLite: the last reopen failed; the next unit of work tries again before running. */
  private reopenPending = false;

  constructor(
    readonly dataSource: DataSource,
    private readonly options: DbOptions,
  ) {
    this.isSqlite = dataSource.options.type === "better-sqlite3";
  }

  /** Runs reads (or a single write) outside a transaction. */
  async read<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return fn(this.dataSource.manager);
    return this.mutex.run(async () => {
      await this.sqliteReady();
      let result: T;
      try {
        result = await fn(this.dataSource.manager);
      } catch (err) {
        if (sqliteTransactionLeft(this.dataSource)) await this.discardSqlite("a write outside db.tx", err);
        throw err;
      }
      if (sqliteTransactionLeft(this.dataSource)) {
        await this.discardSqlite("a write outside db.tx", undefined);
        throw this.unavailable("a transaction was left open: its writes were rolled back");
      }
      return result;
    });
  }

  /**
   * Runs fn in one transaction. Retried as a whole (bounded) on deadlock, lock-wait timeout
   * or SQLITE_BUSY; when the attempts run out the caller gets 503 with Retry-After.
   * Keep CPU-heavy work (crypto) outside fn: on SQLite it holds the process-wide lock.
   */
  async tx<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const attempts = this.options.maxTransactionAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        if (!this.isSqlite) return await this.transaction(this.dataSource.createQueryRunner(), fn);
        return await this.mutex.run(async () => {
          await this.sqliteReady();
          return this.transaction(this.dataSource.createQueryRunner(), fn);
        });
      } catch (err) {
        if (!isRetryableTransactionError(err)) throw err;
        if (attempt >= attempts) {
          this.stats.exhausted++;
          throw serviceUnavailable(
            this.options.retryAfterSeconds,
            `transaction retries exhausted: ${String(err)}`,
          );
        }
        this.stats.retries++;
        await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20 * attempt));
      }
    }
  }

  /**
   * One read statement outside a transaction, for the hot path. On MySQL/MariaDB it is a
   * prepared statement (mysql2's execute: parsed and planned once per connection, then only
   * executed, in the binary protocol); on SQLite TypeORM already keeps it prepared.
   */
  async prepared<T>(sql: string, params: unknown[]): Promise<T[]> {
    if (this.isSqlite) return this.read((m) => m.query(sql, params) as Promise<T[]>);
    const pool = (this.dataSource.driver as unknown as { pool: PreparingPool }).pool;
    return new Promise<T[]>((resolve, reject) =>
      pool.execute(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
    );
  }

  /** A cheap round trip used by the health checks. */
  async ping(): Promise<void> {
    await this.read((m) => m.query("SELECT 1"));
  }

  isUnavailableError(err: unknown): boolean {
    return isDatabaseUnavailable(err);
  }

  /** One transaction on qr: BEGIN, fn, COMMIT (ROLLBACK when fn throws); the runner released or discarded. */
  private async transaction<T>(qr: QueryRunner, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    let ok = false;
    try {
      await this.end(qr, "BEGIN", undefined);
      let result: T;
      try {
        result = await fn(qr.manager);
      } catch (err) {
        await this.end(qr, "ROLLBACK", err);
        throw err;
      }
      await this.end(qr, "COMMIT", undefined);
      ok = true;
      return result;
    } finally {
      if (!this.isSqlite && !qr.isReleased) await qr.release();
      // a unit that failed may still have left the one SQLite connection in a transaction
      if (this.isSqlite && !ok && sqliteTransactionLeft(this.dataSource))
        await this.discardSqlite("a failed transaction", undefined);
    }
  }

  /**
   * Starts or ends the transaction. Should the statement fail, nobody knows what the connection
   * holds any more: it is discarded, and the caller gets 503 (for a failed ROLLBACK too: the
   * error fn threw is logged with it, but the database is what needs looking at).
   */
  private async end(qr: QueryRunner, phase: Phase, cause: unknown): Promise<void> {
    try {
      await this.faultHook?.(phase);
      if (phase === "BEGIN") await qr.startTransaction();
      else if (phase === "COMMIT") await qr.commitTransaction();
      else await qr.rollbackTransaction();
    } catch (err) {
      // a deadlock or busy database at BEGIN/COMMIT leaves nothing behind once rolled back: retried
      if (isRetryableTransactionError(err) && phase !== "ROLLBACK" && (await this.rollbackQuietly(qr)))
        throw err;
      await this.discard(qr, `${phase} failed`, err);
      const fault = storageFault(err) ?? storageFault(cause);
      throw this.unavailable(
        `${phase} failed${fault ? ` (${fault.cause})` : ""}: ${String(err)}` +
          (cause === undefined ? "" : `; after: ${String(cause)}`),
        fault,
      );
    }
  }

  /** Tries ROLLBACK after a retryable failure; true when the connection is clean again. */
  private async rollbackQuietly(qr: QueryRunner): Promise<boolean> {
    try {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      return this.isSqlite ? !sqliteTransactionLeft(this.dataSource) : true;
    } catch {
      return false;
    }
  }

  private async discard(qr: QueryRunner, why: string, err: unknown): Promise<void> {
    if (this.isSqlite) await this.discardSqlite(why, err);
    else {
      this.stats.discarded++;
      destroyMysqlConnection(qr);
      this.logDiscard(why, err, "pool connection destroyed");
    }
  }

  private async discardSqlite(why: string, err: unknown): Promise<void> {
    this.stats.discarded++;
    try {
      await reopenSqlite(this.dataSource);
      this.reopenPending = false;
      this.logDiscard(why, err, "SQLite connection reopened");
    } catch (openErr) {
      this.reopenPending = true;
      this.logDiscard(why, err, `SQLite connection closed; reopening failed: ${String(openErr)}`);
    }
  }

  /** SQLite: before a unit of work, the connection is open and outside any transaction. */
  private async sqliteReady(): Promise<void> {
    if (this.reopenPending) {
      try {
        await reopenSqlite(this.dataSource);
        this.reopenPending = false;
      } catch (err) {
        throw this.unavailable(`the SQLite database cannot be reopened: ${String(err)}`, storageFault(err));
      }
    }
    if (sqliteTransactionLeft(this.dataSource))
      await this.discardSqlite("a transaction left open", undefined);
  }

  private logDiscard(why: string, err: unknown, what: string): void {
    const fault = storageFault(err);
    this.options.log?.warn(
      { cause: fault?.cause, code: fault?.code, error: err === undefined ? undefined : String(err) },
      `database connection discarded after ${why}: ${what}`,
    );
  }

  private unavailable(detail: string, fault?: StorageFault) {
    const e = serviceUnavailable(this.options.retryAfterSeconds, detail);
    if (fault) e.storageFault = fault;
    return e;
  }
}

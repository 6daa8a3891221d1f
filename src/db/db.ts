/**
 * The data access entry point for services: `db.read(fn)` and `db.tx(fn)`.
 *
 * MariaDB/MySQL: a pool; transactions run on their own connection and are retried as a whole
 * on deadlock or lock-wait timeout. SQLite (better-sqlite3): one connection per process, so
 * every unit of work is serialised by a mutex; otherwise two requests' transactions would
 * interleave on the same connection.
 */
import type { DataSource, EntityManager } from "typeorm";
import { isDatabaseUnavailable, isRetryableTransactionError } from "./dbErrors.ts";
import { Mutex } from "./mutex.ts";
import { serviceUnavailable } from "../http/errors.ts";

export interface DbOptions {
  retryAfterSeconds: number;
  maxTransactionAttempts?: number;
}

export class Db {
  private readonly mutex = new Mutex();
  readonly isSqlite: boolean;
  /** Transactions retried, and given up (503), since start: exported as metrics. */
  readonly stats = { retries: 0, exhausted: 0 };

  constructor(
    readonly dataSource: DataSource,
    private readonly options: DbOptions,
  ) {
    this.isSqlite = dataSource.options.type === "better-sqlite3";
  }

  /** Runs reads (or a single write) outside a transaction. */
  async read<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return fn(this.dataSource.manager);
    return this.mutex.run(() => fn(this.dataSource.manager));
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
        const run = () => this.dataSource.transaction((m) => fn(m));
        return this.isSqlite ? await this.mutex.run(run) : await run();
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

  /** A cheap round trip used by the health checks. */
  async ping(): Promise<void> {
    await this.read((m) => m.query("SELECT 1"));
  }

  isUnavailableError(err: unknown): boolean {
    return isDatabaseUnavailable(err);
  }
}

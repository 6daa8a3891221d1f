/**
 * rate-limiter-flexible's storage over our own Db: a RateLimiterStoreAbstract that reads and
 * writes the `throttle` table through db.read/db.tx. The library's own SQLite and MySQL
 * limiters are not used: they would run queries on our connection outside db.read/db.tx,
 * bypassing the SQLite mutex and possibly writing inside another request's open transaction.
 * Every server process on the database sees the same counters.
 */
import { createRequire } from "node:module";
import type { EntityManager } from "typeorm";
import { RateLimiterRes, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
import type { Db } from "../db/db.ts";

// The abstract store class is documented for custom stores but not exported by the package index.
const require = createRequire(import.meta.url);
const StoreAbstract =
  require("rate-limiter-flexible/lib/RateLimiterStoreAbstract.js") as typeof RateLimiterStoreAbstract;

interface Counter {
  points: number;
  expiresMs: number | null;
}

export interface DbThrottleStoreOptions {
  keyPrefix: string;
  /** Points allowed per window (the library's `points`). */
  points: number;
  /** Window, in seconds (the library's `duration`). */
  duration: number;
}

const PURGE_EVERY_MS = 5 * 60_000;
let lastPurge = 0;

const toCounter = (row: { points: unknown; expires_ms: unknown } | undefined): Counter | null =>
  row
    ? { points: Number(row.points), expiresMs: row.expires_ms === null ? null : Number(row.expires_ms) }
    : null;

async function readCounter(m: EntityManager, key: string, now: number): Promise<Counter | null> {
  const [row] = await m.query(
    "SELECT points, expires_ms FROM throttle WHERE throttle_key = ? AND (expires_ms IS NULL OR expires_ms > ?)",
    [key, now],
  );
  return toCounter(row);
}

export class DbThrottleStore extends StoreAbstract {
  constructor(
    private readonly db: Db,
    opts: DbThrottleStoreOptions,
  ) {
    super({ ...opts, storeClient: db });
  }

  _getRateLimiterRes(_key: string, changedPoints: number, c: Counter): RateLimiterRes {
    const isFirstInDuration = changedPoints === c.points;
    const consumed = isFirstInDuration ? changedPoints : c.points;
    return new RateLimiterRes(
      Math.max(this.points - consumed, 0),
      c.expiresMs === null ? -1 : Math.max(c.expiresMs - Date.now(), 0),
      consumed,
      isFirstInDuration,
    );
  }

  /** Atomic increment (or overwrite with forceExpire); a counter whose window ended restarts. */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Counter> {
    const now = Date.now();
    const expires = msDuration > 0 ? now + msDuration : null;
    const mysql = !this.db.isSqlite;
    const live = "expires_ms IS NULL OR expires_ms > ?";
    const sql = forceExpire
      ? mysql
        ? "INSERT INTO throttle (throttle_key, points, expires_ms) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE points = ?, expires_ms = ?"
        : "INSERT INTO throttle (throttle_key, points, expires_ms) VALUES (?, ?, ?) ON CONFLICT(throttle_key) DO UPDATE SET points = ?, expires_ms = ?"
      : mysql
        ? // MySQL assigns left to right: points reads the old expires_ms, which is assigned last
          `INSERT INTO throttle (throttle_key, points, expires_ms) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE points = IF(${live}, points + ?, ?), expires_ms = IF(${live}, expires_ms, ?)`
        : `INSERT INTO throttle (throttle_key, points, expires_ms) VALUES (?, ?, ?) ON CONFLICT(throttle_key) DO UPDATE SET points = CASE WHEN ${live} THEN points + ? ELSE ? END, expires_ms = CASE WHEN ${live} THEN expires_ms ELSE ? END`;
    const params = forceExpire
      ? [key, points, expires, points, expires]
      : [key, points, expires, now, points, points, now, expires];
    const counter = await this.db.tx(async (m) => {
      await m.query(sql, params);
      return readCounter(m, key, now - 1);
    });
    if (now - lastPurge > PURGE_EVERY_MS) {
      lastPurge = now;
      // Expired counters are dead weight; an hour's grace keeps the purge off live rows.
      void this.db
        .read((m) => m.query("DELETE FROM throttle WHERE expires_ms < ?", [now - 3_600_000]))
        .catch(() => undefined);
    }
    return counter ?? { points, expiresMs: expires };
  }

  async _get(key: string): Promise<Counter | null> {
    return this.db.read((m) => readCounter(m, key, Date.now()));
  }

  async _delete(key: string): Promise<boolean> {
    const result = await this.db.read((m) =>
      m.createQueryBuilder().delete().from("throttle").where("throttle_key = :key", { key }).execute(),
    );
    return (result.affected ?? 0) > 0;
  }
}

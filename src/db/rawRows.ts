/**
 * Reading rows of hand-written SQL (UNION queries the query builder cannot express) the same
 * way on both drivers: mysql2 returns Date objects and numbers, better-sqlite3 returns the
 * strings TypeORM wrote ("YYYY-MM-DD HH:MM:SS.SSS", UTC) and 0/1.
 */

/** A DATETIME column as a Date (UTC), or null. */
export function toDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const s = String(v);
  return new Date(/^\d{4}-\d\d-\d\d \d/.test(s) ? `${s.replace(" ", "T")}Z` : s);
}

/** A NOT NULL DATETIME column as a Date. */
export const toDateNotNull = (v: unknown): Date => toDate(v) ?? new Date(0);

/** A BOOLEAN (TINYINT) column. */
export const toBool = (v: unknown): boolean => v === true || Number(v) === 1;

/** "?, ?, ?" for an IN list. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => "?").join(", ");

/**
 * Splits a long id list so that one IN (...) stays under SQLite's bound-variable limit (32766).
 * Pages of the resource list are at most a few thousand ids, so this is one query in practice.
 */
export function chunks<T>(items: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Now, truncated to the second: DATETIME columns keep no fractions on MariaDB. */
export const nowSeconds = (): Date => new Date(Math.floor(Date.now() / 1000) * 1000);

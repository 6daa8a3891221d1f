/**
 * The bench databases: one with `resourcesSmall` and one with `resourcesLarge` resources, for
 * each scale. SQLite files under var/bench/ by default; with BENCH_DATABASE_URL (MariaDB/MySQL)
 * that database and siblings named after it (`<db>_small`, `<db>_quick`, `<db>_quick_small`),
 * created with utf8mb4 when missing. Seed markers (var/bench/seed-<label>.json) say what a
 * database holds, so that a repeated run reuses it.
 */
import fs from "node:fs";
import path from "node:path";
import mysql from "mysql2/promise";
import { DOMAIN } from "./org.ts";
import { benchVar } from "./processes.ts";

export interface DbTarget {
  label: string;
  /** DATABASE_URL for the server, the ceiling and the seed. */
  url: string;
  kind: "sqlite" | "mysql";
  sqlitePath?: string;
  mysql?: { serverUrl: string; database: string };
}

export interface SeedMarker {
  structure: string;
  resources: number;
  /** How groups and group/direct shares were seeded: "http" (the API) or "temporary-insert". */
  sharesVia: "http" | "temporary-insert";
  finished: string;
}

export function benchTargets(
  scale: "full" | "quick",
  benchUrl: string | undefined,
): { small: DbTarget; large: DbTarget } {
  const suffix = scale === "quick" ? "_quick" : "";
  if (!benchUrl) {
    const file = (size: string) => path.join(benchVar, `${scale}-${size}.sqlite`);
    const sqlite = (size: string): DbTarget => ({
      label: `${scale}-${size}-sqlite`,
      url: `sqlite:${file(size)}`,
      kind: "sqlite",
      sqlitePath: file(size),
    });
    return { small: sqlite("small"), large: sqlite("large") };
  }
  const u = new URL(benchUrl.replace(/^mariadb:/, "mysql:"));
  const base = decodeURIComponent(u.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(base))
    throw new Error(`BENCH_DATABASE_URL: unexpected database name "${base}"`);
  const serverUrl = new URL(u.toString());
  serverUrl.pathname = "/";
  const mysqlTarget = (database: string, size: string): DbTarget => {
    const url = new URL(u.toString());
    url.pathname = `/${database}`;
    return {
      label: `${scale}-${size}-mysql-${u.hostname}-${u.port || 3306}-${database}`,
      url: url.toString(),
      kind: "mysql",
      mysql: { serverUrl: serverUrl.toString(), database },
    };
  };
  return {
    small: mysqlTarget(`${base}${suffix}_small`, "small"),
    large: mysqlTarget(`${base}${suffix}`, "large"),
  };
}

const markerFile = (t: DbTarget) => path.join(benchVar, `seed-${t.label}.json`);

export function readMarker(t: DbTarget): SeedMarker | undefined {
  try {
    return JSON.parse(fs.readFileSync(markerFile(t), "utf8")) as SeedMarker;
  } catch {
    return undefined;
  }
}

export function writeMarker(t: DbTarget, marker: SeedMarker): void {
  fs.mkdirSync(benchVar, { recursive: true });
  fs.writeFileSync(markerFile(t), JSON.stringify(marker, null, 2) + "\n");
}

export function dropMarker(t: DbTarget): void {
  fs.rmSync(markerFile(t), { force: true });
}

async function withServer<T>(t: DbTarget, fn: (c: mysql.Connection) => Promise<T>): Promise<T> {
  const c = await mysql.createConnection({ uri: t.mysql!.serverUrl, multipleStatements: false });
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates the MySQL database when missing (utf8mb4). Nothing to do for SQLite. */
export async function ensureDatabase(t: DbTarget): Promise<void> {
  if (t.kind !== "mysql") return;
  await withServer(t, (c) =>
    c.query(
      `CREATE DATABASE IF NOT EXISTS \`${t.mysql!.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    ),
  );
}

/** True when the database holds no table (or the SQLite file does not exist). */
export async function isEmpty(t: DbTarget): Promise<boolean> {
  if (t.kind === "sqlite") return !fs.existsSync(t.sqlitePath!);
  const [rows] = await withServer(t, (c) =>
    c.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?", [
      t.mysql!.database,
    ]),
  );
  return Number((rows as { n: number }[])[0]!.n) === 0;
}

/** True when every user of the database is a bench user (or it has no users table): safe to wipe. */
export async function isBenchDatabase(t: DbTarget): Promise<boolean> {
  if (t.kind === "sqlite") return true;
  return withServer(t, async (c) => {
    const [tables] = await c.query(
      "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_name = 'users'",
      [t.mysql!.database],
    );
    if (!Number((tables as { n: number }[])[0]!.n)) return true;
    const [rows] = await c.query(
      `SELECT COUNT(*) AS n FROM \`${t.mysql!.database}\`.users WHERE username NOT LIKE ?`,
      [`%@${DOMAIN}`],
    );
    return Number((rows as { n: number }[])[0]!.n) === 0;
  });
}

/** Removes everything in a bench database (and its marker). */
export async function wipe(t: DbTarget): Promise<void> {
  dropMarker(t);
  if (t.kind === "sqlite") {
    const run = t.sqlitePath!.replace(/\.sqlite$/, "-run.sqlite");
    for (const s of ["", "-wal", "-shm"])
      for (const f of [t.sqlitePath!, run]) fs.rmSync(f + s, { force: true });
    return;
  }
  await withServer(t, async (c) => {
    const [rows] = await c.query(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ?",
      [t.mysql!.database],
    );
    await c.query("SET FOREIGN_KEY_CHECKS = 0");
    for (const r of rows as { t: string }[]) await c.query(`DROP TABLE \`${t.mysql!.database}\`.\`${r.t}\``);
    await c.query("SET FOREIGN_KEY_CHECKS = 1");
  });
}

/**
 * The database a measurement runs on. SQLite: a fresh copy of the seeded file (…-run.sqlite),
 * so that every run starts from the same rows (reads add audit and secret-access rows, the
 * share benchmark adds deleted resources). MySQL: the seeded database itself, which grows by
 * those rows from run to run.
 */
export function runDatabaseUrl(t: DbTarget): string {
  if (t.kind !== "sqlite") return t.url;
  const run = t.sqlitePath!.replace(/\.sqlite$/, "-run.sqlite");
  for (const s of ["", "-wal", "-shm"]) {
    fs.rmSync(run + s, { force: true });
    if (fs.existsSync(t.sqlitePath! + s)) fs.copyFileSync(t.sqlitePath! + s, run + s);
  }
  return `sqlite:${run}`;
}

/**
 * Copies a seeded database (closed) into an empty one: the large database starts as a copy of
 * the small one, then gets the extra resources. SQLite: the file; MySQL: each table.
 */
export async function copyDatabase(from: DbTarget, to: DbTarget): Promise<void> {
  if (from.kind === "sqlite") {
    for (const s of ["", "-wal", "-shm"])
      if (fs.existsSync(from.sqlitePath! + s)) fs.copyFileSync(from.sqlitePath! + s, to.sqlitePath! + s);
    return;
  }
  await withServer(from, async (c) => {
    const [rows] = await c.query(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ?",
      [from.mysql!.database],
    );
    const a = from.mysql!.database;
    const b = to.mysql!.database;
    for (const r of rows as { t: string }[]) {
      await c.query(`CREATE TABLE \`${b}\`.\`${r.t}\` LIKE \`${a}\`.\`${r.t}\``);
      await c.query(`INSERT INTO \`${b}\`.\`${r.t}\` SELECT * FROM \`${a}\`.\`${r.t}\``);
    }
  });
}

import type { DataSource } from "typeorm";
import type { Logger } from "pino";

/** SQLite errors a concurrent migrator causes: the file is busy, or it created a table first. */
const CONCURRENT_MIGRATOR = /SQLITE_BUSY|database is locked|already exists/i;
const SQLITE_ATTEMPTS = 20;

/**
 * Applies pending migrations. On MySQL a named lock makes several processes starting at
 * once take turns; the second finds nothing left to do. SQLite has no such lock: the
 * migrations run in one transaction, and a process that loses the race to another (busy
 * file, or a table the other created first) has its transaction rolled back whole, waits a
 * little and tries again, finding what the other applied.
 */
export async function runMigrations(ds: DataSource, log?: Logger): Promise<string[]> {
  if (ds.options.type !== "mysql") {
    for (let attempt = 1; ; attempt++) {
      try {
        const done = await ds.runMigrations({ transaction: "all" });
        return report(
          done.map((m) => m.name),
          log,
        );
      } catch (err) {
        const message =
          err instanceof Error ? `${err.message} ${String((err as { code?: unknown }).code)}` : "";
        if (attempt >= SQLITE_ATTEMPTS || !CONCURRENT_MIGRATOR.test(message)) throw err;
        log?.info({ attempt }, "another process is migrating the database, trying again");
        await new Promise((r) => setTimeout(r, 100 + Math.floor(Math.random() * 400)));
      }
    }
  }
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    const [row] = await qr.query("SELECT GET_LOCK('watchword_migrations', 120) AS got");
    if (Number(row?.got) !== 1) throw new Error("could not take the migration lock within 120 s");
    try {
      const done = await ds.runMigrations({ transaction: "each" });
      return report(
        done.map((m) => m.name),
        log,
      );
    } finally {
      await qr.query("SELECT RELEASE_LOCK('watchword_migrations')");
    }
  } finally {
    await qr.release();
  }
}

function report(names: string[], log?: Logger): string[] {
  for (const name of names) log?.info({ migration: name }, "migration applied");
  return names;
}

/** True when every known migration has been applied. */
export async function migrationsAreCurrent(ds: DataSource): Promise<boolean> {
  return !(await ds.showMigrations());
}

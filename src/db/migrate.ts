import type { DataSource } from "typeorm";
import type { Logger } from "pino";

/**
 * Applies pending migrations. On MySQL a named lock makes several processes starting at
 * once take turns; the second finds nothing left to do.
 */
export async function runMigrations(ds: DataSource, log?: Logger): Promise<string[]> {
  if (ds.options.type !== "mysql") {
    const done = await ds.runMigrations({ transaction: "all" });
    return report(
      done.map((m) => m.name),
      log,
    );
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

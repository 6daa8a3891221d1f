/** `watchword migrate`: apply pending migrations (the one command, with serve, that may create a database). */
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { connectDatabase } from "../server.ts";
import { runMigrations } from "../db/migrate.ts";
import { announce } from "./instance.ts";

export async function run(config: Config, _args: string[]): Promise<void> {
  const log = createLogger(config.logLevel, pino.destination(2));
  announce(config);
  const ds = await connectDatabase(config, log, 10_000);
  try {
    const applied = await runMigrations(ds, log);
    process.stdout.write(
      applied.length ? `applied: ${applied.join(", ")}\n` : "database schema is up to date\n",
    );
  } finally {
    await ds.destroy();
  }
}

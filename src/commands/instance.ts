/** The server's database as the commands open it (src/db/instance.ts says what is refused). */
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { instanceLine } from "../db/instance.ts";
import { openDatabase } from "../server.ts";

/** Says on standard error which database and APP_URL the command uses, before opening it. */
export function announce(config: Config): void {
  process.stderr.write(`${instanceLine(config)}\n`);
}

/**
 * The server's database, for every command but serve and migrate: announced, and refused when it
 * is not there or was never migrated instead of created (src/db/instance.ts). `migrate: false`
 * checks the schema is current instead of migrating it.
 */
export async function openInstance(config: Config, log: Logger, options: { migrate?: boolean } = {}) {
  announce(config);
  const settings = options.migrate === false ? { ...config, migrateOnStart: false } : config;
  return openDatabase(settings, log, 10_000, { existingOnly: true });
}

/**
 * A CLI command works on the instance the server serves, never on a new one by accident: every
 * command but `serve` and `migrate` refuses a database that is not there (a SQLite path with no
 * file: opening it would create it, and `register-user` would then hand out a link to a server
 * that has never heard of the user) or that no migration was ever applied to (an empty MySQL
 * database, an empty file).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { describeDatabase, type Config } from "../config.ts";
import { cliCommand } from "../cliName.ts";
import { INSTALL_DIR } from "../envFile.ts";

/** The one line the operator sees; `cause` is what was found. */
export class NoInstanceError extends Error {}

const envFileOf = (config: Config): string => config.envFile ?? path.join(INSTALL_DIR, ".env");

function pointAt(config: Config): string {
  return (
    `set DATABASE_URL to the server's database (in the environment or in ${envFileOf(config)}), ` +
    `or run "${cliCommand()} migrate" to create a new instance there`
  );
}

/**
 * Before connecting (opening a SQLite path creates the file and its folder).
 * @throws NoInstanceError when the SQLite file is not there
 */
export function refuseMissingSqlite(config: Config): void {
  if (config.database.kind === "sqlite" && !existsSync(config.database.path))
    throw new NoInstanceError(
      `there is no SQLite database at ${config.database.path}, and this command does not create one: ${pointAt(config)}`,
    );
}

/**
 * After connecting: the database has the migrations table, so it is a Watchword instance (perhaps
 * one to migrate).
 * @throws NoInstanceError when no migration was ever applied
 */
export async function refuseUnmigrated(ds: DataSource, config: Config): Promise<void> {
  const table = (ds.options.migrationsTableName as string | undefined) ?? "migrations";
  const qr = ds.createQueryRunner();
  try {
    if (await qr.hasTable(table)) return;
  } finally {
    await qr.release();
  }
  throw new NoInstanceError(
    `the database ${describeDatabase(config.database)} holds no Watchword instance (no migration was ever applied), and this command does not create one: ${pointAt(config)}`,
  );
}

/** What a CLI command prints on standard error before it opens the database. */
export function instanceLine(config: Config): string {
  const settings = config.envFile
    ? `the environment and ${config.envFile}`
    : `the environment; there is no ${envFileOf(config)}`;
  return `watchword: database ${describeDatabase(config.database)}, APP_URL ${config.appUrl} (settings from ${settings})`;
}

/** `watchword backup --to FILE`: a consistent copy of the SQLite database while it serves. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { connectDatabase } from "../server.ts";
import { BackupError, backupSqlite } from "../db/backup.ts";
import { Db } from "../db/db.ts";
import { announce } from "./instance.ts";
import { fail, usageError } from "./output.ts";

export async function run(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { to: { type: "string" } }, strict: true });
  if (!values.to) usageError("backup needs --to FILE");
  const log = createLogger(config.logLevel, pino.destination(2));
  // no migration check: an old schema is worth a backup too (before `migrate`, for example)
  announce(config);
  const ds = await connectDatabase(config, log, 10_000, { existingOnly: true });
  const db = new Db(ds, { retryAfterSeconds: config.retryAfterSeconds, log });
  try {
    const { file, bytes } = await backupSqlite(db, values.to);
    process.stdout.write(`backup written: ${file} (${bytes} bytes, integrity ok)\n`);
  } catch (err) {
    if (err instanceof BackupError) fail(err.message);
    throw err;
  } finally {
    await db.dataSource.destroy();
  }
}

/** `watchword healthcheck`: database, migrations and server key; exit 1 when unhealthy. */
import { pino } from "pino";
import { cliCommand } from "../cliName.ts";
import type { Config } from "../config.ts";
import { NoInstanceError } from "../db/instance.ts";
import { createLogger } from "../logger.ts";
import { checkHealth } from "../domain/health/health.service.ts";
import { openInstance } from "./instance.ts";
import { fail } from "./output.ts";

export async function run(config: Config, _args: string[]): Promise<void> {
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log, { migrate: false }).catch((err: unknown) => {
    if (err instanceof NoInstanceError) fail(err.message);
    return undefined;
  });
  if (!db) fail(`database: cannot connect, or schema not up to date (run \`${cliCommand()} migrate\`)`);
  const report = await checkHealth(db);
  await db.dataSource.destroy();
  process.stdout.write(
    [
      `database connect: ${report.database.connect ? "ok" : "FAIL"}`,
      `database migrations current: ${report.database.migrations_current ? "ok" : "FAIL"}`,
      `server key: ${report.gpg.fingerprint ?? "MISSING (start the server once to generate it)"}`,
    ].join("\n") + "\n",
  );
  if (!report.healthy) process.exit(1);
}

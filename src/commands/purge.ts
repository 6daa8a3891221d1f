/** `watchword purge`: expired sessions, spent tokens and old mails deleted now. */
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { purgeExpired } from "../domain/maintenance/purge.ts";
import { openInstance } from "./instance.ts";

export async function run(config: Config, _args: string[]): Promise<void> {
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log);
  try {
    const counts = await purgeExpired(db, config);
    const tokens = Object.entries(counts.tokens).map(([type, n]) => `${type} ${n}`);
    process.stdout.write(
      `purged: sessions ${counts.sessions}, tokens: ${tokens.join(", ")}, mails ${counts.mails}\n`,
    );
  } finally {
    await db.dataSource.destroy();
  }
}

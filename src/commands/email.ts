/** `watchword email test --to ADDRESS | status`. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { outboxStatus, sendTestMail } from "../domain/email/email.cli.ts";
import { openInstance } from "./instance.ts";
import { fail, usageError } from "./output.ts";

export async function run(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === "test") {
    const { values } = parseArgs({ args: rest, options: { to: { type: "string" } }, strict: true });
    if (!values.to) usageError("email test needs --to ADDRESS");
    try {
      process.stdout.write(await sendTestMail(config, values.to));
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
    return;
  }
  if (sub !== "status") usageError('email needs "test --to ADDRESS" or "status"');
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log, { migrate: false });
  try {
    process.stdout.write(await outboxStatus(db, config));
  } finally {
    await db.dataSource.destroy();
  }
}

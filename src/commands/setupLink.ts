/** `watchword setup-link --username EMAIL`: a new setup link, or a recovery link for an active user. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { reissueSetupToken } from "../domain/users/users.setupLink.ts";
import { openInstance } from "./instance.ts";
import { usageError } from "./output.ts";

export async function run(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { username: { type: "string" } }, strict: true });
  if (!values.username) usageError("setup-link needs --username EMAIL");
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log);
  try {
    const { user, kind, link } = await reissueSetupToken(db, values.username, config.appUrl);
    process.stdout.write(
      kind === "recover"
        ? `account RECOVERY link for ${user.username} (id ${user.id}), who completed setup: open it in the ` +
            `new browser with the user's private key (recovery kit); earlier recovery links no longer work\n`
        : `new setup link for ${user.username} (id ${user.id}); earlier links no longer work\n`,
    );
    process.stdout.write(`${link}\n`);
  } finally {
    await db.dataSource.destroy();
  }
}

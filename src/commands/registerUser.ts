/** `watchword register-user`: an inactive user and the setup link, printed as the last line. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { registerUser, setupLink } from "../domain/users/users.service.ts";
import { sealAuditChain } from "../domain/audit/audit.chain.ts";
import { openInstance } from "./instance.ts";

export async function run(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: "string" },
      "first-name": { type: "string" },
      "last-name": { type: "string" },
      role: { type: "string", default: "user" },
    },
    strict: true,
  });
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log);
  try {
    const { user, token } = await registerUser(db, {
      username: values.username,
      first_name: values["first-name"],
      last_name: values["last-name"],
      role: values.role,
    });
    process.stdout.write(
      `user ${user.username} created (id ${user.id}), inactive until setup is completed\n`,
    );
    process.stdout.write(`${setupLink(config.appUrl, user.id, token)}\n`);
    await sealAuditChain(db, { log }).catch(() => undefined); // else the next server start seals it
  } finally {
    await db.dataSource.destroy();
  }
}

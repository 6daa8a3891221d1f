/** `watchword token --key FILE`: standard output gets the access token alone, standard error for whom and until when. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import {
  describeIssuedToken,
  findUserIdByKey,
  obtainAccessToken,
  readPassphrase,
} from "../domain/auth/tokenCommand.ts";
import { openInstance } from "./instance.ts";
import { usageError } from "./output.ts";

export async function run(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { key: { type: "string" }, url: { type: "string" }, "user-id": { type: "string" } },
    strict: true,
  });
  if (!values.key) usageError("token needs --key FILE (the user's armored private key)");
  const issued = await obtainAccessToken({
    keyFile: values.key,
    url: values.url ?? config.appUrl,
    userId: values["user-id"],
    passphrase: () => readPassphrase(`passphrase for ${values.key}: `),
    findUserId: async (fingerprint) => {
      const log = createLogger(config.logLevel, pino.destination(2));
      const db = await openInstance(config, log, { migrate: false });
      try {
        return await findUserIdByKey(db, fingerprint);
      } finally {
        await db.dataSource.destroy();
      }
    },
  });
  process.stdout.write(`${issued.accessToken}\n`);
  process.stderr.write(`${describeIssuedToken(issued)}\n`);
}

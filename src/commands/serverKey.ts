/** `watchword server-key passphrase [--plain]`: the server's private keys sealed again. */
import { parseArgs } from "node:util";
import { pino } from "pino";
import { cliCommand } from "../cliName.ts";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { reseal } from "../crypto/keyStore.ts";
import { MIN_PASSPHRASE_LENGTH } from "../crypto/atRest.ts";
import { openInstance } from "./instance.ts";
import { fail, usageError } from "./output.ts";

/** Standard input, whole (the new passphrase is piped in, never passed as an argument). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

export async function run(config: Config, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { plain: { type: "boolean", default: false } },
  });
  if (positionals.join(" ") !== "passphrase") usageError(`usage: watchword server-key passphrase [--plain]`);
  let next: string | undefined;
  if (!values.plain) {
    next = (await readStdin()).replace(/\r?\n$/, "");
    if (!next)
      fail(
        `pipe the new passphrase on standard input, e.g. \`${cliCommand()} server-key passphrase < new-passphrase.txt\` (or --plain)`,
      );
    if (next.length < MIN_PASSPHRASE_LENGTH)
      fail(`the new passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long`);
  }
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log);
  try {
    const kinds = await reseal(db, config.serverKeyPassphrase, next);
    if (!kinds.length) {
      process.stdout.write("no server keys are stored yet: the first start generates them\n");
      return;
    }
    process.stdout.write(
      next
        ? `server private keys (${kinds.join(", ")}) now encrypted with the new passphrase: give it to every server process as SERVER_KEY_PASSPHRASE before its next start\n`
        : `server private keys (${kinds.join(", ")}) now stored unencrypted: remove SERVER_KEY_PASSPHRASE from the server's settings\n`,
    );
  } finally {
    await db.dataSource.destroy();
  }
}

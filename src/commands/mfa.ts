/**
 * `watchword mfa providers [totp|none]`: which second factors the organisation allows, for an
 * operator without a browser (the same organization_settings row as PUT /mfa/settings.json).
 * Without an argument it prints the current choice. The users' own setups are kept either way.
 */
import { pino } from "pino";
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { CLI_ACTOR_ID, findOrgProviders, saveOrgProviders } from "../domain/mfa/mfa.settings.ts";
import { openInstance } from "./instance.ts";
import { usageError } from "./output.ts";

export async function run(config: Config, args: string[]): Promise<void> {
  const [sub, choice, ...extra] = args;
  if (sub !== "providers") usageError(`mfa needs "providers", got "${sub ?? ""}"`);
  if (extra.length) usageError(`mfa providers takes one argument, got "${args.slice(1).join(" ")}"`);
  if (choice !== undefined && choice !== "totp" && choice !== "none")
    usageError(`mfa providers: "${choice}" is not totp or none (Yubikey and Duo are not offered)`);
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log, { migrate: false });
  try {
    const providers =
      choice === undefined
        ? await db.read(findOrgProviders)
        : await saveOrgProviders(db, CLI_ACTOR_ID, choice === "totp" ? ["totp"] : []);
    const what = providers.length ? providers.join(", ") : "none";
    process.stdout.write(
      choice === undefined
        ? `multi-factor providers allowed: ${what}\n`
        : `multi-factor providers allowed: ${what} (users${providers.length ? " may now set up TOTP" : " sign in without a second factor"})\n`,
    );
  } finally {
    await db.dataSource.destroy();
  }
}

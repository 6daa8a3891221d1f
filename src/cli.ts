/**
 * The `watchword` command: serve, migrate, healthcheck, register-user, setup-link, audit verify,
 * backup, purge, email test|status, server-key passphrase, token, throttle list|clear, mfa providers. Reads the same settings as the
 * server (the environment and the install's .env, src/envFile.ts); every command but serve and
 * migrate refuses to create a database (src/db/instance.ts). Logs go to standard error so that
 * standard output carries only the command's answer (register-user prints the setup link as its
 * last line). Each command is a module of src/commands/, loaded only when it runs: `--help`, a
 * usage error and a bad setting answer without loading the server, the database driver or OpenPGP.
 */
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { EnvFileError, readSettings } from "./envFile.ts";
import { commandHelp, isUsageError, suggestCommand, wantsHelp } from "./cliUsage.ts";
import { describe, fail, usageError } from "./commands/output.ts";

const EXIT_CODES = `
exit codes: 0 done, 1 the command failed (or the configuration is invalid), 2 a usage error
(unknown command or option, missing argument). watchword <command> --help shows one command.
`;

const USAGE = `usage: watchword <command> [options]

commands:
  serve                      start the HTTP server (foreground)
  migrate                    apply pending database migrations
  healthcheck                check database, migrations and server key; exit 1 if unhealthy
  register-user --username EMAIL --first-name F --last-name L --role admin|user
                             create an inactive user and print the setup link
  setup-link --username EMAIL
                             print a new setup link for an invited user, or an account recovery
                             link for an active one (older links of that kind stop working)
  audit verify [--anchor POS:HASH] [--no-seal]
                             seal pending audit entries, then check the whole hash chain;
                             exit 1 naming the first entry altered or removed
  backup --to FILE           write a consistent copy of the SQLite database while it serves
                             (MySQL/MariaDB: use mysqldump --single-transaction)
  purge                      delete expired sessions and spent tokens now (the server also
                             does it every PURGE_INTERVAL_SECONDS)
  email test --to ADDRESS    send one mail now through SMTP_URL and print the server's answer
  email status               the outbox: queued, failed and sent mails, and the last error
  server-key passphrase [--plain]
                             re-encrypt the server's private keys with the new passphrase read
                             from standard input (the current one from SERVER_KEY_PASSPHRASE);
                             --plain stores them unencrypted
  token --key FILE [--url URL] [--user-id ID]
                             log in with JWT as the owner of the armored private key FILE and
                             print an access token (for /docs or curl); passphrase from
                             WATCHWORD_KEY_PASSPHRASE or one line of standard input; --url
                             defaults to APP_URL, --user-id to the key's user in the database
  throttle list [--address A] [--account U]
                             the failed login and setup attempts counted in their window, per
                             client address and per account, throttled ones first (U: a
                             username, user id or key fingerprint; limits as configured here)
  throttle clear --address A | --account U | --all
                             delete those counters: that client or account may try again at
                             once (running servers see it within a second)
  mfa providers [totp|none]  allow TOTP as a second factor for the organisation, or none;
                             without an argument, print what is allowed
`;

interface Command {
  run(config: Config, args: string[]): Promise<void>;
}

/** The commands main() knows, each loaded when it runs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: () => import("./commands/serve.ts"),
  migrate: () => import("./commands/migrate.ts"),
  healthcheck: () => import("./commands/healthcheck.ts"),
  "setup-link": () => import("./commands/setupLink.ts"),
  "register-user": () => import("./commands/registerUser.ts"),
  audit: () => import("./commands/audit.ts"),
  purge: () => import("./commands/purge.ts"),
  backup: () => import("./commands/backup.ts"),
  email: () => import("./commands/email.ts"),
  "server-key": () => import("./commands/serverKey.ts"),
  token: () => import("./commands/token.ts"),
  throttle: () => import("./commands/throttle.ts"),
  mfa: () => import("./commands/mfa.ts"),
};
/** Those that take no argument at all. */
const NO_ARGUMENTS = new Set(["serve", "migrate", "healthcheck", "purge"]);

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE + EXIT_CODES);
    return;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    const near = suggestCommand(command, Object.keys(COMMANDS));
    usageError(
      `unknown command "${command}"${near ? `: did you mean "${near}"?` : ""} (watchword --help lists them)`,
    );
  }
  // help changes nothing: before the configuration is read or any database opened
  if (wantsHelp(rest)) {
    process.stdout.write(commandHelp(USAGE, command) ?? USAGE);
    return;
  }
  if (NO_ARGUMENTS.has(command) && rest.length)
    usageError(`${command} takes no arguments, got "${rest.join(" ")}" (watchword ${command} --help)`);
  let config: Config;
  try {
    const settings = readSettings(process.env);
    config = { ...loadConfig(settings.env), envFile: settings.file };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof EnvFileError)
      fail(`invalid configuration: ${err.message}`);
    throw err;
  }
  try {
    await (await load()).run(config, rest);
  } catch (err) {
    if (isUsageError(err)) usageError(`${describe(err)} (watchword ${command} --help)`);
    fail(describe(err));
  }
}

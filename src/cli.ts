/**
 * The `watchword` command: serve, migrate, healthcheck, register-user, setup-link, audit verify,
 * backup, purge, email test|status, server-key passphrase, token, throttle list|clear. Reads the same settings as the
 * server (the environment and the install's .env, src/envFile.ts); every command but serve and
 * migrate refuses to create a database (src/db/instance.ts). Logs go to standard error so that
 * standard output carries only the command's answer (register-user prints the setup link as its
 * last line).
 */
import { parseArgs } from "node:util";
import { pino, type Logger } from "pino";
import { cliCommand } from "./cliName.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { EnvFileError, readSettings } from "./envFile.ts";
import { instanceLine, NoInstanceError } from "./db/instance.ts";
import { createLogger } from "./logger.ts";
import { connectDatabase, openDatabase, startServer } from "./server.ts";
import { runMigrations } from "./db/migrate.ts";
import { checkHealth } from "./domain/health/health.service.ts";
import { registerUser, setupLink } from "./domain/users/users.service.ts";
import { AppError } from "./http/errors.ts";
import { sealAuditChain } from "./domain/audit/audit.chain.ts";
import { reissueSetupToken } from "./domain/users/users.setupLink.ts";
import { verifyAuditChain, type ChainAnchor } from "./domain/audit/audit.verify.ts";
import { purgeExpired } from "./domain/maintenance/purge.ts";
import { BackupError, backupSqlite } from "./db/backup.ts";
import { Db } from "./db/db.ts";
import { reseal } from "./crypto/keyStore.ts";
import { MIN_PASSPHRASE_LENGTH } from "./crypto/atRest.ts";
import { outboxStatus, sendTestMail } from "./domain/email/email.cli.ts";
import {
  addressKeyOf,
  clearThrottles,
  describeCounter,
  listThrottles,
  ThrottleFilterError,
} from "./domain/maintenance/throttles.ts";
import { BLOCK_RECHECK_MS } from "./http/throttle.ts";
import { stopWhenOrphaned } from "./parentWatch.ts";
import { commandHelp, EXIT_USAGE, isUsageError, suggestCommand, wantsHelp } from "./cliUsage.ts";
import {
  describeIssuedToken,
  findUserIdByKey,
  obtainAccessToken,
  readPassphrase,
} from "./domain/auth/tokenCommand.ts";

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
`;

function fail(message: string): never {
  process.stderr.write(`watchword: ${message}\n`);
  process.exit(1);
}

function describe(err: unknown): string {
  if (err instanceof AppError) {
    const detail = typeof err.body === "object" && err.body ? ` ${JSON.stringify(err.body)}` : "";
    return `${err.message}${detail}`;
  }
  return err instanceof Error ? err.message : String(err);
}

/** Says on standard error which database and APP_URL the command uses, before opening it. */
function announce(config: Config): void {
  process.stderr.write(`${instanceLine(config)}\n`);
}

/**
 * The server's database, for every command but serve and migrate: announced, and refused when it
 * is not there or was never migrated instead of created (src/db/instance.ts). `migrate: false`
 * checks the schema is current instead of migrating it.
 */
async function openInstance(config: Config, log: Logger, options: { migrate?: boolean } = {}) {
  announce(config);
  const settings = options.migrate === false ? { ...config, migrateOnStart: false } : config;
  return openDatabase(settings, log, 10_000, { existingOnly: true });
}

async function serve(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    server.close().then(
      () => {
        log.info("stopped");
        log.flush();
        setTimeout(() => process.exit(0), 50);
      },
      (err) => {
        log.error({ err }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  stopWhenOrphaned(process.env, stop);
}

async function migrate(config: Config): Promise<void> {
  const log = createLogger(config.logLevel, pino.destination(2));
  announce(config);
  const ds = await connectDatabase(config, log, 10_000);
  try {
    const applied = await runMigrations(ds, log);
    process.stdout.write(
      applied.length ? `applied: ${applied.join(", ")}\n` : "database schema is up to date\n",
    );
  } finally {
    await ds.destroy();
  }
}

async function healthcheck(config: Config): Promise<void> {
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

async function backupCommand(config: Config, args: string[]): Promise<void> {
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

async function purgeCommand(config: Config): Promise<void> {
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

async function emailCommand(config: Config, args: string[]): Promise<void> {
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

/** Standard input, whole (the new passphrase is piped in, never passed as an argument). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

async function serverKeyCommand(config: Config, args: string[]): Promise<void> {
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

/** `token`: standard output gets the access token alone, standard error for whom and until when. */
async function tokenCommand(config: Config, args: string[]): Promise<void> {
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

async function registerUserCommand(config: Config, args: string[]): Promise<void> {
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

async function setupLinkCommand(config: Config, args: string[]): Promise<void> {
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

function parseAnchor(raw: string | undefined): ChainAnchor | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+):([0-9a-f]{64})$/i.exec(raw.trim());
  if (!m) usageError(`--anchor must be POS:HASH (a chain position and a 64-hex-digit hash), got "${raw}"`);
  return { chainPos: Number(m[1]), hash: m[2]!.toLowerCase() };
}

/**
 * `audit verify`: seals what is pending, walks the chain, prints the result and the head (to
 * record outside the database: a later `--anchor POS:HASH` proves the chain up to it intact).
 * Exit code 1 when the chain is broken.
 */
async function auditCommand(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "verify") usageError(`unknown audit command "${sub ?? ""}" (expected: audit verify)`);
  const { values } = parseArgs({
    args: rest,
    options: { anchor: { type: "string" }, "no-seal": { type: "boolean", default: false } },
    strict: true,
  });
  const anchor = parseAnchor(values.anchor);
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log);
  try {
    const report = await verifyAuditChain(db, { seal: !values["no-seal"], anchor });
    const head = `head: chain_pos ${report.head.chainPos} hash ${report.head.hash}`;
    const pending = report.unsealed
      ? `, ${report.unsealed} entries not sealed yet (transactions in flight)`
      : "";
    if (report.ok) {
      process.stdout.write(`audit chain OK: ${report.verified} entries verified${pending}\n${head}\n`);
      return;
    }
    const p = report.problem!;
    const named =
      p.seq !== undefined
        ? ` [seq ${p.seq}, id ${p.id}, chain_pos ${p.chainPos}]`
        : ` [chain_pos ${p.chainPos}]`;
    process.stdout.write(
      `audit chain BROKEN: ${p.message}${named}\n${report.verified} entries verified before it\n${head}\n`,
    );
    process.exitCode = 1;
  } finally {
    await db.dataSource.destroy();
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * `throttle list|clear`: the counters are rows of the shared `throttle` table, so this reaches
 * every server process (src/domain/maintenance/throttles.ts).
 */
async function throttleCommand(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "list" && sub !== "clear")
    usageError(`throttle needs "list" or "clear", got "${sub ?? ""}" (watchword throttle --help)`);
  const { values } = parseArgs({
    args: rest,
    options: {
      address: { type: "string" },
      account: { type: "string" },
      ...(sub === "clear" ? { all: { type: "boolean" as const, default: false } } : {}),
    },
    strict: true,
  });
  const filter = { address: values.address, account: values.account };
  const all = (values as { all?: boolean }).all === true;
  // usage errors before the database is opened
  try {
    if (filter.address !== undefined) addressKeyOf(filter.address);
  } catch (err) {
    usageError((err as Error).message);
  }
  if (sub === "clear" && filter.address === undefined && filter.account === undefined && !all)
    usageError("throttle clear needs --address A, --account U or --all");
  if (all && (filter.address !== undefined || filter.account !== undefined))
    usageError("throttle clear: --all cannot be given with --address or --account");
  const log = createLogger(config.logLevel, pino.destination(2));
  const db = await openInstance(config, log, { migrate: false });
  try {
    if (sub === "list") {
      const counters = await listThrottles(db, config, filter);
      const throttled = counters.filter((c) => c.throttled).length;
      process.stdout.write(
        counters.length
          ? `${counters.map(describeCounter).join("\n")}\n${plural(counters.length, "counter")}, ${throttled} throttled\n`
          : "no failed attempts counted in the current windows\n",
      );
      return;
    }
    const cleared = await clearThrottles(db, config, filter, all);
    process.stdout.write(
      cleared.length
        ? `cleared ${plural(cleared.length, "counter")}:\n${cleared.map(describeCounter).join("\n")}\n` +
            `running servers let these clients and accounts try again within ${BLOCK_RECHECK_MS / 1000} s\n`
        : "no counter matched: nothing to clear\n",
    );
  } catch (err) {
    if (err instanceof ThrottleFilterError) fail(err.message);
    throw err;
  } finally {
    await db.dataSource.destroy();
  }
}

/** The commands main() knows, and those that take no argument at all. */
const COMMANDS = [
  "serve",
  "migrate",
  "healthcheck",
  "setup-link",
  "register-user",
  "audit",
  "purge",
  "backup",
  "email",
  "server-key",
  "token",
  "throttle",
] as const;
const NO_ARGUMENTS = new Set(["serve", "migrate", "healthcheck", "purge"]);

function usageError(message: string): never {
  process.stderr.write(`watchword: ${message}\n`);
  process.exit(EXIT_USAGE);
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE + EXIT_CODES);
    return;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    const near = suggestCommand(command, COMMANDS);
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
    switch (command) {
      case "serve":
        return await serve(config);
      case "migrate":
        return await migrate(config);
      case "healthcheck":
        return await healthcheck(config);
      case "setup-link":
        return await setupLinkCommand(config, rest);
      case "register-user":
        return await registerUserCommand(config, rest);
      case "audit":
        return await auditCommand(config, rest);
      case "purge":
        return await purgeCommand(config);
      case "backup":
        return await backupCommand(config, rest);
      case "email":
        return await emailCommand(config, rest);
      case "server-key":
        return await serverKeyCommand(config, rest);
      case "token":
        return await tokenCommand(config, rest);
      case "throttle":
        return await throttleCommand(config, rest);
    }
  } catch (err) {
    if (isUsageError(err)) usageError(`${describe(err)} (watchword ${command} --help)`);
    fail(describe(err));
  }
}

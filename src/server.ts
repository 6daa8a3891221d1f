/**
 * Starting and stopping the server: connect (with retries), migrate, load the server key,
 * listen; on SIGTERM/SIGINT stop accepting, let requests in flight finish, close the pool.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { cliCommand } from "./cliName.ts";
import { describeDatabase as describeDb, type Config } from "./config.ts";
import type { AppDeps } from "./deps.ts";
import { buildDataSource } from "./db/dataSource.ts";
import { Db } from "./db/db.ts";
import { isRetryableTransactionError, permanentConnectError } from "./db/dbErrors.ts";
import { sqliteNotWritable } from "./db/sqliteFile.ts";
import { refuseMissingSqlite, refuseUnmigrated } from "./db/instance.ts";
import { runMigrations, migrationsAreCurrent } from "./db/migrate.ts";
import { ensureServerKey } from "./crypto/serverKey.ts";
import { createApp, type AppPiece } from "./app.ts";
import { ensureJwtKeys } from "./domain/auth/jwt.keys.ts";
import { Throttle } from "./http/throttle.ts";
import { AuditSealer } from "./domain/audit/audit.sealer.ts";
import { Purger } from "./domain/maintenance/purger.ts";
import { createMetrics, serveMetrics } from "./http/metrics.ts";
import { drainServer } from "./http/drain.ts";
import { MailSender } from "./domain/email/email.sender.ts";

export class StartupError extends Error {}

const describeDatabase = (config: Config): string => describeDb(config.database);

export interface ConnectOptions {
  /**
   * Refuse a database that is not there or was never migrated, instead of creating one (every
   * CLI command but serve and migrate: src/db/instance.ts).
   */
  existingOnly?: boolean;
}

/** Connects to the database, retrying while it is unreachable, up to `timeoutMs`. */
export async function connectDatabase(
  config: Config,
  log: Logger,
  timeoutMs = 30_000,
  options: ConnectOptions = {},
): Promise<DataSource> {
  const sqlite = config.database.kind === "sqlite";
  if (options.existingOnly) refuseMissingSqlite(config);
  if (config.database.kind === "sqlite") {
    const readOnly = sqliteNotWritable(config.database.path);
    if (readOnly) throw new StartupError(readOnly);
  }
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const ds = buildDataSource(config.database);
    try {
      await ds.initialize();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      // a SQLite file is there or not: only a lock held by another process is worth waiting for
      if (sqlite && !isRetryableTransactionError(err))
        throw new StartupError(`cannot open the database ${describeDatabase(config)}: ${reason}`);
      // a wrong password or database name does not fix itself: no 30 s of "not reachable yet"
      const permanent = permanentConnectError(err);
      if (permanent)
        throw new StartupError(`cannot connect to the database ${describeDatabase(config)}: ${permanent}`);
      if (Date.now() >= deadline)
        throw new StartupError(`cannot connect to the database ${describeDatabase(config)}: ${reason}`);
      log.warn({ attempt, reason }, "database not reachable yet, retrying");
      await new Promise((r) => setTimeout(r, Math.min(2000, 200 * attempt)));
      continue;
    }
    if (options.existingOnly)
      await refuseUnmigrated(ds, config).catch(async (err) => {
        await ds.destroy().catch(() => undefined);
        throw err;
      });
    return ds;
  }
}

/** Opens the database and brings its schema up to date (or checks it is, with MIGRATE_ON_START=false). */
export async function openDatabase(
  config: Config,
  log: Logger,
  timeoutMs?: number,
  options: ConnectOptions = {},
): Promise<Db> {
  const ds = await connectDatabase(config, log, timeoutMs, options);
  const db = new Db(ds, { retryAfterSeconds: config.retryAfterSeconds, log });
  if (config.migrateOnStart) await runMigrations(ds, log);
  else if (!(await migrationsAreCurrent(ds)))
    throw new StartupError(
      `the database schema is not up to date: run \`${cliCommand()} migrate\` (MIGRATE_ON_START=false)`,
    );
  return db;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  deps: AppDeps;
  /** The Prometheus endpoint, when METRICS_PORT is set. */
  metricsUrl?: string;
  /** Stops accepting, waits for requests in flight (up to the shutdown timeout), closes the pool. */
  close(): Promise<void>;
}

/** The server's key pairs; a key that cannot be opened stops the start (the pool closed first). */
async function loadKeys(db: Db, config: Config, log: Logger) {
  try {
    const serverKey = await ensureServerKey(db, config.serverKeyType, config.serverKeyPassphrase);
    if (serverKey.created) log.info({ fingerprint: serverKey.fingerprint }, "server OpenPGP key generated");
    const jwtKeys = await ensureJwtKeys(db, config.serverKeyPassphrase);
    if (serverKey.sealedNow || jwtKeys.sealedNow)
      log.info("server private keys now stored encrypted with SERVER_KEY_PASSPHRASE");
    return { serverKey, jwtKeys };
  } catch (err) {
    await db.dataSource.destroy().catch(() => undefined);
    throw err;
  }
}

export async function startServer(
  config: Config,
  log: Logger,
  options: { adjustApp?: (pieces: AppPiece[]) => AppPiece[] } = {},
): Promise<RunningServer> {
  const db = await openDatabase(config, log);
  const { serverKey, jwtKeys } = await loadKeys(db, config, log);
  const throttle = new Throttle(db, config.throttle);
  const auditSealer = new AuditSealer(db, log, config.auditSealIntervalSeconds * 1000);
  auditSealer.start();
  auditSealer.schedule(); // entries left unsealed by a previous run or the CLI
  const purger = new Purger(db, config, log);
  purger.start();
  const metrics = config.metricsPort === undefined ? undefined : createMetrics(db);
  const mailSender = config.mail ? new MailSender(db, config.mail, log) : undefined;
  mailSender?.start();
  const deps: AppDeps = { config, db, log, serverKey, jwtKeys, throttle, auditSealer, metrics, mailSender };
  const app = createApp(deps, options.adjustApp);

  let closing = false;
  const server = http.createServer(app.callback());
  server.keepAliveTimeout = 5000;
  server.on("request", (_req, res) => {
    if (closing) res.setHeader("Connection", "close");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const metricsServer = metrics
    ? await serveMetrics(metrics, config.metricsHost, config.metricsPort!).catch(
        (err: NodeJS.ErrnoException) => {
          server.close();
          throw new StartupError(
            `METRICS_PORT: cannot listen on ${config.metricsHost}:${config.metricsPort} (${err.code ?? err.message})`,
          );
        },
      )
    : undefined;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  log.info(
    {
      url,
      appUrl: config.appUrl,
      database: describeDatabase(config),
      envFile: config.envFile,
      fingerprint: serverKey.fingerprint,
      privateKeysAtRest: config.serverKeyPassphrase ? "encrypted" : "plain",
      mail: config.mail
        ? `${config.mail.safeUrl} from ${config.mail.from}`
        : `off: no SMTP_URL, links by ${cliCommand()} setup-link`,
      metrics: metricsServer?.url,
    },
    "listening",
  );

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      closing = true;
      await drainServer(server, {
        settleMs: 50,
        acceptMaxMs: 2000,
        quietMs: 250,
        timeoutMs: config.shutdownTimeoutMs,
        log,
      });
      await metricsServer?.close();
      await purger.stop();
      await mailSender?.stop();
      await auditSealer.stop();
      await db.dataSource.destroy().catch(() => undefined);
    })());

  return { url, port, db, deps, close, metricsUrl: metricsServer?.url };
}

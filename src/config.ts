/**
 * The only reader of process.env. Every setting is parsed and validated here; a bad value
 * stops the process at start with one line naming the variable (see main.ts and cli.ts).
 */
import path from "node:path";

export type DatabaseConfig =
  { kind: "mysql"; url: string; poolSize: number } | { kind: "sqlite"; path: string };

export type ServerKeyType = "curve25519" | "rsa3072" | "rsa4096";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface Config {
  port: number;
  host: string;
  /** Public base URL without a trailing slash, e.g. https://vault.example.com */
  appUrl: string;
  database: DatabaseConfig;
  logLevel: LogLevel;
  migrateOnStart: boolean;
  bodyLimitBytes: number;
  serverKeyType: ServerKeyType;
  shutdownTimeoutMs: number;
  /** Seconds announced in Retry-After while the database is unreachable. */
  retryAfterSeconds: number;
  /** Register (setup) token lifetime. */
  registerTokenTtlSeconds: number;
  /** Cookie sessions end after this much inactivity... */
  sessionIdleSeconds: number;
  /** ...and at the latest this long after login. */
  sessionMaxSeconds: number;
  /** GpgAuth stage-1 nonce lifetime. */
  loginTokenTtlSeconds: number;
  /** JWT access token lifetime. */
  accessTokenTtlSeconds: number;
  /** JWT refresh token lifetime. */
  refreshTokenTtlSeconds: number;
  /** How far in the future a JWT challenge's verify_token_expiry may lie. */
  verifyTokenMaxSeconds: number;
  /** Cookies get the Secure flag (APP_URL is https). */
  secureCookies: boolean;
  /** Largest accepted armored secret (`secrets[].data`), in bytes. */
  secretMaxBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const KEY_TYPES: ServerKeyType[] = ["curve25519", "rsa3072", "rsa4096"];

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw.trim());
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = raw.trim().toLowerCase() as T;
  if (!allowed.includes(value))
    throw new ConfigError(name, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const v = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function bytes(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const m = /^(\d+)\s*(b|kb|k|mb|m)?$/i.exec(raw.trim());
  if (!m) throw new ConfigError(name, `must be a size such as 512kb or 8mb, got "${raw}"`);
  const unit = (m[2] ?? "b").toLowerCase();
  const factor = unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1;
  const value = Number(m[1]) * factor;
  if (value < 1024) throw new ConfigError(name, "must be at least 1kb");
  return value;
}

/** Hides the password of a database URL so that it can be printed. */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return raw.replace(/:[^:@/]*@/, ":***@");
  }
}

function database(env: Env, cwd: string): DatabaseConfig {
  const name = "DATABASE_URL";
  const raw = env[name]?.trim() || "sqlite:var/watchword.sqlite";
  if (raw.startsWith("sqlite:")) {
    const file = raw.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!file)
      throw new ConfigError(name, 'a sqlite URL needs a file path, e.g. "sqlite:var/watchword.sqlite"');
    return { kind: "sqlite", path: path.resolve(cwd, file) };
  }
  if (/^(mysql|mariadb):\/\//.test(raw)) {
    let u: URL;
    try {
      u = new URL(raw.replace(/^mariadb:/, "mysql:"));
    } catch {
      throw new ConfigError(name, `is not a valid URL: "${redactUrl(raw)}"`);
    }
    if (!u.hostname)
      throw new ConfigError(name, "needs a host, e.g. mysql://user:pass@127.0.0.1:3306/watchword");
    if (u.pathname.length < 2)
      throw new ConfigError(name, "needs a database name, e.g. mysql://user:pass@127.0.0.1:3306/watchword");
    return { kind: "mysql", url: u.toString(), poolSize: integer(env, "DATABASE_POOL_SIZE", 10, 1, 500) };
  }
  throw new ConfigError(
    name,
    `must be mysql://user:pass@host:port/db or sqlite:<path>, got "${redactUrl(raw)}"`,
  );
}

function appUrl(env: Env, port: number): string {
  const raw = env.APP_URL?.trim() || `http://127.0.0.1:${port}`;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError("APP_URL", `must be an absolute http(s) URL, got "${raw}"`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new ConfigError("APP_URL", `must use http or https, got "${raw}"`);
  if (u.search || u.hash) throw new ConfigError("APP_URL", "must not carry a query string or fragment");
  return u.toString().replace(/\/+$/, "");
}

/**
 * Reads the whole configuration.
 * @throws ConfigError naming the first variable with a bad value
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const port = integer(env, "PORT", 8080, 0, 65535);
  const host = env.HOST?.trim() || "127.0.0.1";
  const url = appUrl(env, port);
  return {
    port,
    host,
    appUrl: url,
    database: database(env, cwd),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    migrateOnStart: bool(env, "MIGRATE_ON_START", true),
    bodyLimitBytes: bytes(env, "BODY_LIMIT", 8 * 1024 * 1024),
    serverKeyType: oneOf(env, "SERVER_KEY_TYPE", KEY_TYPES, "curve25519"),
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_MS", 8000, 100, 600_000),
    retryAfterSeconds: integer(env, "RETRY_AFTER_SECONDS", 5, 1, 3600),
    registerTokenTtlSeconds: integer(env, "REGISTER_TOKEN_TTL_SECONDS", 10 * 24 * 3600, 60, 365 * 24 * 3600),
    sessionIdleSeconds: integer(env, "SESSION_IDLE_SECONDS", 24 * 60, 60, 30 * 24 * 3600),
    sessionMaxSeconds: integer(env, "SESSION_MAX_SECONDS", 12 * 3600, 300, 365 * 24 * 3600),
    loginTokenTtlSeconds: integer(env, "LOGIN_TOKEN_TTL_SECONDS", 300, 10, 3600),
    accessTokenTtlSeconds: integer(env, "ACCESS_TOKEN_TTL_SECONDS", 300, 10, 24 * 3600),
    refreshTokenTtlSeconds: integer(env, "REFRESH_TOKEN_TTL_SECONDS", 30 * 24 * 3600, 60, 365 * 24 * 3600),
    verifyTokenMaxSeconds: integer(env, "VERIFY_TOKEN_MAX_SECONDS", 3600, 60, 24 * 3600),
    secureCookies: url.startsWith("https:"),
    secretMaxBytes: bytes(env, "SECRET_MAX_BYTES", 256 * 1024),
  };
}

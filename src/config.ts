/**
 * The only reader of process.env. Every setting is parsed and validated here; a bad value
 * stops the process at start with one line naming the variable (see cli.ts).
 */
import { readFileSync } from "node:fs";
import { mailConfig, type MailConfig } from "./mailConfig.ts";
import { isIP } from "node:net";
import { MIN_PASSPHRASE_LENGTH } from "./crypto/atRest.ts";
import path from "node:path";
import { INSTALL_DIR } from "./envFile.ts";

export type DatabaseConfig =
  | { kind: "mysql"; url: string; poolSize: number }
  | {
      kind: "sqlite";
      path: string;
      /** PRAGMA synchronous: "full" (a committed write survives a power loss) or "normal". */
      synchronous: "full" | "normal";
    };

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
  /** Seals the server's private keys in the database (src/crypto/atRest.ts); undefined: stored plain. */
  serverKeyPassphrase: string | undefined;
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
  /** Throttling of login, refresh and setup attempts (src/http/throttle.ts). */
  throttle: ThrottleConfig;
  /** Who may stand between the client and us: their forwarded header names the client. */
  trustedProxy: TrustedProxyConfig;
  /** Origins allowed to call the API from a browser page (CORS); empty: none. */
  cors: CorsConfig;
  /** Limits on the shape of a request, checked before any work (src/http/limits.ts). */
  limits: RequestLimits;
  /** How often each server process seals pending audit entries into the hash chain. */
  auditSealIntervalSeconds: number;
  /** How often each server process purges expired sessions and spent tokens; 0: never. */
  purgeIntervalSeconds: number;
  /** Port of the Prometheus endpoint (GET /metrics); undefined: not served. */
  metricsPort: number | undefined;
  metricsHost: string;
  /** SMTP delivery (src/mailConfig.ts); undefined: no mail is sent. */
  mail: MailConfig | undefined;
  /** The name in mail subjects and pages (INSTANCE_NAME, default "Watchword"). */
  instanceName: string;
  /** The settings file read besides the environment (src/envFile.ts), if any; set by cli.ts. */
  envFile?: string;
}

export interface ThrottleConfig {
  enabled: boolean;
  /** Failures per account (key fingerprint, user id) within the window before 429. */
  accountLimit: number;
  /** Failures per client address within the window before 429. */
  addressLimit: number;
  windowSeconds: number;
  /**
   * Failed second-factor codes (src/domain/mfa/) counted per user within the window: past this
   * many the session ends (JWT: the refresh tokens are revoked too). 0: unlimited.
   */
  mfaFailureLimit: number;
}

export interface TrustedProxyConfig {
  /** IP addresses and CIDR ranges of trusted proxies; empty: the TCP peer is the client. */
  proxies: string[];
  /** Lower-case header the trusted proxies set, e.g. x-forwarded-for. */
  header: string;
}

export interface CorsConfig {
  /** Exact origins (scheme://host[:port]); `*` allows any origin (never with credentials). */
  origins: string[];
  allowCredentials: boolean;
}

export interface RequestLimits {
  /** Deepest nesting of a JSON body (objects and arrays). */
  jsonDepth: number;
  /** Most items in any one array of a body (secrets, permissions, groups_users...). */
  arrayItems: number;
  /** Most keys in any one object of a body. */
  objectKeys: number;
  /** Longest string anywhere in a body (keys included), in characters. */
  stringLength: number;
  /** Most query-string parameters (each value of a repeated key counts). */
  queryParams: number;
  /**
   * Longest query string, in characters. Node refuses a request whose headers (the request line
   * included) pass 16 kB with a bare 431 before we see it: keep this well under that.
   */
  queryLength: number;
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

function list(env: Env, name: string): string[] {
  return (env[name] ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** TRUSTED_PROXY: comma-separated addresses or CIDR ranges (IPv4 or IPv6), checked here once. */
function trustedProxies(env: Env): string[] {
  const name = "TRUSTED_PROXY";
  const values = list(env, name);
  for (const v of values) {
    const [address, bits, extra] = v.split("/");
    const family = isIP(address ?? "");
    const max = family === 6 ? 128 : 32;
    const badBits = bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > max);
    if (!family || badBits || extra !== undefined)
      throw new ConfigError(name, `must be IP addresses or CIDR ranges separated by commas, got "${v}"`);
  }
  return values;
}

function corsOrigins(env: Env): string[] {
  const name = "CORS_ORIGINS";
  return list(env, name).map((v) => {
    if (v === "*") return v;
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      throw new ConfigError(name, `must be origins such as https://app.example.com, got "${v}"`);
    }
    if ((u.protocol !== "http:" && u.protocol !== "https:") || u.origin !== v.replace(/\/$/, ""))
      throw new ConfigError(name, `must be origins (scheme://host[:port], no path), got "${v}"`);
    return u.origin;
  });
}

function header(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!/^[a-z0-9-]+$/.test(raw)) throw new ConfigError(name, `must be an HTTP header name, got "${raw}"`);
  return raw;
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

/** The database in one line, its password hidden: `sqlite:/abs/path` or `mysql://user:***@host:port/db`. */
export function describeDatabase(db: DatabaseConfig): string {
  return db.kind === "mysql" ? redactUrl(db.url) : `sqlite:${db.path}`;
}

function database(env: Env, baseDir: string): DatabaseConfig {
  const name = "DATABASE_URL";
  const raw = env[name]?.trim() || "sqlite:var/watchword.sqlite";
  if (raw.startsWith("sqlite:")) {
    const file = raw.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!file)
      throw new ConfigError(name, 'a sqlite URL needs a file path, e.g. "sqlite:var/watchword.sqlite"');
    return {
      kind: "sqlite",
      path: path.resolve(baseDir, file),
      synchronous: oneOf(env, "SQLITE_SYNCHRONOUS", ["full", "normal"], "full"),
    };
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

function cors(env: Env): CorsConfig {
  const origins = corsOrigins(env);
  const allowCredentials = bool(env, "CORS_ALLOW_CREDENTIALS", false);
  if (allowCredentials && origins.includes("*"))
    throw new ConfigError("CORS_ALLOW_CREDENTIALS", "cannot be true when CORS_ORIGINS is *");
  return { origins, allowCredentials };
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
 * SERVER_KEY_PASSPHRASE, or the content of the file SERVER_KEY_PASSPHRASE_FILE names (a secret
 * mounted by Docker or systemd; one trailing newline dropped). Never echoed in a message.
 */
function serverKeyPassphrase(env: Env, baseDir: string): string | undefined {
  const direct = env.SERVER_KEY_PASSPHRASE;
  const file = env.SERVER_KEY_PASSPHRASE_FILE?.trim();
  if (direct && file)
    throw new ConfigError("SERVER_KEY_PASSPHRASE_FILE", "cannot be set together with SERVER_KEY_PASSPHRASE");
  let name = "SERVER_KEY_PASSPHRASE";
  let value = direct;
  if (file) {
    name = "SERVER_KEY_PASSPHRASE_FILE";
    try {
      value = readFileSync(path.resolve(baseDir, file), "utf8").replace(/\r?\n$/, "");
    } catch (err) {
      throw new ConfigError(
        name,
        `cannot read "${file}" (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    if (!value) throw new ConfigError(name, `"${file}" is empty`);
  }
  if (!value) return undefined;
  if (value.length < MIN_PASSPHRASE_LENGTH)
    throw new ConfigError(name, `must be at least ${MIN_PASSPHRASE_LENGTH} characters long`);
  return value;
}

/**
 * Reads the whole configuration. Relative paths (a sqlite: DATABASE_URL, the *_FILE variables)
 * are resolved against `baseDir`, the install directory by default, never the working
 * directory: the server and a CLI command started anywhere find the same files.
 * @throws ConfigError naming the first variable with a bad value
 */
export function loadConfig(env: Env = process.env, baseDir: string = INSTALL_DIR): Config {
  const port = integer(env, "PORT", 8080, 0, 65535);
  const host = env.HOST?.trim() || "127.0.0.1";
  const url = appUrl(env, port);
  return {
    port,
    host,
    appUrl: url,
    database: database(env, baseDir),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    migrateOnStart: bool(env, "MIGRATE_ON_START", true),
    bodyLimitBytes: bytes(env, "BODY_LIMIT", 8 * 1024 * 1024),
    serverKeyType: oneOf(env, "SERVER_KEY_TYPE", KEY_TYPES, "curve25519"),
    serverKeyPassphrase: serverKeyPassphrase(env, baseDir),
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
    throttle: {
      enabled: bool(env, "THROTTLE_ENABLED", true),
      accountLimit: integer(env, "THROTTLE_ACCOUNT_LIMIT", 10, 1, 1_000_000),
      addressLimit: integer(env, "THROTTLE_ADDRESS_LIMIT", 20, 1, 1_000_000),
      windowSeconds: integer(env, "THROTTLE_WINDOW_SECONDS", 15 * 60, 1, 24 * 3600),
      mfaFailureLimit: integer(env, "MFA_MAX_FAILED_ATTEMPTS", 4, 0, 1000),
    },
    trustedProxy: {
      proxies: trustedProxies(env),
      header: header(env, "TRUSTED_PROXY_HEADER", "x-forwarded-for"),
    },
    cors: cors(env),
    limits: {
      jsonDepth: integer(env, "REQUEST_MAX_JSON_DEPTH", 32, 2, 1000),
      arrayItems: integer(env, "REQUEST_MAX_ARRAY_ITEMS", 10_000, 1, 10_000_000),
      objectKeys: integer(env, "REQUEST_MAX_OBJECT_KEYS", 1000, 1, 10_000_000),
      stringLength: integer(env, "REQUEST_MAX_STRING_LENGTH", 1024 * 1024, 64, 1024 * 1024 * 1024),
      queryParams: integer(env, "REQUEST_MAX_QUERY_PARAMS", 1000, 1, 100_000),
      queryLength: integer(env, "REQUEST_MAX_QUERY_LENGTH", 8192, 64, 1024 * 1024),
    },
    auditSealIntervalSeconds: integer(env, "AUDIT_SEAL_INTERVAL_SECONDS", 10, 1, 3600),
    purgeIntervalSeconds: integer(env, "PURGE_INTERVAL_SECONDS", 3600, 0, 7 * 24 * 3600),
    metricsPort: env.METRICS_PORT?.trim() ? integer(env, "METRICS_PORT", 0, 0, 65535) : undefined,
    metricsHost: metricsHost(env),
    mail: mailConfig(env, baseDir, url, (name, message) => new ConfigError(name, message)),
    instanceName: env.INSTANCE_NAME?.trim() || "Watchword",
  };
}

/** Where the metrics listener binds: an IP address, loopback unless said otherwise. */
function metricsHost(env: Env): string {
  const raw = env.METRICS_HOST?.trim() || "127.0.0.1";
  if (!isIP(raw)) throw new ConfigError("METRICS_HOST", `must be an IP address, got "${raw}"`);
  return raw;
}

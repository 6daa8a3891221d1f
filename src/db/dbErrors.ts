/**
 * Classifies driver errors (mysql2 and better-sqlite3, possibly wrapped by TypeORM).
 */
interface DriverErrorLike {
  code?: string;
  errno?: number;
  fatal?: boolean;
  driverError?: DriverErrorLike;
  message?: string;
}

function driverError(err: unknown): DriverErrorLike | undefined {
  if (!err || typeof err !== "object") return undefined;
  const e = err as DriverErrorLike;
  return e.driverError && typeof e.driverError === "object" ? e.driverError : e;
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_CON_COUNT_ERROR",
  "ER_SERVER_SHUTDOWN",
  "ER_NORMAL_SHUTDOWN",
  "ER_ACCESS_DENIED_ERROR",
  "ER_BAD_DB_ERROR",
  "ER_CLIENT_INTERACTION_TIMEOUT",
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_CANTOPEN",
  "SQLITE_FULL",
  "SQLITE_READONLY",
]);

// 2006 server has gone away, 2013 lost connection during query, 1927 connection killed, 4031 client timeout
const UNAVAILABLE_ERRNOS = new Set([2002, 2003, 2006, 2013, 1927, 1053, 4031]);

/** True when the database cannot be reached (or is locked past the busy timeout): answer 503. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  if (e.fatal === true) return true;
  if (
    e.code &&
    (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith("SQLITE_IOERR") || e.code.startsWith("SQLITE_BUSY"))
  )
    return true;
  if (e.errno !== undefined && UNAVAILABLE_ERRNOS.has(e.errno)) return true;
  const msg = e.message ?? "";
  return /Pool is closed|Connection lost|connect ECONNREFUSED|Can't add new command when connection is in closed state/i.test(
    msg,
  );
}

/** True for errors after which the whole transaction may simply be tried again. */
export function isRetryableTransactionError(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  if (e.code === "ER_LOCK_DEADLOCK" || e.code === "ER_LOCK_WAIT_TIMEOUT") return true;
  if (e.errno === 1213 || e.errno === 1205) return true;
  return !!e.code && e.code.startsWith("SQLITE_BUSY");
}

/** True for a unique-key violation on insert. */
export function isDuplicateKey(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  return e.code === "ER_DUP_ENTRY" || e.errno === 1062 || (e.code ?? "").startsWith("SQLITE_CONSTRAINT");
}

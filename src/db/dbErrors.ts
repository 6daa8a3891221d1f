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

/** What an operator has to fix when the database refuses writes: named in the log and the metrics. */
export type StorageFaultCause = "disk full" | "I/O error" | "read-only";

export interface StorageFault {
  cause: StorageFaultCause;
  /** The driver's code or errno, e.g. SQLITE_FULL or 1290. */
  code: string;
}

// MariaDB/MySQL: 1021 ER_DISK_FULL, 1114 ER_RECORD_FILE_FULL (table full: disk or quota),
// 1290 ER_OPTION_PREVENTS_STATEMENT (--read-only), 1836 ER_READ_ONLY_MODE,
// 1792 ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION, 1030 ER_GET_ERRNO (storage engine: I/O)
const MYSQL_FAULTS = new Map<number, StorageFaultCause>([
  [1021, "disk full"],
  [1114, "disk full"],
  [1290, "read-only"],
  [1836, "read-only"],
  [1792, "read-only"],
  [1030, "I/O error"],
]);

/**
 * A database that refuses writes for a reason of its storage: disk full, an I/O error, read-only
 * (SQLite's SQLITE_FULL, SQLITE_IOERR*, SQLITE_READONLY*; MariaDB's 1021, 1114, 1290, 1836, ...).
 * Answered 503 with Retry-After: the request may succeed once the operator has fixed it.
 */
export function storageFault(err: unknown): StorageFault | undefined {
  const e = driverError(err);
  if (!e) return undefined;
  const code = e.code ?? "";
  if (code === "SQLITE_FULL") return { cause: "disk full", code };
  if (code.startsWith("SQLITE_IOERR")) return { cause: "I/O error", code };
  if (code.startsWith("SQLITE_READONLY")) return { cause: "read-only", code };
  const cause = e.errno === undefined ? undefined : MYSQL_FAULTS.get(e.errno);
  return cause ? { cause, code: code || String(e.errno) } : undefined;
}

/** True when the database cannot be reached (or is locked past the busy timeout): answer 503. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = driverError(err);
  if (!e) return false;
  if (e.fatal === true) return true;
  if (storageFault(e)) return true;
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

/**
 * Connection errors that retrying cannot fix, named for the operator: a wrong user or password
 * (1045, 1698), an unknown database (1049), no rights on it (1044). Undefined for the others.
 */
export function permanentConnectError(err: unknown): string | undefined {
  const e = driverError(err);
  if (!e) return undefined;
  const detail = e.message ? ` (${e.message})` : "";
  switch (e.errno) {
    case 1045:
    case 1698:
      return `access denied: check the user and password in DATABASE_URL${detail}`;
    case 1049:
      return `unknown database: create it, or fix its name in DATABASE_URL${detail}`;
    case 1044:
      return `the user has no rights on this database: GRANT ALL ON it to that user${detail}`;
  }
  return undefined;
}

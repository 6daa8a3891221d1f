/**
 * Application errors: a status, a stable snake_case code, the message the client sees, an
 * optional body (the field -> rule -> message tree for 400) and a detail for the log only.
 */
export type ErrorTree = { [field: string]: ErrorTree | string };

export class AppError extends Error {
  /** Set on a 503 caused by the database's storage (disk full, I/O error, read-only): logged as such. */
  storageFault?: { cause: string; code: string };

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown = "",
    readonly logDetail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (message: string, body: unknown = "", logDetail?: string) =>
  new AppError(400, "bad_request", message, body, logDetail);

export const validationFailed = (message: string, tree: ErrorTree, logDetail?: string) =>
  new AppError(400, "validation_failed", message, tree, logDetail);

export const unauthenticated = (logDetail?: string) =>
  new AppError(401, "unauthenticated", "Authentication is required to continue", "", logDetail);

export const forbidden = (message = "You are not allowed to access this location.", logDetail?: string) =>
  new AppError(403, "forbidden", message, "", logDetail);

export const notFound = (message = "Not Found", logDetail?: string) =>
  new AppError(404, "not_found", message, "", logDetail);

export const conflict = (message: string, logDetail?: string) =>
  new AppError(409, "conflict", message, "", logDetail);

export const payloadTooLarge = (limitBytes: number) =>
  new AppError(413, "payload_too_large", `The request body is too large (limit ${limitBytes} bytes).`);

export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, "too_many_requests", "Too many requests, try again later.", "", undefined, {
    "Retry-After": String(retryAfterSeconds),
  });

export const serviceUnavailable = (retryAfterSeconds: number, logDetail?: string) =>
  new AppError(
    503,
    "service_unavailable",
    "The service is temporarily unavailable, try again later.",
    "",
    logDetail,
    { "Retry-After": String(retryAfterSeconds) },
  );

/** Defines an own property, even one named `__proto__` (an assignment would set the prototype). */
function setOwn<T extends ErrorTree | string>(node: ErrorTree, key: string, value: T): T {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/**
 * Sets `tree[a][b]... = message`, creating the levels on the way. The path comes from the
 * request (a field named `__proto__` or `constructor`): only own properties are read and
 * written, so that no request can reach Object.prototype.
 */
export function addError(tree: ErrorTree, path: (string | number)[], rule: string, message: string): void {
  let node: ErrorTree = tree;
  for (const key of path.map(String)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    node = typeof next === "object" ? next : setOwn(node, key, {});
  }
  if (!Object.hasOwn(node, rule)) setOwn(node, rule, message);
}

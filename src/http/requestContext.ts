/**
 * Outermost middleware: the request id, a child logger carrying it, and one log line per
 * request (id, client address, method, path, status, latency). The logged path never carries a
 * query string, and path segments that are tokens are masked.
 *
 * An incoming X-Request-Id (set by a proxy or load balancer: nginx's $request_id, a UUID) is
 * kept when it is 1-128 characters of letters, digits and `._:-`, so one id follows the request
 * through every log; it is echoed in the X-Request-Id response header. The envelope's header.id
 * is a UUID v4 for Passbolt's clients: the incoming id when it is one, a fresh one otherwise
 * (then logged as `headerId` too). Anything else is ignored.
 */
import { randomUUID } from "node:crypto";
import type { Middleware } from "koa";
import type { Logger } from "pino";
import type { AppState } from "./types.ts";

/** Setup and recovery links carry a token as their last segment: /setup/start/<user>/<token>. */
const TOKEN_PATH = /^(\/setup\/(?:start|install|recover\/start|recover)\/[^/]+\/)[^/.]+/i;

export function maskPath(path: string): string {
  return path.replace(TOKEN_PATH, "$1***");
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function requestContext(log: Logger): Middleware<AppState> {
  // The access line's fields are fixed and none can carry a secret (the path is masked and has
  // no query string): it skips the redaction pass, which took 10 of its 15 us.
  const accessLog = log.child({}, { redact: [] });
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const incoming = ctx.get("X-Request-Id");
    const traceId = SAFE_ID.test(incoming) ? incoming : undefined;
    const requestId = traceId && UUID_V4.test(traceId) ? traceId.toLowerCase() : randomUUID();
    ctx.state.requestId = requestId;
    const ids =
      traceId && traceId.toLowerCase() !== requestId
        ? { reqId: traceId, headerId: requestId }
        : { reqId: requestId };
    // the request's logger is made when something logs (most requests log only the line below,
    // which carries the ids itself): a pino child per request cost ~50 us (bench:pieces)
    let child: Logger | undefined;
    Object.defineProperty(ctx.state, "log", {
      configurable: true,
      enumerable: true,
      get: () => (child ??= log.child(ids)),
      set: (value: Logger) => (child = value),
    });
    ctx.set("X-Request-Id", traceId ?? requestId);
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      accessLog.info(
        {
          ...ids,
          client: ctx.state.clientIp,
          method: ctx.method,
          path: maskPath(ctx.originalUrl.split("?")[0] ?? "/"),
          status: ctx.status,
          ms: Math.round(ms * 10) / 10,
          action: ctx.state.actionName,
          user: ctx.state.actor?.id,
        },
        "request",
      );
    }
  };
}

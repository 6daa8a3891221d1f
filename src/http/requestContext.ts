/**
 * Outermost middleware: a fresh request id (header.id), a child logger carrying it, and one
 * log line per request (id, method, path, status, latency). The logged path never carries a
 * query string, and path segments that are tokens are masked.
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

export function requestContext(log: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    ctx.state.requestId = requestId;
    ctx.state.log = log.child({ reqId: requestId });
    ctx.set("X-Request-Id", requestId);
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      ctx.state.log.info(
        {
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

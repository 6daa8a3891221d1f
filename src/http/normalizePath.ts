/**
 * Passbolt URLs end in `.json`; routes are declared without it and both forms are served.
 * UUIDs in the path are lowercased before routing, as Passbolt's UuidParserMiddleware does.
 * `api-version=v1` (or 1) is refused with 400; every other value is accepted and ignored.
 */
import type { Middleware } from "koa";
import { badRequest } from "./errors.ts";
import type { AppState } from "./types.ts";

const UUID_ANYWHERE = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/gi;

export function normalizePath(): Middleware<AppState> {
  return async (ctx, next) => {
    let p = ctx.path;
    if (p.endsWith(".json")) p = p.slice(0, -".json".length) || "/";
    p = p.replace(UUID_ANYWHERE, (s) => s.toLowerCase());
    if (p.length > 1 && p.endsWith("/")) p = p.slice(0, -1);
    if (p !== ctx.path) ctx.path = p;
    const version = ctx.query["api-version"];
    if (version === "v1" || version === "1")
      throw badRequest("API v1 support is deprecated in this version.");
    await next();
  };
}

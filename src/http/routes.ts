import type { Middleware } from "koa";
import { notFound } from "./errors.ts";
import type { AppState } from "./types.ts";

/** Names the route: header.action is uuid5 of this name ("<Controller>.<action>", as Passbolt). */
export function named(name: string): Middleware<AppState> {
  return (ctx, next) => {
    ctx.state.actionName = name;
    return next();
  };
}

/**
 * Last middleware: nothing matched. Wrong methods answer 404 too, as Passbolt does (no 405).
 */
export function routeNotFound(): Middleware<AppState> {
  return async (ctx) => {
    throw notFound(
      `A \`${ctx.method}\` route matching \`${ctx.originalUrl.split("?")[0]}\` could not be found.`,
    );
  };
}

/** Headers sent on every response: no sniffing, no framing, no caching of API answers. */
export function baseHeaders(): Middleware<AppState> {
  return async (ctx, next) => {
    ctx.set("X-Content-Type-Options", "nosniff");
    ctx.set("X-Frame-Options", "DENY");
    ctx.set("Referrer-Policy", "no-referrer");
    ctx.set("Cache-Control", "no-store");
    await next();
  };
}

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

/** An API answer is JSON: it loads nothing and may be framed by no one. /docs sets its own. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** Two years, subdomains included: what HSTS preload lists ask for. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Headers sent on every response, errors included: no sniffing, no framing, no caching of
 * API answers, no referrer; HSTS when the public URL is https (behind a TLS proxy too).
 */
export function baseHeaders(opts: { https: boolean } = { https: false }): Middleware<AppState> {
  return async (ctx, next) => {
    ctx.set("X-Content-Type-Options", "nosniff");
    ctx.set("X-Frame-Options", "DENY");
    ctx.set("Content-Security-Policy", API_CSP);
    ctx.set("Referrer-Policy", "no-referrer");
    ctx.set("Cache-Control", "no-store");
    if (opts.https) ctx.set("Strict-Transport-Security", HSTS);
    await next();
  };
}

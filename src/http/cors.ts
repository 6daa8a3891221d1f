/**
 * CORS, closed unless CORS_ORIGINS names the origins whose pages may call the API (the
 * browser extension is not a page and needs none). For an allowed origin: the Allow-Origin
 * header on every answer, and a 204 to preflight requests; for any other origin nothing is
 * added, so the browser refuses to let the page read the answer.
 */
import type { Middleware } from "koa";
import type { CorsConfig } from "../config.ts";
import type { AppState } from "./types.ts";

const METHODS = "GET, POST, PUT, DELETE";
const ALLOWED_HEADERS = "Authorization, Content-Type, X-CSRF-Token";
const EXPOSED_HEADERS = "X-Request-Id, Retry-After";

export function cors(config: CorsConfig): Middleware<AppState> {
  if (!config.origins.length) return (_ctx, next) => next();
  const any = config.origins.includes("*");
  return async (ctx, next) => {
    ctx.vary("Origin");
    const origin = ctx.get("Origin");
    if (!origin || !(any || config.origins.includes(origin))) return next();
    ctx.set("Access-Control-Allow-Origin", any ? "*" : origin);
    if (config.allowCredentials) ctx.set("Access-Control-Allow-Credentials", "true");
    if (ctx.method === "OPTIONS" && ctx.get("Access-Control-Request-Method")) {
      ctx.set("Access-Control-Allow-Methods", METHODS);
      ctx.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.set("Access-Control-Max-Age", "600");
      ctx.status = 204;
      return;
    }
    ctx.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    await next();
  };
}

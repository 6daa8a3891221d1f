import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** GET /secrets/resource/{resourceId}.json. */
export function secretsRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

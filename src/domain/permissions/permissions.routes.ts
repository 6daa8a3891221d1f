import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** GET /permissions/resource/{id}.json. */
export function permissionsRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

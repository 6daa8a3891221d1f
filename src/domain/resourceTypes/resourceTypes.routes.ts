import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** GET /resource-types.json, GET /resource-types/{id}.json. */
export function resourceTypesRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

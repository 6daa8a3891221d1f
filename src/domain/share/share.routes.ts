import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** PUT /share/resource/{id}.json, POST /share/simulate/resource/{id}.json, GET /share/search-aros.json. */
export function shareRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

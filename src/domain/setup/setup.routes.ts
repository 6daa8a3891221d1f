import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** Setup: GET /setup/start|install/{userId}/{token}.json, PUT|POST /setup/complete/{userId}.json. */
export function setupRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** GET /auth/is-authenticated.json, POST|GET /auth/logout.json, GET /users/csrf-token.json. */
export function sessionRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

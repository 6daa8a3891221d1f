import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** Groups: list, view, create, update, dry run, delete. */
export function groupsRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

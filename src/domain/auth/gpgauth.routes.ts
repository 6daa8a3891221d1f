import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { AppState } from "../../http/types.ts";

/** GpgAuth: POST /auth/verify.json (stage 0), POST /auth/login.json (stages 1 and 2). */
export function gpgauthRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { named } from "../../http/routes.ts";
import type { AppState } from "../../http/types.ts";
import { checkHealth } from "./health.service.ts";

export function healthRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  // The load balancer probe: a database round trip, so a process that cannot reach the
  // database answers 503 (through the error handler) instead of "OK".
  router.get("/healthcheck/status", named("Healthcheck.status"), async (ctx) => {
    await db.ping();
    success(ctx, "OK", "OK");
  });

  router.get("/healthcheck", named("Healthcheck.index"), async (ctx) => {
    const { healthy: _healthy, ...report } = await checkHealth(db);
    success(ctx, report);
  });

  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";
import { checkHealth } from "./health.service.ts";

const healthReportSchema = {
  type: "object",
  required: ["database", "gpg"],
  properties: {
    database: {
      type: "object",
      required: ["connect", "migrations_current"],
      properties: { connect: { type: "boolean" }, migrations_current: { type: "boolean" } },
    },
    gpg: {
      type: "object",
      required: ["server_key", "fingerprint"],
      properties: { server_key: { type: "boolean" }, fingerprint: { type: ["string", "null"] } },
    },
  },
};

export function healthRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  // The load balancer probe: a database round trip, so a process that cannot reach the
  // database answers 503 (through the error handler) instead of "OK".
  mount(
    router,
    {
      method: "get",
      path: "/healthcheck/status",
      name: "Healthcheck.status",
      summary: "Liveness and database reachability",
      description:
        'Answers "OK" after a database round trip; 503 with Retry-After while the database is unreachable.',
      tags: ["Healthcheck"],
      auth: "none",
      response: { type: "string", const: "OK" },
    },
    async (ctx) => {
      await db.ping();
      success(ctx, "OK", "OK");
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/healthcheck",
      name: "Healthcheck.index",
      summary: "Health report",
      description: "Database reachable, migrations current, server key present.",
      tags: ["Healthcheck"],
      auth: "none",
      response: healthReportSchema,
    },
    async (ctx) => {
      const { healthy: _healthy, ...report } = await checkHealth(db);
      success(ctx, report);
    },
  );

  return router;
}

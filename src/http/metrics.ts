/**
 * Prometheus metrics (prom-client), served on a port of their own (METRICS_PORT, off by default)
 * so they are never exposed with the API. One registry per server: several servers can run in
 * one process (the tests do).
 *
 * - watchword_http_requests_total{method,action,status} and
 *   watchword_http_request_duration_seconds{method,action}: `action` is the route's Passbolt name
 *   ("ResourcesIndex.index"), "none" when no route matched, so the label set stays small whatever
 *   the paths requested.
 * - watchword_db_transaction_retries_total, watchword_db_transactions_exhausted_total: lock
 *   contention (deadlocks, lock waits, SQLITE_BUSY) retried, and given up with 503.
 * - Node's process metrics (memory, CPU, event loop lag, GC), prefixed watchword_.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Middleware } from "koa";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { Db } from "../db/db.ts";
import type { AppState } from "./types.ts";

export interface Metrics {
  registry: Registry;
  requests: Counter<"method" | "action" | "status">;
  duration: Histogram<"method" | "action">;
}

/** A registry with the HTTP metrics, the database counters of `db` and Node's own. */
export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "watchword_" });
  const requests = new Counter({
    name: "watchword_http_requests_total",
    help: "Requests answered, by method, route (Passbolt action name) and status",
    labelNames: ["method", "action", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "watchword_http_request_duration_seconds",
    help: "Time from request to response, by method and route",
    labelNames: ["method", "action"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const fromDb = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  fromDb(
    "watchword_db_transaction_retries_total",
    "Transactions rolled back and run again (deadlock, lock wait timeout, SQLITE_BUSY)",
    () => db.stats.retries,
  );
  fromDb(
    "watchword_db_transactions_exhausted_total",
    "Transactions given up after their last retry (answered 503)",
    () => db.stats.exhausted,
  );
  fromDb(
    "watchword_db_connections_discarded_total",
    "Database connections discarded after a failed BEGIN, COMMIT or ROLLBACK (disk full, I/O error, lost connection)",
    () => db.stats.discarded,
  );
  return { registry, requests, duration };
}

/** Counts and times every request; outermost after the request id, so errors count with their status. */
export function httpMetrics(metrics: Metrics | undefined): Middleware<AppState> {
  if (!metrics) return (_ctx, next) => next();
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const action = ctx.state.actionName ?? "none";
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({ method: ctx.method, action, status: String(ctx.status) });
      metrics.duration.observe({ method: ctx.method, action }, seconds);
    }
  };
}

/** GET /metrics on its own listener; anything else 404. Resolves with its URL once listening. */
export async function serveMetrics(
  metrics: Metrics,
  host: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { "content-type": "text/plain" }).end("metrics unavailable\n"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${bound}/metrics`,
    // a scrape can be repeated: connections kept alive by the scraper are cut, not waited for
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

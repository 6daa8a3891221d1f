/**
 * Prometheus metrics on their own port (METRICS_PORT): request counts by route and status,
 * durations, transaction retries, Node's process metrics; absent from the API port, and not
 * served at all unless configured.
 */
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { get } from "../helpers/api.ts";
import { sessionFor } from "../helpers/auth.ts";
import { sharedServer, startTestServer } from "../helpers/server.ts";

describe("metrics (METRICS_PORT)", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await startTestServer({ METRICS_PORT: "0" });
  });
  after(() => server.close());

  const scrape = async () => {
    const res = await fetch(server.metricsUrl!);
    expect(res.status).to.equal(200);
    expect(res.headers.get("content-type")).to.match(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  /** The value of one sample line, 0 when absent. */
  const sample = (text: string, line: string) => {
    const found = text.split("\n").find((l) => l.startsWith(`${line} `));
    return found ? Number(found.slice(line.length + 1)) : 0;
  };

  it("counts requests by route and status, and times them", async () => {
    expect(server.metricsUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const ok = 'watchword_http_requests_total{method="GET",action="Healthcheck.status",status="200"}';
    const denied = 'watchword_http_requests_total{method="GET",action="ResourcesIndex.index",status="401"}';
    const unmatched = 'watchword_http_requests_total{method="GET",action="none",status="404"}';
    const before = await scrape();
    for (let i = 0; i < 3; i++) await get(server.url, "/healthcheck/status.json");
    await get(server.url, "/resources.json");
    await get(server.url, "/no/such/thing.json");
    await get(server.url, "/resources.json", await sessionFor(server, "ada"));
    const after = await scrape();
    expect(sample(after, ok) - sample(before, ok)).to.equal(3);
    expect(sample(after, denied) - sample(before, denied)).to.equal(1);
    expect(sample(after, unmatched) - sample(before, unmatched)).to.equal(1);
    expect(
      sample(
        after,
        'watchword_http_request_duration_seconds_count{method="GET",action="ResourcesIndex.index"}',
      ),
    ).to.be.at.least(2);
    expect(after).to.include("watchword_db_transaction_retries_total ");
    expect(after).to.include("watchword_db_transactions_exhausted_total 0");
    expect(after).to.include("watchword_db_connections_discarded_total 0");
    expect(sample(after, "watchword_process_resident_memory_bytes")).to.be.greaterThan(0);
    expect(after, "no request data in metrics").not.to.match(/passbolt_session|csrfToken|Bearer/);
  });

  it("counts transaction retries from the database layer", async () => {
    const line = "watchword_db_transaction_retries_total";
    const before = sample(await scrape(), line);
    let attempts = 0;
    await server.db.tx(async () => {
      attempts++;
      if (attempts === 1)
        throw Object.assign(new Error("deadlock"), { code: "ER_LOCK_DEADLOCK", errno: 1213 });
    });
    expect(attempts).to.equal(2);
    expect(sample(await scrape(), line) - before).to.equal(1);
  });

  it("is served only on its own port, only /metrics, and not at all unless configured", async () => {
    const onApi = await get(server.url, "/metrics");
    expect(onApi.status).to.equal(404);
    expect((await fetch(server.metricsUrl!.replace("/metrics", "/other"))).status).to.equal(404);
    const plain = await sharedServer();
    expect(plain.metricsUrl).to.equal(undefined);
  });
});

import { expect } from "chai";
import { get } from "../helpers/api.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { isMysql, testDatabaseUrl } from "../helpers/env.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";
import { TcpProxy } from "../helpers/tcpProxy.ts";

describe("database unreachable under a running server (MariaDB)", function () {
  this.timeout(60_000);
  let proxy: TcpProxy;
  let proc: ServerProcess;

  before(async function () {
    // Runs in the MariaDB pass of .ci/run (TEST_DATABASE_URL=mysql://...).
    if (!isMysql) this.skip();
    const target = new URL(testDatabaseUrl.replace(/^mariadb:/, "mysql:"));
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    await proxy.start();
    const viaProxy = new URL(target.toString());
    viaProxy.port = String(proxy.port);
    proc = await startServerProcess({ DATABASE_URL: viaProxy.toString(), RETRY_AFTER_SECONDS: "3" });
  });

  after(async () => {
    await proc?.stop();
    await proxy?.close();
  });

  it("answers 503 JSON with Retry-After while the database is gone, then serves again by itself", async () => {
    expectSuccess(await get(proc.url, "/healthcheck/status.json"));

    proxy.disconnect();
    for (let i = 0; i < 5; i++) {
      const res = await get(proc.url, "/healthcheck/status.json");
      expectError(res, 503, /temporarily unavailable/);
      expect(res.headers.get("retry-after")).to.equal("3");
      expect(res.json.body).to.equal("");
    }
    // routes that do not touch the database keep working
    expectSuccess(await get(proc.url, "/auth/verify.json"));

    proxy.reconnect();
    const deadline = Date.now() + 15_000;
    let last = 0;
    while (Date.now() < deadline) {
      last = (await get(proc.url, "/healthcheck/status.json")).status;
      if (last === 200) break;
      expect(last, "only 503 while recovering, never 500").to.equal(503);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(last).to.equal(200);
    expect(proc.child.exitCode, "no restart").to.equal(null);
    expect(proc.lines.join("\n")).not.to.match(/"status":500/);
  });
});

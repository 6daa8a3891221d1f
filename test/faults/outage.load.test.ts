/**
 * The database going away under load (MariaDB). The machine's MariaDB server is shared with
 * other test runs, so it is not stopped: the outage is simulated with the TCP proxy in front of
 * it (every connection dropped, new ones refused), while a few concurrent clients loop over
 * endpoints that need the database. While it is down: only 503s; never a 500; back within seconds.
 */
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { request } from "../helpers/api.ts";
import { sessionFor } from "../helpers/auth.ts";
import { isMysql, testDatabaseUrl } from "../helpers/env.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";
import { buildResource } from "../helpers/resourceFactories.ts";
import { sharedServer } from "../helpers/server.ts";
import { TcpProxy } from "../helpers/tcpProxy.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("MariaDB unreachable and back, under concurrent load (simulated with a TCP proxy)", function () {
  this.timeout(90_000);
  let server: RunningServer;
  let proxy: TcpProxy;
  let proc: ServerProcess;

  before(async function () {
    if (!isMysql) this.skip();
    server = await sharedServer();
    const target = new URL(testDatabaseUrl.replace(/^mariadb:/, "mysql:"));
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    await proxy.start();
    const viaProxy = new URL(target.toString());
    viaProxy.port = String(proxy.port);
    proc = await startServerProcess({ DATABASE_URL: viaProxy.toString(), RETRY_AFTER_SECONDS: "2" });
  });

  after(async () => {
    await proc?.stop();
    await proxy?.close();
  });

  it("answers only 200 before and after, only 503 while the database is down, never 500", async () => {
    const ada = await sessionFor(server, "ada");
    const betty = await sessionFor(server, "betty");
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const calls: [string, string, typeof ada, unknown?][] = [
      ["GET", "/resources.json", ada],
      ["GET", `/resources/${r.id}.json`, betty],
      ["GET", `/secrets/resource/${r.id}.json`, betty],
      ["GET", `/permissions/resource/${r.id}.json`, ada],
      ["GET", "/users.json", betty],
      ["GET", "/groups.json", ada],
      ["PUT", `/resources/${r.id}.json`, ada, { name: r.name, description: "under load" }],
      ["POST", `/comments/resource/${r.id}.json`, betty, { content: "still there?" }],
      ["GET", "/healthcheck/status.json", ada],
    ];
    /** "transition": the phase changed while the request ran (200 or 503 are both right). */
    type Phase = "up" | "down" | "recovering" | "back" | "transition";
    let phase: Phase = "up";
    const seen: Record<Phase, Record<number, number>> = {
      up: {},
      down: {},
      recovering: {},
      back: {},
      transition: {},
    };
    let stop = false;
    const unexpected: string[] = [];
    const client = async (n: number) => {
      for (let i = n; !stop; i++) {
        const [method, path, creds, body] = calls[i % calls.length]!;
        const at = phase;
        const res = await request(proc.url, method, path, { ...creds, body });
        const counted: Phase = at === phase ? at : "transition";
        if (counted === "down" && res.status !== 503) unexpected.push(`${method} ${path} ${res.status}`);
        seen[counted][res.status] = (seen[counted][res.status] ?? 0) + 1;
        if (res.status === 503) expect(res.headers.get("retry-after")).to.equal("2");
      }
    };
    const clients = [0, 1, 2, 3, 4].map((n) => client(n * 2));
    await sleep(1500);
    phase = "down";
    proxy.disconnect();
    await sleep(2500);
    phase = "recovering";
    proxy.reconnect();
    const reconnectedAt = Date.now();
    let backAfterMs = -1;
    while (Date.now() - reconnectedAt < 10_000) {
      const res = await request(proc.url, "GET", `/resources/${r.id}.json`, betty);
      if (res.status === 200) {
        backAfterMs = Date.now() - reconnectedAt;
        break;
      }
      await sleep(50);
    }
    phase = "back";
    await sleep(1500);
    stop = true;
    await Promise.all(clients);
    process.stdout.write(`      back after ${backAfterMs} ms; statuses ${JSON.stringify(seen)}\n`);

    expect(backAfterMs, "service back within 5 s of the database").to.be.within(0, 5000);
    expect(Object.keys(seen.up), "before the outage").to.deep.equal(["200"]);
    expect(unexpected, "answers while down").to.deep.equal([]);
    expect(Object.keys(seen.transition).filter((s) => s !== "200" && s !== "503")).to.deep.equal([]);
    expect(Object.keys(seen.down), "while the database is down").to.deep.equal(["503"]);
    expect(seen.down[503]).to.be.greaterThan(20);
    expect(
      Object.keys(seen.recovering).filter((s) => s !== "200" && s !== "503"),
      "recovering",
    ).to.deep.equal([]);
    expect(Object.keys(seen.back), "after recovery").to.deep.equal(["200"]);
    expect(proc.child.exitCode, "no restart").to.equal(null);
    expect(proc.lines.join("\n")).not.to.match(/"status":500/);
  });
});

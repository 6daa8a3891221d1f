import net from "node:net";
import { expect } from "chai";
import { get } from "../helpers/api.ts";
import { expectSuccess } from "../helpers/expectEnvelope.ts";
import { runCli, startServerProcess, type ServerProcess } from "../helpers/proc.ts";

/** Sends a request head and part of its body; returns a function that sends the rest and reads the reply. */
function startSlowRequest(url: string): Promise<(rest: string) => Promise<string>> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      const body = '{"padding":"0123456789"}';
      socket.write(
        `POST /settings.json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n` +
          body.slice(0, 5),
      );
      let reply = "";
      socket.on("data", (d) => (reply += d));
      resolve(
        (rest) =>
          new Promise((done) => {
            socket.on("end", () => done(reply));
            socket.write(rest === "" ? body.slice(5) : rest);
            setTimeout(() => done(reply), 5000);
          }),
      );
    });
    socket.on("error", reject);
  });
}

describe("server lifecycle (watchword serve)", function () {
  this.timeout(60_000);

  it("finishes requests in flight on SIGTERM, refuses new connections, and exits 0 within 10 s", async () => {
    const proc = await startServerProcess();
    expectSuccess(await get(proc.url, "/healthcheck/status.json"));
    const finish = await startSlowRequest(proc.url);
    const t0 = Date.now();
    proc.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    // a new TCP connection (fetch could reuse its kept-alive one, which the server still answers)
    const { hostname, port } = new URL(proc.url);
    const refused = await new Promise<boolean>((resolve) => {
      const probe = net.connect(Number(port), hostname);
      probe.once("connect", () => (probe.destroy(), resolve(false)));
      probe.once("error", () => resolve(true));
    });
    expect(refused, "a new connection after SIGTERM is refused").to.equal(true);
    const reply = await finish("");
    expect(reply).to.match(/^HTTP\/1\.1 404/);
    expect(reply).to.include('"status":"error"');
    const code = await proc.exited;
    expect(code).to.equal(0);
    expect(Date.now() - t0).to.be.lessThan(10_000);
    expect(proc.lines.some((l) => l.includes('"msg":"stopped"'))).to.equal(true);
  });

  describe("with a running server", () => {
    let proc: ServerProcess;
    before(async () => {
      proc = await startServerProcess();
    });
    after(async () => {
      await proc.stop();
    });

    it("writes one JSON log line per request with its id, method, path, status and latency", async () => {
      const res = await get(proc.url, "/healthcheck/status.json?api-version=v2");
      await new Promise((r) => setTimeout(r, 200));
      const line = proc.lines.map((l) => JSON.parse(l)).find((l) => l.reqId === res.json.header.id);
      expect(line, "log line for the request").to.include({
        method: "GET",
        path: "/healthcheck/status.json",
        status: 200,
        msg: "request",
      });
      expect(line.ms).to.be.a("number");
    });

    it("never logs the token of a setup link", async () => {
      const token = "7d0b7e0b-7f39-4a48-9c07-f1b1d8a2c6aa";
      await get(proc.url, `/setup/start/0e5ce9b4-2dd4-4ab4-9a2c-1ad2bd6fb5a4/${token}.json`);
      await new Promise((r) => setTimeout(r, 200));
      expect(proc.lines.join("\n")).not.to.include(token);
    });

    it("lets a CLI command write to the same database while it serves, at once", async () => {
      let stop = false;
      const load = (async () => {
        let n = 0;
        while (!stop) {
          expectSuccess(await get(proc.url, "/healthcheck.json"));
          n++;
        }
        return n;
      })();
      const results = await Promise.all(
        [1, 2, 3].map((i) =>
          runCli([
            "register-user",
            "--username",
            `busy-${i}-${Date.now()}@example.com`,
            "--first-name",
            "B",
            "--last-name",
            "U",
          ]),
        ),
      );
      stop = true;
      expect(await load).to.be.greaterThan(0);
      for (const r of results) {
        expect(r.code, r.stderr).to.equal(0);
        expect(r.stderr).not.to.match(/locked|SQLITE_BUSY/i);
      }
    });

    it("shares its server key with a second process on the same database", async () => {
      const second = await startServerProcess();
      try {
        const a = await get<{ fingerprint: string }>(proc.url, "/auth/verify.json");
        const b = await get<{ fingerprint: string }>(second.url, "/auth/verify.json");
        expect(a.json.body.fingerprint).to.equal(b.json.body.fingerprint);
      } finally {
        await second.stop();
      }
    });
  });
});

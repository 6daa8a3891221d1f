/**
 * Behind a reverse proxy with TRUSTED_PROXY empty, every client is the proxy's address (one
 * throttle for all): the first request carrying a forwarding header from a peer that is not a
 * trusted proxy gets one warning, at warn level, naming the header and the peer and saying to set
 * TRUSTED_PROXY. Once per process; never for a trusted proxy or a request without the header.
 */
import { Writable } from "node:stream";
import { expect } from "chai";
import { createLogger } from "../../src/logger.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import { testConfig } from "../helpers/env.ts";

interface LogLine {
  level: number;
  msg: string;
  header?: string;
  peer?: string;
}

/** A server whose log lines (warn and above) are kept in memory. */
async function serverWithLog(env: Record<string, string>) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const l of String(chunk).split("\n")) if (l) lines.push(JSON.parse(l) as LogLine);
      done();
    },
  });
  const config = testConfig({ ...env, LOG_LEVEL: "warn" });
  const server = await startServer(config, createLogger("warn", sink));
  const warnings = () => lines.filter((l) => l.level === 40 && /TRUSTED_PROXY/.test(l.msg));
  return { server, warnings };
}

const call = (server: RunningServer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/healthcheck/status.json`, { headers }).then((r) => r.arrayBuffer());

describe("the untrusted-proxy warning", function () {
  this.timeout(60_000);
  const servers: RunningServer[] = [];
  after(async () => {
    for (const s of servers) await s.close();
  });
  const start = async (env: Record<string, string> = {}) => {
    const s = await serverWithLog(env);
    servers.push(s.server);
    return s;
  };

  it("is logged once when forwarded headers arrive while TRUSTED_PROXY is empty", async () => {
    const { server, warnings } = await start({ TRUSTED_PROXY: "" });
    await call(server);
    expect(warnings(), "no header, no warning").to.deep.equal([]);
    await call(server, { "x-forwarded-for": "203.0.113.7" });
    await call(server, { "x-forwarded-for": "203.0.113.8" });
    await call(server, { forwarded: "for=203.0.113.9", "x-real-ip": "203.0.113.9" });
    expect(warnings(), "once per process").to.have.length(1);
    const [w] = warnings();
    expect(w).to.include({ header: "X-Forwarded-For", peer: "127.0.0.1" });
    expect(w!.msg).to.include("a request from 127.0.0.1 carries X-Forwarded-For, but TRUSTED_PROXY is empty");
    expect(w!.msg).to.include("set TRUSTED_PROXY to include its address (TRUSTED_PROXY=127.0.0.1");
  });

  it("names Forwarded and X-Real-IP too", async () => {
    for (const [header, name] of [
      ["forwarded", "Forwarded"],
      ["x-real-ip", "X-Real-IP"],
    ] as const) {
      const { server, warnings } = await start();
      await call(server, { [header]: header === "forwarded" ? "for=203.0.113.7" : "203.0.113.7" });
      expect(warnings().map((w) => w.header)).to.deep.equal([name]);
    }
  });

  it("is not logged when the peer is a trusted proxy", async () => {
    const { server, warnings } = await start({ TRUSTED_PROXY: "127.0.0.1,::1" });
    await call(server, { "x-forwarded-for": "203.0.113.7" });
    await call(server, { "x-real-ip": "203.0.113.7" });
    expect(warnings()).to.deep.equal([]);
  });

  it("says the peer is missing from a TRUSTED_PROXY that lists others", async () => {
    const { server, warnings } = await start({ TRUSTED_PROXY: "10.0.0.0/8" });
    await call(server, { "x-forwarded-for": "203.0.113.7" });
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]!.msg).to.include(
      "127.0.0.1 is not in TRUSTED_PROXY (10.0.0.0/8), so the header is ignored",
    );
    expect(warnings()[0]!.msg).to.include("TRUSTED_PROXY=10.0.0.0/8,127.0.0.1");
  });
});

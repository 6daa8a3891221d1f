import { expect } from "chai";
import { get, post, type ApiResponse } from "../helpers/api.ts";
import { bearerFor } from "../helpers/auth.ts";
import { sharedServer, startTestServer } from "../helpers/server.ts";
import type { RunningServer } from "../../src/server.ts";
import { clientAddressResolver, normaliseAddress } from "../../src/http/clientAddress.ts";
import type { AppContext } from "../../src/http/types.ts";

function expectSecurityHeaders(res: { headers: Headers }): void {
  expect(res.headers.get("x-content-type-options")).to.equal("nosniff");
  expect(res.headers.get("x-frame-options")).to.equal("DENY");
  expect(res.headers.get("content-security-policy")).to.include("frame-ancestors 'none'");
  expect(res.headers.get("referrer-policy")).to.equal("no-referrer");
}

/** A preflight as a browser sends it (OPTIONS is outside the document: raw fetch). */
const preflight = (url: string, origin: string) =>
  fetch(`${url}/resources.json`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    },
  });

describe("security headers and CORS", function () {
  this.timeout(30_000);

  describe("on every response", () => {
    let server: RunningServer;
    before(async () => (server = await sharedServer()));

    it("sends nosniff, no framing, a closed CSP and no caching, on success and on every kind of error", async () => {
      const answers: ApiResponse[] = [
        await get(server.url, "/healthcheck/status.json"),
        await get(server.url, "/resources.json"), // 401
        await get(server.url, "/no/such/thing.json"), // 404
        await post(server.url, "/auth/jwt/login.json", {
          rawBody: "{not json",
          headers: { "content-type": "application/json" },
        }), // 400
        await get(server.url, "/resources.json", await bearerFor(server, "ada")),
      ];
      expect(answers.map((r) => r.status)).to.deep.equal([200, 401, 404, 400, 200]);
      for (const res of answers) {
        expectSecurityHeaders(res);
        expect(res.headers.get("content-security-policy")).to.equal(
          "default-src 'none'; frame-ancestors 'none'",
        );
        expect(res.headers.get("cache-control")).to.equal("no-store");
        expect(res.headers.get("strict-transport-security"), "no HSTS over http").to.equal(null);
      }
    });

    it("keeps the reference pages' own CSP, which forbids framing too", async () => {
      const res = await fetch(`${server.url}/docs`);
      expectSecurityHeaders(res);
      expect(res.headers.get("content-security-policy")).to.include("script-src 'self'");
    });

    it("adds no CORS header, and answers a preflight 404, when no origin is configured", async () => {
      const res = await get(server.url, "/healthcheck/status.json", {
        headers: { origin: "https://evil.example" },
      });
      expect(res.headers.get("access-control-allow-origin")).to.equal(null);
      const pre = await preflight(server.url, "https://evil.example");
      expect(pre.status).to.equal(404);
      expect(pre.headers.get("access-control-allow-origin")).to.equal(null);
    });
  });

  describe("with APP_URL on https and CORS_ORIGINS set", () => {
    let server: RunningServer;
    const app = "https://app.example.test";
    before(async () => {
      server = await startTestServer({
        APP_URL: "https://vault.example.test",
        CORS_ORIGINS: `${app}, https://other.example.test`,
      });
    });
    after(async () => server?.close());

    it("sends HSTS on every response", async () => {
      for (const path of ["/healthcheck/status.json", "/missing.json"]) {
        const res = await get(server.url, path);
        expect(res.headers.get("strict-transport-security")).to.equal("max-age=63072000; includeSubDomains");
      }
    });

    it("allows a listed origin: its preflight gets 204, its answers the Allow-Origin header", async () => {
      const pre = await preflight(server.url, app);
      expect(pre.status).to.equal(204);
      expect(pre.headers.get("access-control-allow-origin")).to.equal(app);
      expect(pre.headers.get("access-control-allow-methods")).to.equal("GET, POST, PUT, DELETE");
      expect(pre.headers.get("access-control-allow-headers")).to.include("Authorization");
      expect(pre.headers.get("access-control-allow-credentials")).to.equal(null);
      const res = await get(server.url, "/healthcheck/status.json", { headers: { origin: app } });
      expect(res.headers.get("access-control-allow-origin")).to.equal(app);
      expect(res.headers.get("access-control-expose-headers")).to.include("X-Request-Id");
      expect(res.headers.get("vary")).to.include("Origin");
      expectSecurityHeaders(res);
    });

    it("refuses any other origin", async () => {
      const pre = await preflight(server.url, "https://evil.example");
      expect(pre.status).to.equal(404);
      expect(pre.headers.get("access-control-allow-origin")).to.equal(null);
      const res = await get(server.url, "/healthcheck/status.json", {
        headers: { origin: "https://app.example.test.evil" },
      });
      expect(res.headers.get("access-control-allow-origin")).to.equal(null);
    });
  });
});

describe("clientAddress", () => {
  const ctx = (peer: string, forwarded?: string) =>
    ({
      req: { socket: { remoteAddress: peer } },
      get: (name: string) => (name === "x-forwarded-for" ? (forwarded ?? "") : ""),
    }) as unknown as AppContext;

  it("normalises addresses and refuses what is not one", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).to.equal("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).to.equal("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:8080")).to.equal("192.0.2.1");
    expect(normaliseAddress("fe80::1%eth0")).to.equal("fe80::1");
    expect(normaliseAddress("unknown")).to.equal(null);
    expect(normaliseAddress("")).to.equal(null);
  });

  it("uses the TCP peer without a trusted proxy, whatever X-Forwarded-For says", () => {
    const resolve = clientAddressResolver({ proxies: [], header: "x-forwarded-for" });
    expect(resolve(ctx("::ffff:198.51.100.9", "203.0.113.1"))).to.equal("198.51.100.9");
  });

  it("reads X-Forwarded-For from the right, skipping trusted proxies only", () => {
    const resolve = clientAddressResolver({ proxies: ["10.0.0.0/8", "::1"], header: "x-forwarded-for" });
    // the client put a fake address first; the proxies appended the real one
    expect(resolve(ctx("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.1"))).to.equal("203.0.113.5");
    expect(resolve(ctx("::1", "203.0.113.5"))).to.equal("203.0.113.5");
    // a peer that is not a trusted proxy is the client, header or not
    expect(resolve(ctx("198.51.100.7", "203.0.113.5"))).to.equal("198.51.100.7");
    // garbage in the header: the last trusted hop is all that is known
    expect(resolve(ctx("10.0.0.2", "203.0.113.5, not-an-ip"))).to.equal("10.0.0.2");
    expect(resolve(ctx("10.0.0.2"))).to.equal("10.0.0.2");
    // only proxies in the chain: the leftmost one
    expect(resolve(ctx("10.0.0.2", "10.0.0.9, 10.0.0.1"))).to.equal("10.0.0.9");
  });
});

import { expect } from "chai";
import { get, post, request } from "../helpers/api.ts";
import { expectError } from "../helpers/expectEnvelope.ts";
import { bearerFor } from "../helpers/auth.ts";
import { sharedServer, startTestServer } from "../helpers/server.ts";
import type { RunningServer } from "../../src/server.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { assertBodyWithinLimits } from "../../src/http/limits.ts";
import { addError, AppError, type ErrorTree } from "../../src/http/errors.ts";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("request limits (src/http/limits.ts)", function () {
  this.timeout(30_000);

  describe("with the default limits", () => {
    let server: RunningServer;
    before(async () => (server = await sharedServer()));

    it("answers 400 to a JSON body nested deeper than 32 levels, before authentication", async () => {
      const res = await post(server.url, "/resources.json", {
        rawBody: `{"name":${nested(40)}}`,
        headers: { "content-type": "application/json" },
      });
      expectError(res, 400, "The request body is nested too deeply (limit 32 levels).");
    });

    it("answers 400, not a crash, to 200,000 levels of nesting", async () => {
      const res = await post(server.url, "/auth/jwt/login.json", {
        rawBody: nested(200_000),
        headers: { "content-type": "application/json" },
      });
      expectError(res, 400, /nested too deeply/);
      expect((await get(server.url, "/healthcheck/status.json")).status).to.equal(200);
    });

    it("accepts 32 levels", async () => {
      const res = await post(server.url, "/auth/jwt/login.json", {
        rawBody: `{"challenge":${nested(31)}}`,
        headers: { "content-type": "application/json" },
      });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("challenge.type");
    });

    it("answers 400 to more than 1000 query parameters (Node would drop the rest silently)", async () => {
      const qs = Array.from({ length: 1001 }, (_, i) => `f${i % 10}=${i % 10}`).join("&");
      const res = await get(server.url, `/resources.json?${qs}`, await bearerFor(server, "ada"));
      expectError(res, 400, "The query string has too many parameters (limit 1000).");
    });

    it("answers 400 to a query string over 8 kB, on any path", async () => {
      const res = await get(server.url, `/no/such/path.json?q=${"a".repeat(8200)}`);
      expectError(res, 400, "The query string is too long (limit 8192 characters).");
    });

    it("lets a body with 1,000 secrets through (a 1,000-resource group add)", () => {
      const secrets = Array.from({ length: 1000 }, (_, i) => ({
        resource_id: crypto.randomUUID(),
        user_id: crypto.randomUUID(),
        data: `-----BEGIN PGP MESSAGE-----\n${"x".repeat(600)}${i}\n-----END PGP MESSAGE-----`,
      }));
      const limits = loadConfig({}).limits;
      expect(() => assertBodyWithinLimits({ groups_users: [], secrets }, limits)).not.to.throw();
    });
  });

  describe("with small limits", () => {
    let server: RunningServer;
    before(async () => {
      server = await startTestServer({
        REQUEST_MAX_ARRAY_ITEMS: "10",
        REQUEST_MAX_OBJECT_KEYS: "20",
        REQUEST_MAX_STRING_LENGTH: "1000",
        REQUEST_MAX_QUERY_PARAMS: "5",
        REQUEST_MAX_JSON_DEPTH: "4",
      });
    });
    after(async () => server?.close());

    it("answers 413 to an array with more items than REQUEST_MAX_ARRAY_ITEMS, naming it", async () => {
      const secrets = Array.from({ length: 11 }, () => ({ data: "x" }));
      const res = await post(server.url, "/resources.json", {
        body: { name: "n", secrets },
        ...(await bearerFor(server, "ada")),
      });
      expectError(res, 413, "The request has too many items in `secrets` (limit 10).");
    });

    it("answers 413 to an object with too many keys, and to a string too long", async () => {
      const wide = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i]));
      expectError(
        await post(server.url, "/auth/jwt/login.json", { body: wide }),
        413,
        /too many fields in `body`/,
      );
      expectError(
        await post(server.url, "/auth/jwt/login.json", { body: { challenge: "c".repeat(1001) } }),
        413,
        "The request has a value too long in `challenge` (limit 1000 characters).",
      );
    });

    it("applies REQUEST_MAX_JSON_DEPTH and REQUEST_MAX_QUERY_PARAMS", async () => {
      expectError(
        await post(server.url, "/auth/jwt/login.json", { body: { a: { b: { c: { d: 1 } } } } }),
        400,
      );
      expectError(await post(server.url, "/auth/jwt/login.json", { body: { a: { b: { c: 1 } } } }), 400);
      expectError(
        await get(server.url, "/healthcheck/status.json?a=1&b=2&c=3&d=4&e=5&f=6"),
        400,
        /too many parameters/,
      );
      expect((await get(server.url, "/healthcheck/status.json?a=1&b=2&c=3&d=4&e=5")).status).to.equal(200);
    });

    it("checks form bodies too", async () => {
      const res = await request(server.url, "POST", "/auth/jwt/login.json", {
        rawBody: new URLSearchParams({ challenge: "c".repeat(1001) }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expectError(res, 413, /value too long/);
    });
  });

  describe("hostile field names", () => {
    it("reports a field named constructor in the error tree, and refuses __proto__ as JSON", async () => {
      const server = await sharedServer();
      const headers = { "content-type": "application/json", ...(await bearerFor(server, "ada")).headers };
      const res = await post(server.url, "/resources.json", {
        rawBody: '{"name":"n","constructor":{"prototype":{"polluted":1}}}',
        headers,
      });
      expectError(res, 400);
      expect(Object.hasOwn(res.json.body as object, "constructor")).to.equal(true);
      const proto = await post(server.url, "/resources.json", {
        rawBody: '{"__proto__":{"polluted":1}}',
        headers,
      });
      expectError(proto, 400, /not valid JSON/);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it("never writes to Object.prototype while building an error tree (addError)", () => {
      const tree: ErrorTree = {};
      addError(tree, ["__proto__"], "_unexpected", "The __proto__ is not an accepted field.");
      addError(tree, ["constructor", "prototype"], "_unexpected", "no");
      expect(({} as Record<string, unknown>)._unexpected, "Object.prototype polluted").to.equal(undefined);
      expect(JSON.stringify(tree)).to.equal(
        '{"__proto__":{"_unexpected":"The __proto__ is not an accepted field."},' +
          '"constructor":{"prototype":{"_unexpected":"no"}}}',
      );
    });
  });

  describe("assertBodyWithinLimits()", () => {
    const limits = { ...loadConfig({}).limits, jsonDepth: 3, arrayItems: 2 };
    const status = (body: unknown) => {
      try {
        assertBodyWithinLimits(body, limits);
        return 0;
      } catch (err) {
        return (err as AppError).status;
      }
    };

    it("counts the root as level 1, and scalars as no level", () => {
      expect(status({ a: { b: 1 } })).to.equal(0);
      expect(status({ a: { b: [1] } })).to.equal(0);
      expect(status({ a: { b: [[1]] } })).to.equal(400);
      expect(status("a string")).to.equal(0);
      expect(status(undefined)).to.equal(0);
    });

    it("names the array that is too long", () => {
      expect(status({ permissions: [1, 2, 3] })).to.equal(413);
      expect(() => assertBodyWithinLimits({ permissions: [1, 2, 3] }, limits)).to.throw(/`permissions`/);
    });
  });

  describe("configuration", () => {
    const bad = (env: Record<string, string>, variable: string) =>
      expect(() => loadConfig(env))
        .to.throw(ConfigError)
        .with.property("variable", variable);

    it("refuses bad values, naming the variable", () => {
      bad({ REQUEST_MAX_JSON_DEPTH: "1" }, "REQUEST_MAX_JSON_DEPTH");
      bad({ REQUEST_MAX_ARRAY_ITEMS: "many" }, "REQUEST_MAX_ARRAY_ITEMS");
      bad({ THROTTLE_ACCOUNT_LIMIT: "0" }, "THROTTLE_ACCOUNT_LIMIT");
      bad({ THROTTLE_WINDOW_SECONDS: "-1" }, "THROTTLE_WINDOW_SECONDS");
      bad({ TRUSTED_PROXY: "10.0.0.1, proxy.local" }, "TRUSTED_PROXY");
      bad({ TRUSTED_PROXY: "10.0.0.0/33" }, "TRUSTED_PROXY");
      bad({ TRUSTED_PROXY_HEADER: "x forwarded" }, "TRUSTED_PROXY_HEADER");
      bad({ CORS_ORIGINS: "https://app.example.com/path" }, "CORS_ORIGINS");
      bad({ CORS_ORIGINS: "*", CORS_ALLOW_CREDENTIALS: "true" }, "CORS_ALLOW_CREDENTIALS");
      bad({ AUDIT_SEAL_INTERVAL_SECONDS: "0" }, "AUDIT_SEAL_INTERVAL_SECONDS");
    });

    it("has the documented defaults", () => {
      const c = loadConfig({});
      expect(c.throttle).to.deep.equal({
        enabled: true,
        accountLimit: 10,
        addressLimit: 20,
        windowSeconds: 900,
        mfaFailureLimit: 4,
      });
      expect(c.trustedProxy).to.deep.equal({ proxies: [], header: "x-forwarded-for" });
      expect(c.cors).to.deep.equal({ origins: [], allowCredentials: false });
      expect(c.limits).to.deep.equal({
        jsonDepth: 32,
        arrayItems: 10_000,
        objectKeys: 1000,
        stringLength: 1024 * 1024,
        queryParams: 1000,
        queryLength: 8192,
      });
      expect(
        loadConfig({ TRUSTED_PROXY: "10.0.0.0/8, ::1", CORS_ORIGINS: "https://a.example:8443/" }),
      ).to.deep.include({
        trustedProxy: { proxies: ["10.0.0.0/8", "::1"], header: "x-forwarded-for" },
        cors: { origins: ["https://a.example:8443"], allowCredentials: false },
      });
    });
  });
});

/**
 * Property-based fuzzing (fast-check) of every route mount() records, with malformed,
 * oversized and wrongly-typed bodies, path parameters and query strings, anonymous and as an
 * administrator (bearer token). Every answer must be below 500 and match the OpenAPI document
 * (test/helpers/api.ts checks each one: a valid envelope, a documented status), and the server
 * must still be up at the end. Path parameters are never the cast's ids, so that the fuzz
 * cannot delete or edit what other suites rely on.
 *
 * FUZZ_RUNS (default 30) sets the number of generated requests per route.
 */
import { randomUUID } from "node:crypto";
import { expect } from "chai";
import fc from "fast-check";
import { request, type RequestOptions } from "../helpers/api.ts";
import { bearerFor } from "../helpers/auth.ts";
import { startTestServer } from "../helpers/server.ts";
import type { RunningServer } from "../../src/server.ts";
import type { RouteSpec } from "../../src/http/routeSpec.ts";
import { buildRouters } from "../../src/app.ts";
import { documentedSpecs, placeholderDeps } from "../../src/openapi/generate.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
type Schema = Record<string, unknown>;

const nastyStrings = fc.constantFrom(
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "99999999999999999999999",
  "null",
  "true",
  "[]",
  "{}",
  "%",
  "%zz",
  "%00",
  "\u0000",
  "\ud800",
  "../../etc/passwd",
  "'; DROP TABLE users; --",
  "<script>alert(1)</script>",
  "${jndi:ldap://x}",
  "__proto__",
  "constructor",
  "valueOf",
  "toString",
  "hasOwnProperty",
  "x".repeat(5000),
  "é".repeat(300),
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF",
);

const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  nastyStrings,
  fc.uuid(),
);
const junk = fc.oneof(
  anyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
);

/** Values shaped like the schema, with any part swapped for junk of the wrong type. */
function shaped(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const s = (schema ?? {}) as Schema;
  if (depth > 4) return junk;
  const props = s.properties as Record<string, unknown> | undefined;
  if (props) {
    const record = fc.record(
      Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fc.oneof(shaped(v, depth + 1), junk)])),
      { requiredKeys: [] },
    );
    const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), nastyStrings), junk, { maxKeys: 3 });
    return fc.oneof(
      record,
      fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a })),
    );
  }
  if (s.items) return fc.array(fc.oneof(shaped(s.items, depth + 1), junk), { maxLength: 6 });
  if (s.type === "string") return anyString;
  return junk;
}

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

/** A request body: shaped JSON, any JSON value, broken JSON, a form, or something oversized. */
function bodyFor(spec: RouteSpec): fc.Arbitrary<RequestOptions> {
  const json = (v: unknown): RequestOptions => ({
    rawBody: JSON.stringify(v) ?? "null",
    headers: { "content-type": "application/json" },
  });
  return fc.oneof(
    { weight: 5, arbitrary: shaped(spec.body?.schema).map(json) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom(
            "{",
            '{"a":',
            "[1,2",
            '{"a":1}}',
            "\u0000",
            "nul",
            deep(50),
            deep(100_000),
            `{"a":${deep(40)}}`,
          ),
        )
        .map((raw) => ({ rawBody: raw, headers: { "content-type": "application/json" } })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.string({ maxLength: 30 }),
              fc.constantFrom(
                "data[gpg_auth][keyid]",
                "a[b][c][d][e][f][g]",
                "secrets[0][data]",
                "__proto__[x]",
              ),
            ),
            anyString,
          ),
          { maxLength: 6 },
        )
        .map((pairs) => ({
          rawBody: new URLSearchParams(pairs).toString(),
          headers: { "content-type": "application/x-www-form-urlencoded" },
        })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<RequestOptions>(
        {
          rawBody: JSON.stringify({ secrets: Array(20_000).fill({}) }),
          headers: { "content-type": "application/json" },
        },
        {
          rawBody: JSON.stringify({ name: "n".repeat(200_000) }),
          headers: { "content-type": "application/json" },
        },
        { rawBody: "x".repeat(100), headers: { "content-type": "text/plain" } },
        { rawBody: "<a/>", headers: { "content-type": "application/xml" } },
        {
          rawBody: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--',
          headers: { "content-type": "multipart/form-data; boundary=b" },
        },
        { rawBody: "--b\r\n\r\n", headers: { "content-type": "multipart/form-data; boundary=b" } },
        { rawBody: "{}", headers: { "content-type": "application/json; charset=latin-9" } },
      ),
    },
  );
}

/** A query string: the route's own keys and random ones, with any values; sometimes raw. */
function queryFor(spec: RouteSpec): fc.Arbitrary<string> {
  const names = [
    ...(spec.query ?? []).map((q) => q.name),
    "api-version",
    "contain[header]",
    "page",
    "limit",
    "sort",
  ];
  const pair = fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 20 })), anyString);
  return fc.oneof(
    fc.array(pair, { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
    fc.constantFrom(
      "%zz",
      "a=%",
      "&&&=&",
      "a[b][c][d][e][f]=1",
      "page=1&page=2&limit[]=3",
      "filter[has-id][]=x&filter[has-id]=y",
    ),
  );
}

/** A value for a path parameter, encoded or deliberately raw. */
const paramValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(randomUUID(), randomUUID()) },
  // through a Buffer: lone surrogates become U+FFFD, which encodeURIComponent accepts
  { weight: 3, arbitrary: anyString.map((s) => encodeURIComponent(Buffer.from(s).toString())) },
  { weight: 1, arbitrary: fc.constantFrom("%zz", "%", "%E0%A4%A", "..", "me", "%2e%2e") },
);

function pathFor(spec: RouteSpec): fc.Arbitrary<string> {
  const names = [...spec.path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1]!);
  return fc
    .tuple(fc.array(paramValue, { minLength: names.length, maxLength: names.length }), fc.boolean())
    .map(([values, json]) => {
      let i = 0;
      const p = spec.path.replace(/:([A-Za-z_]\w*)/g, () => values[i++]!);
      return json ? `${p}.json` : p;
    });
}

describe("fuzzing every route (fast-check)", function () {
  this.timeout(300_000);
  let server: RunningServer;
  let admin: Record<string, string>;
  let user: Record<string, string>;
  const specs = documentedSpecs(buildRouters(placeholderDeps()));
  /** How often each status was answered: the fuzz must reach the handlers, not only the guards. */
  const seen = new Map<number, number>();

  // As an administrator the fuzz may change organisation-wide settings: put them back after.
  const SETTINGS = "organization_settings";
  let settings: Record<string, unknown>[] = [];
  before(async () => {
    server = await startTestServer({ BODY_LIMIT: "256kb" });
    admin = (await bearerFor(server, "ada")).headers;
    user = (await bearerFor(server, "betty")).headers;
    settings = await server.db.read((m) => m.query(`SELECT * FROM ${SETTINGS}`));
  });
  after(async () => {
    await server?.db.tx(async (m) => {
      await m.query(`DELETE FROM ${SETTINGS}`);
      for (const row of settings) {
        const cols = Object.keys(row);
        await m.query(
          `INSERT INTO ${SETTINGS} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
          cols.map((c) => row[c]),
        );
      }
    });
    await server?.close();
  });

  it("covers the routes", () => {
    expect(specs.length).to.be.greaterThan(30);
  });

  for (const spec of specs) {
    it(`${spec.method.toUpperCase()} ${spec.path}: never a 5xx, always a documented envelope`, async () => {
      const unsafe = spec.method !== "get";
      const auth = fc.constantFrom<Record<string, string>>({}, admin, user, {
        authorization: "Bearer x.y.z",
      });
      const body = unsafe ? fc.option(bodyFor(spec), { nil: undefined }) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(pathFor(spec), queryFor(spec), body, auth, async (path, query, opts, headers) => {
          const url = query ? `${path}?${query}` : path;
          const res = await request(server.url, spec.method.toUpperCase(), url, {
            ...opts,
            headers: { ...opts?.headers, ...headers },
          });
          seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
          expect(
            res.status,
            `${spec.method.toUpperCase()} ${url} → ${res.status} ${res.text.slice(0, 300)}`,
          ).to.be.below(500);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  }

  it("is still up and answering, having answered successes and refusals of every kind", async () => {
    const res = await request(server.url, "GET", "/healthcheck/status.json");
    expect(res.status).to.equal(200);
    for (const status of [200, 400, 401, 404])
      expect(seen.get(status) ?? 0, `answers ${status}`).to.be.above(0);
  });
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";
import type { RouteSpec } from "../../src/http/routeSpec.ts";
import { buildOpenApiDocument } from "../../src/openapi/document.ts";
import { ResponseValidator, routedPath } from "../../src/openapi/responseValidator.ts";
import { get } from "../helpers/api.ts";

const ID = "0e5ce9b4-2dd4-4ab4-9a2c-1ad2bd6fb5a4";
const spec = (over: Partial<RouteSpec>): RouteSpec => ({
  method: "get",
  path: "/things",
  name: "ThingsIndex.index",
  summary: "List things",
  tags: ["Things"],
  auth: "user",
  response: { type: "array", items: { type: "string" } },
  ...over,
});

const doc = buildOpenApiDocument(
  [
    spec({}),
    spec({
      path: "/things/:id",
      name: "ThingsView.view",
      params: { id: { type: "string", format: "uuid" } },
    }),
    spec({ path: "/things/mine", name: "ThingsMine.mine", response: { type: "integer" } }),
    spec({
      path: "/keys",
      name: "Jwks.keys",
      auth: "none",
      raw: true,
      response: { type: "object", required: ["keys"] },
    }),
    spec({
      path: "/settings",
      name: "Settings.index",
      auth: "none",
      query: [{ name: "contain[header]", schema: {} }],
      response: { type: "object", required: ["app"] },
    }),
  ],
  { version: "1.0.0" },
);
const validator = new ResponseValidator(doc, (method, path) => method === "get" && path === "/docs");

let n = 0;
function envelope(status: "success" | "error", code: number, body: unknown, extra: object = {}) {
  const id = `6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a${String(n++ % 100).padStart(2, "0")}`;
  return {
    id,
    json: {
      header: { id, status, servertime: 1, action: ID, message: "m", url: "/x.json", code, ...extra },
      body,
    },
  };
}

function response(
  method: string,
  url: string,
  status: number,
  json: unknown,
  headers: Record<string, string> = {},
) {
  const h = new Headers({ "content-type": "application/json; charset=utf-8", ...headers });
  const header = (json as { header?: { id?: string } }).header;
  if (!h.has("x-request-id")) h.set("x-request-id", header?.id ?? ID);
  return { method, url, status, headers: h, text: typeof json === "string" ? json : JSON.stringify(json) };
}

const ok = (url: string, body: unknown, method = "GET") =>
  response(method, url, 200, envelope("success", 200, body).json);
const error = (url: string, code: number, body: unknown = "", method = "GET") =>
  response(method, url, code, envelope("error", code, body).json);

describe("openapi/ResponseValidator", () => {
  it("matches a concrete path to its operation as the server routes it", () => {
    expect(validator.match("GET", "/things.json")?.operationId).to.equal("getThingsIndex");
    expect(validator.match("get", "/things")?.operationId).to.equal("getThingsIndex");
    expect(validator.match("GET", `/things/${ID}.json`)?.path).to.equal("/things/{id}.json");
    expect(validator.match("GET", "/things/mine.json")?.path, "fixed segments first").to.equal(
      "/things/mine.json",
    );
    expect(validator.match("DELETE", "/things.json")).to.equal(undefined);
    expect(routedPath("/things/")).to.equal("/things");
  });

  it("accepts a success envelope whose body matches the route's schema", () => {
    expect(validator.check(ok("/things.json?api-version=v2", ["a"]))).to.deep.equal([]);
  });

  it("names the operation, the status and the schema errors when the body does not match", () => {
    expect(() => validator.assert(ok("/things.json", [1]))).to.throw(
      /GET \/things\.json \(getThingsIndex\) answered 200[\s\S]*\/body\/0 must be string/,
    );
  });

  it("refuses a header key the envelope does not have, and a pagination header on an unpaginated route", () => {
    const extra = response("GET", "/things.json", 200, envelope("success", 200, [], { pagination: {} }).json);
    expect(validator.check(extra).join()).to.match(/must NOT have additional properties \(pagination\)/);
  });

  it("refuses a status the operation does not document", () => {
    expect(validator.check(error("/things.json", 409)).join()).to.match(/status 409 is not documented/);
  });

  it("holds error statuses to the error envelopes: body '' or, for 400, the validation tree", () => {
    expect(validator.check(error("/things.json", 404))).to.deep.equal([]);
    expect(
      validator.check(error("/things.json", 400, { name: { _empty: "The name should not be empty." } })),
    ).to.deep.equal([]);
    expect(validator.check(error("/things.json", 404, { name: "x" }))).not.to.deep.equal([]);
    expect(validator.check(error("/things.json", 400, { name: 1 }))).not.to.deep.equal([]);
  });

  it("checks that header.code is the HTTP status and header.id the X-Request-Id", () => {
    const wrongCode = response("GET", "/things.json", 404, envelope("error", 400, "").json);
    expect(validator.check(wrongCode).join()).to.match(/header.code is 400 but the HTTP status is 404/);
    const wrongId = response("GET", "/things.json", 200, envelope("success", 200, []).json, {
      "x-request-id": ID,
    });
    expect(validator.check(wrongId).join()).to.match(/differs from the X-Request-Id header/);
  });

  it("requires Retry-After on a 503", () => {
    expect(validator.check(error("/things.json", 503)).join()).to.match(/Retry-After header is missing/);
    const with503 = error("/things.json", 503);
    with503.headers.set("retry-after", "5");
    expect(validator.check(with503)).to.deep.equal([]);
  });

  it("checks raw routes against the bare schema", () => {
    expect(validator.check(response("GET", "/keys.json", 200, { keys: [] }))).to.deep.equal([]);
    expect(validator.check(ok("/keys.json", { keys: [] }))).not.to.deep.equal([]);
  });

  it("accepts the bare body with contain[header]=0 where the route takes it", () => {
    expect(
      validator.check(response("GET", "/settings.json?contain[header]=0", 200, { app: {} })),
    ).to.deep.equal([]);
    expect(validator.check(ok("/settings.json", { app: {} }))).to.deep.equal([]);
  });

  it("refuses a content type the operation does not document", () => {
    const html = { ...ok("/things.json", []), text: "<p>hi</p>" };
    html.headers.set("content-type", "text/html");
    expect(validator.check(html).join()).to.match(/content type "text\/html" is not documented/);
  });

  it("requires the 404 error envelope (or a failure before routing) for a request no operation takes", () => {
    expect(validator.check(error("/nope.json", 404))).to.deep.equal([]);
    expect(validator.check(error("/things.json", 404, "", "DELETE"))).to.deep.equal([]);
    expect(validator.check(error("/nope.json", 413, "", "POST"))).to.deep.equal([]);
    expect(validator.check(ok("/nope.json", [])).join()).to.match(
      /no operation of the document takes GET \/nope.json/,
    );
    expect(validator.check(error("/nope.json", 404, { x: "y" }))).not.to.deep.equal([]);
  });

  it("leaves the exempt routes alone", () => {
    const page = response("GET", "/docs", 200, "<html></html>", { "content-type": "text/html" });
    expect(validator.check(page)).to.deep.equal([]);
  });
});

describe("test/helpers/api.ts request()", () => {
  let server: http.Server;
  let url: string;
  before(async () => {
    // A fake server whose /healthcheck/status.json answers something the document does not allow.
    server = http.createServer((_req, res) => {
      const id = "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b";
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.setHeader("x-request-id", id);
      res.end(
        JSON.stringify({
          header: { id, status: "success", servertime: 1, action: ID, message: "OK", url: "/", code: 200 },
          body: "NOT OK",
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fails the test when a response does not match the document", async () => {
    let err: Error | undefined;
    try {
      await get(url, "/healthcheck/status.json");
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.match(/\(getStatus\) answered 200/);
    expect(err?.message).to.match(/\/body must be equal to constant/);
  });
});

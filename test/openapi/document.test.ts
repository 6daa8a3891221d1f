import { expect } from "chai";
import { actionId } from "../../src/http/action.ts";
import { ajv as appAjv } from "../../src/http/ajv.ts";
import type { RouteSpec } from "../../src/http/routeSpec.ts";
import type { JsonSchema } from "../../src/openapi/components.ts";
import { buildOpenApiDocument, koaPath, openApiPath, operationIds } from "../../src/openapi/document.ts";
import { componentName, sampleForPattern } from "../../src/openapi/jsonSchema.ts";
import { serializeDocument } from "../../src/openapi/generate.ts";

const base = (over: Partial<RouteSpec>): RouteSpec => ({
  method: "get",
  path: "/things",
  name: "ThingsIndex.index",
  summary: "List things",
  tags: ["Things"],
  auth: "user",
  response: { type: "array", items: { type: "string" } },
  ...over,
});

const build = (specs: RouteSpec[]) => buildOpenApiDocument(specs, { version: "9.9.9" });
const op = (doc: ReturnType<typeof build>, path: string, method = "get") =>
  doc.paths[path]![method] as JsonSchema & {
    parameters: JsonSchema[];
    responses: Record<string, JsonSchema>;
    security: unknown[];
    requestBody?: JsonSchema & { content: Record<string, JsonSchema> };
  };
const successSchema = (o: ReturnType<typeof op>) =>
  ((o.responses["200"]!.content as Record<string, JsonSchema>)["application/json"] as JsonSchema)
    .schema as JsonSchema;

describe("openapi/document.buildOpenApiDocument()", () => {
  it("turns Koa paths into .json paths with {param} templates, and back", () => {
    expect(openApiPath("/resources/:id")).to.equal("/resources/{id}.json");
    expect(openApiPath("/setup/start/:userId/:token")).to.equal("/setup/start/{userId}/{token}.json");
    expect(koaPath("/resources/{id}.json")).to.equal("/resources/:id");
    expect(() => openApiPath("/files/*rest")).to.throw(/only :name parameters/);
  });

  it("takes operationIds from OPERATION_IDS, and derives the others from the route name and method", () => {
    const specs = [
      base({ name: "Healthcheck.status", path: "/healthcheck/status" }),
      base({ name: "AuthVerify.verifyGet", path: "/auth/verify" }),
      base({ name: "UsersEdit.editPost", method: "put", path: "/users/:id" }),
      base({ name: "Things.status", path: "/things/status" }),
      base({ name: "ThingsEdit.editPost", method: "put", path: "/things/:id" }),
      base({ name: "ThingsLogin.loginPost", method: "post", path: "/things/login" }),
      base({ name: "ThingsLogin.loginPost", method: "post", path: "/things/verify" }),
    ];
    expect([...operationIds(specs).values()]).to.deep.equal([
      "getStatus",
      "getServerKey",
      "updateUser",
      "getThingsStatus",
      "putThingsEdit",
      "postThingsLogin_thingsLogin",
      "postThingsLogin_thingsVerify",
    ]);
  });

  it("keeps a listed operationId when a derived one would be the same (the derived one gets its path)", () => {
    const specs = [
      base({ name: "Things.status", path: "/healthcheck" }),
      base({ name: "Healthcheck.get", path: "/other" }),
    ];
    expect([...operationIds(specs).values()]).to.deep.equal(["getHealthcheck", "getHealthcheck_other"]);
  });

  it("wraps the response schema in the success envelope, or leaves it bare for raw routes", () => {
    const doc = build([
      base({}),
      base({ path: "/keys", name: "Jwks.keys", raw: true, auth: "none", response: { type: "object" } }),
    ]);
    expect(successSchema(op(doc, "/things.json"))).to.deep.equal({
      type: "object",
      additionalProperties: false,
      required: ["header", "body"],
      properties: {
        header: { $ref: "#/components/schemas/SuccessHeader" },
        body: { type: "array", items: { type: "string" } },
      },
    });
    expect(successSchema(op(doc, "/keys.json"))).to.deep.equal({ type: "object" });
    const example = (op(doc, "/things.json").responses["200"]!.content as Record<string, JsonSchema>)[
      "application/json"
    ]!.example as { header: JsonSchema; body: unknown };
    expect(example.header.action).to.equal(actionId("ThingsIndex.index"));
    expect(example.body).to.deep.equal(["string"]);
  });

  it("requires header.pagination where the route takes page and limit", () => {
    const doc = build([
      base({
        query: [
          { name: "page", schema: { type: "string" } },
          { name: "limit", schema: { type: "string" } },
        ],
      }),
    ]);
    const schema = successSchema(op(doc, "/things.json")) as { properties: { header: unknown } };
    expect(schema.properties.header).to.deep.equal({ $ref: "#/components/schemas/PaginatedSuccessHeader" });
    expect(doc.components.schemas).to.have.property("Pagination");
  });

  it("allows the bare body too where the route takes contain[header]", () => {
    const doc = build([base({ query: [{ name: "contain[header]", schema: { type: "string" } }] })]);
    const schema = successSchema(op(doc, "/things.json"));
    expect(schema.oneOf).to.have.length(2);
  });

  it("documents path, query, api-version and CSRF parameters", () => {
    const doc = build([
      base({
        method: "put",
        path: "/things/:id",
        params: { id: { type: "string", format: "uuid" } },
        query: [
          { name: "contain[creator]", schema: { type: "string" }, description: "Add the creator" },
          { name: "filter[has-id][]", schema: { type: "string", format: "uuid" }, array: true },
        ],
        body: { schema: { type: "object" } },
      }),
    ]);
    expect(op(doc, "/things/{id}.json", "put").parameters).to.deep.equal([
      { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      {
        name: "contain[creator]",
        in: "query",
        required: false,
        description: "Add the creator",
        schema: { type: "string" },
      },
      {
        name: "filter[has-id][]",
        in: "query",
        required: false,
        style: "form",
        explode: true,
        schema: { type: "array", items: { type: "string", format: "uuid" } },
      },
      { $ref: "#/components/parameters/ApiVersion" },
      { $ref: "#/components/parameters/CsrfToken" },
    ]);
  });

  it("refuses params that are not in the path", () => {
    expect(() => build([base({ params: { id: { type: "string" } } })])).to.throw(
      /params.id is not in the path/,
    );
  });

  it("maps auth levels to security and to 401/403", () => {
    const doc = build([
      base({ path: "/a", auth: "none" }),
      base({ path: "/b", auth: "optional" }),
      base({ path: "/c", auth: "user" }),
      base({ path: "/d", auth: "admin" }),
      base({ path: "/e", auth: "user", method: "post", csrfExempt: true }),
      base({ path: "/f", auth: "user", method: "delete" }),
    ]);
    expect(op(doc, "/a.json").security).to.deep.equal([]);
    expect(op(doc, "/b.json").security).to.deep.equal([{ bearerJwt: [] }, { sessionCookie: [] }, {}]);
    expect(op(doc, "/c.json").security).to.deep.equal([{ bearerJwt: [] }, { sessionCookie: [] }]);
    expect(Object.keys(op(doc, "/c.json").responses)).to.deep.equal([
      "200",
      "400",
      "401",
      "404",
      "500",
      "503",
    ]);
    expect(op(doc, "/d.json").responses).to.have.property("403");
    expect(op(doc, "/e.json", "post").responses).not.to.have.property("403");
    expect(op(doc, "/e.json", "post").responses).to.have.property("413");
    expect(op(doc, "/f.json", "delete").responses).to.have.property("403");
  });

  it("adds the statuses a route declares in `errors`", () => {
    const doc = build([base({ errors: [409, 429] })]);
    expect(op(doc, "/things.json").responses).to.include.keys("409", "429");
    expect(doc.components.responses).to.include.keys("Conflict", "TooManyRequests");
    expect(() => build([base({ errors: [418] })])).to.throw(/no error response is defined for status 418/);
  });

  it("documents JSON bodies, the form encodings a route also reads, and the example", () => {
    const doc = build([
      base({
        method: "post",
        body: {
          schema: { type: "object", properties: { keyid: { type: "string" } } },
          contentTypes: ["application/json", "multipart/form-data"],
        },
        example: { keyid: "ABC" },
      }),
    ]);
    const body = op(doc, "/things.json", "post").requestBody!;
    expect(body.required).to.equal(true);
    expect(Object.keys(body.content)).to.deep.equal(["application/json", "multipart/form-data"]);
    expect(body.content["application/json"]!.example).to.deep.equal({ keyid: "ABC" });
  });

  it("turns ajv's nullable into a null type and shared schemas ($id or registered $ref) into components", () => {
    const shared = { $id: "https://watchword.test/schemas/thing-owner.json", type: "object" };
    appAjv.addSchema({ type: "string", format: "uuid" }, "watchword-test-id");
    try {
      const doc = build([
        base({
          response: {
            type: "object",
            properties: {
              name: { type: "string", nullable: true },
              kind: { type: "string", enum: ["a", "b"], nullable: true },
              owner: shared,
              creator: shared,
              id: { $ref: "watchword-test-id" },
            },
          },
        }),
      ]);
      const body = (successSchema(op(doc, "/things.json")).properties as JsonSchema).body as JsonSchema;
      expect(body.properties).to.deep.equal({
        name: { type: ["string", "null"] },
        kind: { type: ["string", "null"], enum: ["a", "b", null] },
        owner: { $ref: "#/components/schemas/ThingOwner" },
        creator: { $ref: "#/components/schemas/ThingOwner" },
        id: { $ref: "#/components/schemas/WatchwordTestId" },
      });
      expect(doc.components.schemas!.ThingOwner).to.deep.equal({ type: "object" });
      expect(doc.components.schemas!.WatchwordTestId).to.deep.equal({ type: "string", format: "uuid" });
    } finally {
      appAjv.removeSchema("watchword-test-id");
    }
  });

  it("refuses local $refs and two different schemas with one component name", () => {
    expect(() => build([base({ response: { $ref: "#/definitions/x" } })])).to.throw(/local \$ref/);
    expect(() =>
      build([
        base({
          response: {
            type: "object",
            properties: { a: { $id: "Thing", type: "string" }, b: { $id: "thing", type: "integer" } },
          },
        }),
      ]),
    ).to.throw(/two different schemas/);
  });

  it("lets a route's schema refer to the shared components, and refuses a reference to nothing", () => {
    const doc = build([base({ raw: true, response: { $ref: "#/components/schemas/ErrorEnvelope" } })]);
    expect(successSchema(op(doc, "/things.json"))).to.deep.equal({
      $ref: "#/components/schemas/ErrorEnvelope",
    });
    expect(() => build([base({ response: { $ref: "#/components/schemas/Nope" } })])).to.throw(
      /"#\/components\/schemas\/Nope" points at nothing/,
    );
  });

  it("is deterministic: the same specs in another order give the same text", () => {
    const specs = [
      base({ path: "/b", name: "B.index" }),
      base({ path: "/a/:id", name: "A.view", params: { id: { type: "string" } } }),
      base({ path: "/a", name: "A.add", method: "post" }),
      base({ path: "/a", name: "A.index" }),
    ];
    const one = serializeDocument(build(specs));
    expect(serializeDocument(build([...specs].reverse()))).to.equal(one);
    expect(Object.keys(build(specs).paths)).to.deep.equal(["/a.json", "/a/{id}.json", "/b.json"]);
    expect(Object.keys(build(specs).paths["/a.json"]!)).to.deep.equal(["get", "post"]);
  });

  it("keeps only the components the operations use", () => {
    const doc = build([base({ auth: "none" })]);
    expect(doc.components.schemas).not.to.have.property("Pagination");
    expect(doc.components.parameters).not.to.have.property("CsrfToken");
    expect(doc.components.responses).not.to.have.property("Forbidden");
  });
});

describe("openapi/jsonSchema", () => {
  it("componentName() names a component after the last segment of an id", () => {
    expect(componentName("https://watchword.test/schemas/resource-type.json")).to.equal("ResourceType");
    expect(componentName("Resource")).to.equal("Resource");
  });

  it("sampleForPattern() makes a matching string for simple patterns", () => {
    expect(sampleForPattern("^[0-9A-F]{40}$")).to.equal("0".repeat(40));
    expect(sampleForPattern("^(?:[Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$")).to.equal("ASC");
    expect(sampleForPattern("^[1-9][0-9]{0,6}$")).to.equal("1");
    expect(sampleForPattern("^[^x]$")).to.equal(undefined);
  });
});

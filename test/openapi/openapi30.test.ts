/**
 * The OpenAPI 3.0 rendition Swagger UI loads at /docs (src/openapi/openapi30.ts): the same
 * operations, parameters and schemas as the 3.1 document, with no 3.1-only spelling left, and a
 * valid 3.0 document by Redocly's strict rules.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "chai";
import { toOpenApi30 } from "../../src/openapi/openapi30.ts";
import type { OpenApiDocument } from "../../src/openapi/document.ts";
import { repoRoot } from "../helpers/env.ts";
import { sharedServer } from "../helpers/server.ts";
import { contractDocument } from "./contract.ts";

const run = promisify(execFile);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every schema-keyword use of a 3.1-only spelling, with its JSON pointer. */
function spellings31(node: Json, at = "#"): string[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => spellings31(v, `${at}/${i}`));
  if (!node || typeof node !== "object") return [];
  const found: string[] = [];
  const isMap = /\/(properties|schemas|responses|parameters|headers|content|paths|examples)$/.test(at);
  if (!isMap) {
    if (Array.isArray(node.type)) found.push(`${at}: type list`);
    if (node.type === "null") found.push(`${at}: type null`);
    if (
      node.nullable === true &&
      !Array.isArray(node.type) &&
      node.type === undefined &&
      !node.enum &&
      !node.allOf &&
      !node.anyOf &&
      !node.oneOf
    )
      found.push(`${at}: nullable without a schema`);
    if ("const" in node) found.push(`${at}: const`);
    if (Array.isArray(node.examples)) found.push(`${at}: examples list`);
  }
  for (const [k, v] of Object.entries(node)) found.push(...spellings31(v, `${at}/${k.replace(/\//g, "~1")}`));
  return found;
}

const doc = (schema: Json): OpenApiDocument =>
  ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: { S: schema } },
  }) as unknown as OpenApiDocument;
const converted = (schema: Json) =>
  (toOpenApi30(doc(schema)) as unknown as { components: { schemas: { S: Json } } }).components.schemas.S;

describe("the OpenAPI 3.0 rendition for Swagger UI", function () {
  this.timeout(60_000);

  it("spells null, const and examples the 3.0 way", () => {
    expect(converted({ type: ["string", "null"], maxLength: 3 })).to.deep.equal({
      type: "string",
      maxLength: 3,
      nullable: true,
    });
    expect(converted({ type: ["integer", "string"] })).to.deep.equal({
      anyOf: [{ type: "integer" }, { type: "string" }],
    });
    // S itself is this schema, with no type: the wrapper has none either
    expect(converted({ anyOf: [{ $ref: "#/components/schemas/S" }, { type: "null" }] })).to.deep.equal({
      allOf: [{ $ref: "#/components/schemas/S" }],
      nullable: true,
    });
    expect(converted({ anyOf: [{ type: "integer", minimum: 0 }, { type: "null" }] })).to.deep.equal({
      type: "integer",
      minimum: 0,
      nullable: true,
    });
    expect(converted({ oneOf: [{ type: "integer" }, { type: "string" }, { type: "null" }] })).to.deep.equal({
      anyOf: [
        { type: "integer", nullable: true },
        { type: "string", nullable: true },
      ],
    });
    expect(converted({ $ref: "#/components/schemas/S", description: "d" })).to.deep.equal({
      allOf: [{ $ref: "#/components/schemas/S" }],
      description: "d",
    });
    expect(converted({ type: "string", const: "success" })).to.deep.equal({
      type: "string",
      enum: ["success"],
    });
    expect(converted({ type: "null" })).to.deep.equal({ type: "object", nullable: true, enum: [null] });
    expect(converted({ anyOf: [{ type: "string" }, { type: "null" }] })).to.deep.equal({
      type: "string",
      nullable: true,
    });
    expect(converted({ type: "string", examples: ["v2", "v1"] })).to.deep.equal({
      type: "string",
      example: "v2",
    });
  });

  it("leaves names alone: a property called type or const is a property, not a keyword", () => {
    const s = converted({
      type: "object",
      properties: { type: { type: "string" }, const: { type: ["string", "null"] } },
    });
    expect(s).to.deep.equal({
      type: "object",
      properties: { type: { type: "string" }, const: { type: "string", nullable: true } },
    });
  });

  it("keeps every operation, parameter and component of the document, and no 3.1 spelling", () => {
    const source = contractDocument() as unknown as Record<string, Json> & {
      paths: Record<string, Record<string, { operationId: string; parameters?: unknown[] }>>;
    };
    const rendition = toOpenApi30(contractDocument()) as unknown as typeof source;
    expect(rendition.openapi).to.equal("3.0.3");
    expect(Object.keys(rendition.paths)).to.deep.equal(Object.keys(source.paths));
    for (const [p, item] of Object.entries(source.paths))
      for (const [method, op] of Object.entries(item)) {
        expect(rendition.paths[p]?.[method]?.operationId, `${method} ${p}`).to.equal(op.operationId);
        expect(rendition.paths[p]?.[method]?.parameters?.length, `${method} ${p}`).to.equal(
          op.parameters?.length,
        );
      }
    const components = (d: typeof source) => Object.keys((d.components as { schemas: object }).schemas);
    expect(components(rendition)).to.deep.equal(components(source));
    expect(spellings31(source as Json)).to.not.deep.equal([]); // the check sees what it looks for
    expect(spellings31(rendition as Json)).to.deep.equal([]);
  });

  it("is a valid OpenAPI 3.0 document by Redocly's strict rules", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openapi30-"));
    try {
      const file = path.join(dir, "openapi-3.0.json");
      fs.writeFileSync(file, JSON.stringify(toOpenApi30(contractDocument())));
      const bin = path.join(repoRoot, "node_modules", ".bin", "redocly");
      const r = await run(bin, ["lint", "--config", path.join(repoRoot, "openapi", "redocly.yaml"), file], {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      }).catch((err: { stdout: string; stderr: string }) => err);
      expect(`${r.stdout}${r.stderr}`).to.match(/Woohoo! Your API description is valid/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is what /docs loads, from GET /docs/openapi-3.0.json, compressed like the rest of the reference", async () => {
    const { url } = await sharedServer();
    const init = await (await fetch(`${url}/docs/swagger-initializer.js`)).text();
    expect(init).to.contain('url: "/docs/openapi-3.0.json"');
    const res = await fetch(`${url}/docs/openapi-3.0.json`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).to.equal(200);
    expect(res.headers.get("content-type")).to.equal("application/json; charset=utf-8");
    expect(res.headers.get("content-encoding")).to.equal("gzip");
    const served = (await res.json()) as { info: { description: string } };
    const expected = JSON.parse(JSON.stringify(toOpenApi30(contractDocument()))) as typeof served;
    // the same document, with a first paragraph pointing integrators at the 3.1 one
    expect(served.info.description).to.match(
      /^This page shows the document as OpenAPI 3\.0.*\/openapi\.json/,
    );
    expect(served.info.description.endsWith(expected.info.description)).to.equal(true);
    expect({ ...served, info: expected.info }).to.deep.equal(expected);
  });
});

import fs from "node:fs";
import { expect } from "chai";
import { buildRouters } from "../../src/app.ts";
import { DOCS_ROUTES } from "../../src/domain/docs/docs.routes.ts";
import { errorResponses, type JsonSchema } from "../../src/openapi/components.ts";
import { koaPath, METHOD_ORDER } from "../../src/openapi/document.ts";
import {
  DOCUMENT_FILE,
  packageVersion,
  placeholderDeps,
  routerLayers,
  serializeDocument,
  compactDocument,
} from "../../src/openapi/generate.ts";
import { contractDocument, contractValidator } from "./contract.ts";

type Operation = JsonSchema & {
  operationId: string;
  security: JsonSchema[];
  parameters: JsonSchema[];
  responses: Record<string, JsonSchema>;
  requestBody?: { content: Record<string, JsonSchema> };
};

function operations(): { path: string; method: string; op: Operation }[] {
  const out = [];
  for (const [path, item] of Object.entries(contractDocument().paths))
    for (const [method, op] of Object.entries(item)) out.push({ path, method, op: op as Operation });
  return out;
}

/** The first line where two texts differ, with a little context. */
function firstDifference(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i < 0 ? Math.min(x.length, y.length) : i;
  return `line ${at + 1}:\n  committed: ${y[at] ?? "(end of file)"}\n  generated: ${x[at] ?? "(end of file)"}`;
}

describe("the OpenAPI document (openapi/openapi.json)", () => {
  it("is the document the mounted routes generate (else run npm run openapi:generate)", () => {
    const fresh = serializeDocument(contractDocument());
    const committed = fs.existsSync(DOCUMENT_FILE) ? fs.readFileSync(DOCUMENT_FILE, "utf8") : "";
    if (fresh !== committed)
      expect.fail(
        `openapi/openapi.json is out of date: run npm run openapi:generate and commit the result.\n` +
          firstDifference(fresh, committed),
      );
  });

  it("is small: served under 400 KB, with the entities as named components referenced everywhere", () => {
    const doc = contractDocument();
    const served = Buffer.byteLength(compactDocument(doc));
    expect(served, "bytes of GET /openapi.json").to.be.lessThan(400 * 1024);
    const schemas = Object.keys(doc.components.schemas!);
    for (const name of [
      "Resource",
      "Secret",
      "User",
      "Profile",
      "Gpgkey",
      "Group",
      "Folder",
      "Permission",
      "Comment",
      "Tag",
      "SuccessHeader",
      "ValidationErrors",
    ])
      expect(schemas, name).to.include(name);
    expect(schemas.length, "shared components").to.be.at.least(30);
    // a named entity is never written out again inline: its required list appears once
    const text = JSON.stringify(doc.paths);
    for (const name of ["Resource", "User", "Secret", "Folder"]) {
      const required = JSON.stringify((doc.components.schemas![name] as { required: string[] }).required);
      expect(text.split(required).length - 1, `${name} inline in paths`).to.equal(0);
    }
  });

  it("is OpenAPI 3.1 with the package version, served from /", () => {
    const doc = contractDocument();
    expect(doc.openapi).to.equal("3.1.0");
    expect(doc.info.version).to.equal(packageVersion());
    expect(doc.servers).to.deep.equal([{ url: "/", description: "The server that serves this document" }]);
  });

  it("lists every route the routers mount, and nothing they do not (the reference pages aside)", () => {
    const layers = routerLayers(buildRouters(placeholderDeps()));
    const mounted = new Set(layers.map((l) => `${l.method.toUpperCase()} ${l.path}`));
    const docs = new Set(DOCS_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`));
    const documented = new Set(operations().map((o) => `${o.method.toUpperCase()} ${koaPath(o.path)}`));

    const missing = [...mounted].filter((r) => !documented.has(r) && !docs.has(r));
    expect(missing, "mounted but not in the document: mount them with mount() and a RouteSpec").to.deep.equal(
      [],
    );
    const phantom = [...documented].filter((r) => !mounted.has(r));
    expect(phantom, "in the document but not mounted").to.deep.equal([]);
    const docsMissing = [...docs].filter((r) => !mounted.has(r));
    expect(docsMissing, "DOCS_ROUTES that the docs router does not mount").to.deep.equal([]);
    const docsDocumented = [...docs].filter((r) => documented.has(r));
    expect(docsDocumented, "reference pages must stay out of the API document").to.deep.equal([]);
    expect(layers.length, "one layer per (method, path)").to.equal(mounted.size);
  });

  it("gives every operation a unique operationId, a summary and a tag", () => {
    const seen = new Map<string, string>();
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).to.match(/^[a-z]+[A-Za-z0-9_]*$/);
      expect(seen.get(op.operationId), `operationId ${op.operationId} of ${where}`).to.equal(undefined);
      seen.set(op.operationId, where);
      expect(op.summary, where).to.be.a("string").and.not.empty;
      expect(op.tags, where).to.be.an("array").and.not.empty;
    }
  });

  it("describes every tag (add new ones to tagDescriptions in src/openapi/components.ts)", () => {
    const undescribed = (contractDocument().tags as { name: string; description?: string }[])
      .filter((t) => !t.description)
      .map((t) => t.name);
    expect(undescribed).to.deep.equal([]);
  });

  it("uses Passbolt's .json paths with {param} templates, sorted, methods in a fixed order", () => {
    const paths = Object.keys(contractDocument().paths);
    expect(paths).to.deep.equal([...paths].sort((a, b) => a.localeCompare(b)));
    for (const path of paths) {
      expect(path).to.match(/^\/[A-Za-z0-9\-_/{}.]*\.json$/);
      expect(path).not.to.include(":");
      const methods = Object.keys(contractDocument().paths[path]!);
      expect(methods).to.deep.equal(METHOD_ORDER.filter((m) => methods.includes(m)));
    }
  });

  it("documents the error envelopes every operation can answer", () => {
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const status of [400, 401, 404, 500, 503])
        expect(op.responses[String(status)], `${where} ${status}`).to.deep.equal({
          $ref: `#/components/responses/${errorResponses[status]!.name}`,
        });
      if (method !== "get") expect(op.responses["413"], `${where} 413`).to.have.property("$ref");
      const csrf = op.parameters.some((p) => p.$ref === "#/components/parameters/CsrfToken");
      if (csrf) expect(op.responses["403"], `${where}: a CSRF check answers 403`).to.have.property("$ref");
    }
    const unavailable = contractDocument().components.responses!.ServiceUnavailable as JsonSchema;
    expect(unavailable.headers).to.have.property("Retry-After");
  });

  it("gives every operation one of the three security shapes (none, optional, user/admin)", () => {
    const shapes = [
      [],
      [{ bearerJwt: [] }, { sessionCookie: [] }, {}],
      [{ bearerJwt: [] }, { sessionCookie: [] }],
    ].map((s) => JSON.stringify(s));
    for (const { path, method, op } of operations())
      expect(shapes, `${method.toUpperCase()} ${path}`).to.include(JSON.stringify(op.security));
  });

  it("adds the api-version parameter to every operation", () => {
    for (const { path, op } of operations())
      expect(op.parameters, path).to.deep.include({ $ref: "#/components/parameters/ApiVersion" });
  });

  it("has an example for every operation, and each one matches its schema", () => {
    const v = contractValidator();
    const problems: string[] = [];
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path} (${op.operationId})`;
      const success = (op.responses["200"]!.content as Record<string, JsonSchema>)["application/json"]!;
      if (!("example" in success)) problems.push(`${where}: no success example`);
      else
        for (const e of v.validateAt(
          ["paths", path, method, "responses", "200", "content", "application/json", "schema"],
          success.example,
        ))
          problems.push(`${where} success example: ${e}`);
      const body = op.requestBody?.content["application/json"];
      if (body)
        for (const e of v.validateAt(
          ["paths", path, method, "requestBody", "content", "application/json", "schema"],
          body.example,
        ))
          problems.push(`${where} request example: ${e}`);
    }
    for (const [name, response] of Object.entries(contractDocument().components.responses ?? {})) {
      const media = ((response as JsonSchema).content as Record<string, JsonSchema>)["application/json"]!;
      for (const e of v.validateAt(
        ["components", "responses", name, "content", "application/json", "schema"],
        media.example,
      ))
        problems.push(`components/responses/${name} example: ${e}`);
    }
    expect(
      problems,
      "examples are made from the schemas: give a schema `examples: [...]` where the made-up value does not fit",
    ).to.deep.equal([]);
  });
});

import { expect } from "chai";
import { parse as parseYaml } from "yaml";
import { DOCS_CSP } from "../../src/domain/docs/docs.routes.ts";
import { compactDocument } from "../../src/openapi/generate.ts";
import { sharedServer } from "../helpers/server.ts";
import { contractDocument } from "./contract.ts";

// The reference pages are not API operations, so these tests use fetch() rather than request().
describe("the API reference (GET /openapi.json, /openapi.yaml, /docs)", () => {
  let url: string;
  before(async () => {
    url = (await sharedServer()).url;
  });

  describe("GET /openapi.json", () => {
    it("serves the document generated from this server's routes", async () => {
      const res = await fetch(`${url}/openapi.json`);
      expect(res.status).to.equal(200);
      expect(res.headers.get("content-type")).to.equal("application/json; charset=utf-8");
      expect(await res.text()).to.equal(compactDocument(contractDocument()));
    });
  });

  describe("GET /img/avatar/user.png and user_medium.png", () => {
    it("serves the default avatar every profile points at, as a PNG", async () => {
      for (const path of ["/img/avatar/user.png", "/img/avatar/user_medium.png"]) {
        const res = await fetch(url + path);
        expect(res.status, path).to.equal(200);
        expect(res.headers.get("content-type")).to.equal("image/png");
        expect(res.headers.get("x-content-type-options")).to.equal("nosniff");
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join(""), path).to.equal("PNG");
      }
      const unknown = await fetch(`${url}/img/avatar/nobody.png`);
      expect(unknown.status).to.equal(404);
    });
  });

  describe("compression", () => {
    it("compresses the reference (docs bundle, document) for a client that accepts it, and no API answer", async () => {
      for (const path of ["/docs/swagger-ui-bundle.js", "/openapi.json", "/openapi.yaml"]) {
        const res = await fetch(url + path, { headers: { "accept-encoding": "gzip" } });
        expect(res.status, path).to.equal(200);
        expect(res.headers.get("content-encoding"), path).to.equal("gzip");
        expect((await res.arrayBuffer()).byteLength, path).to.be.greaterThan(1000); // fetch inflates it
      }
      const plain = await fetch(`${url}/openapi.json`, { headers: { "accept-encoding": "identity" } });
      expect(plain.headers.get("content-encoding")).to.equal(null);
      // an API list may mix a stranger's text with private data (BREACH): never compressed
      const api = await fetch(`${url}/settings.json`, { headers: { "accept-encoding": "gzip, br" } });
      expect(api.headers.get("content-encoding")).to.equal(null);
    });
  });

  describe("GET /openapi.yaml", () => {
    it("serves the same document as YAML", async () => {
      const res = await fetch(`${url}/openapi.yaml`);
      expect(res.status).to.equal(200);
      expect(res.headers.get("content-type")).to.equal("application/yaml; charset=utf-8");
      expect(parseYaml(await res.text())).to.deep.equal(contractDocument());
    });
  });

  describe("GET /docs", () => {
    it("serves Swagger UI with a strict Content-Security-Policy and no inline script or style", async () => {
      for (const path of ["/docs", "/docs/"]) {
        const res = await fetch(url + path);
        expect(res.status, path).to.equal(200);
        expect(res.headers.get("content-type")).to.equal("text/html; charset=utf-8");
        const csp = res.headers.get("content-security-policy") ?? "";
        expect(csp).to.equal(DOCS_CSP);
        expect(csp).to.include("script-src 'self'");
        expect(csp).not.to.match(/unsafe-inline|unsafe-eval|https?:|\*/);
        const html = await res.text();
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts.map((m) => m[1]!.trim())).to.deep.equal([
          'src="/docs/swagger-ui-bundle.js"',
          'src="/docs/swagger-initializer.js"',
        ]);
        for (const m of scripts) expect(m[2], "no inline script").to.equal("");
        expect(html).not.to.match(/<style|\sstyle=|\son[a-z]+=|https?:\/\//);
      }
    });

    const assets: [string, RegExp][] = [
      ["/docs/swagger-ui.css", /^text\/css/],
      ["/docs/index.css", /^text\/css/],
      ["/docs/swagger-ui-bundle.js", /^text\/javascript/],
      ["/docs/swagger-initializer.js", /^text\/javascript/],
    ];
    for (const [path, type] of assets)
      it(`serves ${path} from this server`, async () => {
        const res = await fetch(url + path);
        expect(res.status).to.equal(200);
        expect(res.headers.get("content-type")).to.match(type);
        expect(res.headers.get("x-content-type-options")).to.equal("nosniff");
        expect(res.headers.get("content-security-policy")).to.equal(DOCS_CSP);
        expect((await res.arrayBuffer()).byteLength).to.be.greaterThan(100);
      });

    it("loads the document from this server and keeps the bearer token across reloads", async () => {
      const js = await (await fetch(`${url}/docs/swagger-initializer.js`)).text();
      expect(js).to.include('url: "/docs/openapi-3.0.json"');
      expect(js).to.include("persistAuthorization: true");
      expect(js).to.include("validatorUrl: null");
      const doc = contractDocument();
      expect(doc.servers).to.deep.equal([{ url: "/", description: "The server that serves this document" }]);
      expect(doc.components.securitySchemes).to.have.property("bearerJwt");
    });
  });
});

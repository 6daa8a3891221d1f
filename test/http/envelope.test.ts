import { expect } from "chai";
import { actionId } from "../../src/http/action.ts";
import { maskPath } from "../../src/http/requestContext.ts";
import { get, post, request } from "../helpers/api.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { sharedServer, startTestServer } from "../helpers/server.ts";
import type { RunningServer } from "../../src/server.ts";

describe("envelope and routing", () => {
  let url: string;
  before(async () => {
    url = (await sharedServer()).url;
  });

  it("computes header.action as Passbolt's uuid5 of the route name", () => {
    expect(actionId("ResourcesIndex.index")).to.equal("c506210f-7866-5691-8fc1-58772e8f49f1");
    expect(actionId("AuthLogin.loginPost")).to.equal("a3c19ad2-8920-5395-86d0-8567cb34f382");
    expect(actionId("JwtLogin.loginPost")).to.equal("28c0972b-e6a2-5d44-a5cb-bc2d11799cc1");
  });

  describe("GET /healthcheck/status.json", () => {
    it("answers OK in the success envelope", async () => {
      const res = await get(url, "/healthcheck/status.json?api-version=v2");
      expectSuccess(res);
      expect(res.json.body).to.equal("OK");
      expect(res.json.header.message).to.equal("OK");
      expect(res.json.header.url).to.equal("/healthcheck/status.json");
      expect(res.json.header.action).to.equal(actionId("Healthcheck.status"));
    });

    it("gives every request a fresh id", async () => {
      const a = await get(url, "/healthcheck/status.json");
      const b = await get(url, "/healthcheck/status.json");
      expect(a.json.header.id).not.to.equal(b.json.header.id);
    });

    it("is served without the .json suffix too", async () => {
      expectSuccess(await get(url, "/healthcheck/status"));
    });
  });

  describe("api-version", () => {
    for (const v of ["v1", "1"]) {
      it(`refuses api-version=${v} with 400`, async () => {
        const res = await get(url, `/healthcheck/status.json?api-version=${v}`);
        expectError(res, 400, "API v1 support is deprecated in this version.");
        expect(res.json.body).to.equal("");
      });
    }
    for (const v of ["v2", "2", "v3", "banana"]) {
      it(`accepts api-version=${v}`, async () => {
        expectSuccess(await get(url, `/healthcheck/status.json?api-version=${v}`));
      });
    }
  });

  describe("unknown routes and methods", () => {
    it("answers 404 in the error envelope for an unknown path", async () => {
      const res = await get(url, "/no/such/thing.json");
      expectError(res, 404, "A `GET` route matching `/no/such/thing.json` could not be found.");
      expect(res.json.header.action).to.equal(actionId("Error.error"));
    });

    it("answers 404, not 405, for a known path with the wrong method", async () => {
      expectError(await request(url, "DELETE", "/healthcheck/status.json"), 404, /`DELETE` route/);
    });
  });

  describe("request bodies", () => {
    it("answers 400 for a body that is not JSON, without echoing it", async () => {
      const res = await post(url, "/settings.json", {
        rawBody: "{bad",
        headers: { "content-type": "application/json" },
      });
      expectError(res, 400, /not valid JSON/);
      expect(res.text).not.to.include("{bad");
    });
  });

  describe("body limit", () => {
    let small: RunningServer;
    before(async () => {
      small = await startTestServer({ BODY_LIMIT: "2kb" });
    });
    after(async () => small.close());

    it("answers 413 in the envelope for a body over BODY_LIMIT", async () => {
      const res = await post(small.url, "/settings.json", { body: { data: "x".repeat(4096) } });
      expectError(res, 413, /too large/);
    });
  });

  describe("security headers", () => {
    it("sends nosniff, no framing and no caching on every response", async () => {
      for (const path of ["/healthcheck/status.json", "/nope.json"]) {
        const res = await get(url, path);
        expect(res.headers.get("x-content-type-options")).to.equal("nosniff");
        expect(res.headers.get("x-frame-options")).to.equal("DENY");
        expect(res.headers.get("cache-control")).to.equal("no-store");
      }
    });
  });

  describe("requestContext.maskPath()", () => {
    it("masks the token of setup and recovery links in logged paths", () => {
      const u = "0e5ce9b4-2dd4-4ab4-9a2c-1ad2bd6fb5a4";
      const t = "6a6c8c43-5bd8-4a54-8b91-92c4bb4d3b52";
      expect(maskPath(`/setup/start/${u}/${t}.json`)).to.equal(`/setup/start/${u}/***.json`);
      expect(maskPath(`/setup/recover/start/${u}/${t}.json`)).to.equal(`/setup/recover/start/${u}/***.json`);
      expect(maskPath("/resources.json")).to.equal("/resources.json");
    });
  });
});

import { expect } from "chai";
import { get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { bearerFor } from "../../helpers/auth.ts";
import { gpgauthLogin, setCookies } from "../../helpers/gpgauthClient.ts";
import type { RunningServer } from "../../../src/server.ts";
import { createTestUser, disableUser, softDeleteUser } from "./authUsers.ts";

const LOGGED_OUT = "You are successfully logged out.";

describe("sessions: /auth/is-authenticated.json, /auth/logout.json, /users/csrf-token.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  describe("GET /auth/is-authenticated.json", () => {
    it("answers 401 without a session, or with an unknown one", async () => {
      expectError(
        await get(server.url, "/auth/is-authenticated.json"),
        401,
        "Authentication is required to continue",
      );
      expectError(
        await get(server.url, "/auth/is-authenticated.json", {
          headers: { cookie: "passbolt_session=nope" },
        }),
        401,
      );
    });

    it("answers 200 with a null body to a session and to a bearer token, without asking for CSRF", async () => {
      const session = await gpgauthLogin(server.url, "betty", { format: "json" });
      const res = await get(server.url, "/auth/is-authenticated.json", {
        headers: { cookie: `passbolt_session=${session.cookie}` },
      });
      expectSuccess(res);
      expect(res.json.body).to.equal(null);
      expectSuccess(await get(server.url, "/auth/is-authenticated.json", await bearerFor(server, "betty")));
    });
  });

  describe("POST /auth/logout.json", () => {
    it("answers 403 to a session without the CSRF header, or with a wrong one", async () => {
      const s = await gpgauthLogin(server.url, "carol", { format: "json" });
      expectError(
        await post(server.url, "/auth/logout.json", { headers: { cookie: s.headers.cookie! } }),
        403,
        "CSRF token from either the request body or request headers did not match or is missing.",
      );
      expectError(
        await post(server.url, "/auth/logout.json", {
          headers: { ...s.headers, "x-csrf-token": "f".repeat(128) },
        }),
        403,
      );
      expectError(
        await post(server.url, "/auth/logout.json", {
          headers: { cookie: `passbolt_session=${s.cookie}`, "x-csrf-token": s.csrfToken },
        }),
        403,
        "Missing or incorrect CSRF cookie type.",
      );
      expectSuccess(await get(server.url, "/auth/is-authenticated.json", { headers: s.headers }));
    });

    it("ends the session and expires both cookies", async () => {
      const s = await gpgauthLogin(server.url, "carol", { format: "json" });
      const res = await post(server.url, "/auth/logout.json", { headers: s.headers });
      expectSuccess(res);
      expect(res.json.header.message).to.equal(LOGGED_OUT);
      expect(res.headers.get("x-gpgauth-version")).to.equal("1.3.0");
      const cookies = res.headers.getSetCookie();
      for (const name of ["passbolt_session", "csrfToken"])
        expect(cookies.find((c) => c.startsWith(`${name}=`))).to.match(/expires=Thu, 01 Jan 1970/);
      expectError(await get(server.url, "/auth/is-authenticated.json", { headers: s.headers }), 401);
    });

    it("answers 200 without a session", async () => {
      const res = await post(server.url, "/auth/logout.json");
      expectSuccess(res);
      expect(res.json.header.message).to.equal(LOGGED_OUT);
    });

    it("answers 400 with a JWT bearer, for POST and GET", async () => {
      const bearer = await bearerFor(server, "ada");
      const message = "The route /auth/logout is not permitted with JWT authentication.";
      expectError(await post(server.url, "/auth/logout.json", bearer), 400, message);
      expectError(await get(server.url, "/auth/logout.json", bearer), 400, message);
    });
  });

  describe("GET /auth/logout.json (go-passbolt)", () => {
    it("ends the session", async () => {
      const s = await gpgauthLogin(server.url, "edith", { format: "json" });
      const res = await get(server.url, "/auth/logout.json", { headers: { cookie: s.headers.cookie! } });
      expectSuccess(res);
      expect(res.json.header.message).to.equal(LOGGED_OUT);
      expectError(await get(server.url, "/auth/is-authenticated.json", { headers: s.headers }), 401);
    });
  });

  describe("GET /users/csrf-token.json", () => {
    it("issues a token and sets it as the csrfToken cookie when the request has none", async () => {
      const res = await get<string>(server.url, "/users/csrf-token.json");
      expectSuccess(res);
      expect(res.json.body).to.match(/^[0-9a-f]{128}$/);
      expect(setCookies(res).csrfToken).to.equal(res.json.body);
      expect(res.headers.getSetCookie().filter((c) => c.startsWith("csrfToken="))).to.have.length(1);
    });

    it("answers the current token", async () => {
      const token = "0123456789abcdef".repeat(8);
      const res = await get<string>(server.url, "/users/csrf-token.json", {
        headers: { cookie: `csrfToken=${token}` },
      });
      expectSuccess(res);
      expect(res.json.body).to.equal(token);
      expect(res.headers.getSetCookie()).to.deep.equal([]);
    });
  });

  describe("a user deleted or disabled after login", () => {
    for (const [what, change] of [
      ["deleted", softDeleteUser],
      ["disabled", disableUser],
    ] as const) {
      it(`loses the session on the next request when ${what}`, async () => {
        const user = await createTestUser(server.db, `session-${what}`);
        const s = await gpgauthLogin(server.url, user, { format: "json" });
        expectSuccess(await get(server.url, "/auth/is-authenticated.json", { headers: s.headers }));
        await change(server.db, user.id);
        expectError(await get(server.url, "/auth/is-authenticated.json", { headers: s.headers }), 401);
        const settings = await get<{ app: object }>(server.url, "/settings.json", { headers: s.headers });
        expect(settings.json.body.app).not.to.have.property("version");
      });
    }
  });
});

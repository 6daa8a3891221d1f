import { expect } from "chai";
import { SignJWT, generateKeyPair } from "jose";
import { get } from "../helpers/api.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { sharedServer } from "../helpers/server.ts";
import { bearerFor, sessionFor } from "../helpers/auth.ts";
import { cast } from "../helpers/cast.ts";
import type { RunningServer } from "../../src/server.ts";
import { issueAccessToken } from "../../src/domain/auth/jwt.tokens.ts";

type Settings = { app: { version?: unknown } };

describe("authentication (session cookie and JWT bearer)", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("recognises a cookie session", async () => {
    const res = await get<Settings>(server.url, "/settings.json", await sessionFor(server, "betty"));
    expectSuccess(res);
    expect(res.json.body.app).to.have.property("version");
  });

  it("recognises a bearer token", async () => {
    const res = await get<Settings>(server.url, "/settings.json", await bearerFor(server, "betty"));
    expectSuccess(res);
    expect(res.json.body.app).to.have.property("version");
  });

  it("treats an unknown session cookie as a guest", async () => {
    const res = await get<Settings>(server.url, "/settings.json", {
      headers: { cookie: "passbolt_session=nope" },
    });
    expectSuccess(res);
    expect(res.json.body.app).not.to.have.property("version");
  });

  for (const name of ["sofia", "ursula", "ruth"] as const) {
    it(`ignores the session of ${name} (${cast[name].state})`, async () => {
      const res = await get<Settings>(server.url, "/settings.json", await sessionFor(server, name));
      expect(res.json.body.app).not.to.have.property("version");
    });

    it(`answers 401 to the bearer token of ${name} (${cast[name].state})`, async () => {
      expectError(
        await get(server.url, "/settings.json", await bearerFor(server, name)),
        401,
        "Authentication is required to continue",
      );
    });
  }

  it("answers 401 to a token signed by another key, an expired token, an HS256 token and garbage", async () => {
    const other = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(server.deps.config.appUrl)
      .setSubject(cast.ada.id)
      .setExpirationTime(now + 60)
      .sign(other.privateKey);
    const expired = await issueAccessToken(
      server.deps.jwtKeys,
      { ...server.deps.config, accessTokenTtlSeconds: -10 },
      cast.ada.id,
    );
    const hs256 = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(server.deps.config.appUrl)
      .setSubject(cast.ada.id)
      .setExpirationTime(now + 60)
      .sign(new TextEncoder().encode(server.deps.jwtKeys.publicPem));
    for (const token of [forged, expired, hs256, "garbage", ""]) {
      const res = await get(server.url, "/settings.json", { headers: { authorization: `Bearer ${token}` } });
      expectError(res, 401, "Authentication is required to continue");
    }
  });

  it("sets a readable csrfToken cookie on a GET without one, but not for bearer clients", async () => {
    const res = await get(server.url, "/healthcheck/status.json");
    expect(res.headers.get("set-cookie")).to.match(/csrfToken=[0-9a-f]{128}; path=\/; samesite=lax/);
    expect(res.headers.get("set-cookie")).not.to.match(/httponly/i);
    const jwt = await get(server.url, "/healthcheck/status.json", await bearerFor(server, "ada"));
    expect(jwt.headers.get("set-cookie")).to.equal(null);
  });
});

import { randomUUID } from "node:crypto";
import { expect } from "chai";
import { get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";
import { gpgauthLogin, setCookies } from "../../helpers/gpgauthClient.ts";
import { jwtLogin, jwtRefresh } from "../../helpers/jwtClient.ts";
import type { RunningServer } from "../../../src/server.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { issueAccessToken } from "../../../src/domain/auth/jwt.tokens.ts";
import { createTestUser, disableUser, softDeleteUser } from "./authUsers.ts";

describe("JWT: POST /auth/jwt/refresh.json and /auth/jwt/logout.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  const activeRefreshTokens = (userId: string) =>
    server.db.read((m) =>
      m.getRepository(AuthenticationTokenEntity).countBy({ userId, type: "refresh_token", active: true }),
    );

  describe("refresh", () => {
    it("rotates the refresh token: a new access token in the body, the new refresh token in an HttpOnly cookie", async () => {
      const t = await jwtLogin(server.url, "carol");
      const { response, refreshToken } = await jwtRefresh(server.url, cast.carol.id, t.refreshToken);
      expectSuccess(response);
      expect(Object.keys(response.json.body)).to.deep.equal(["access_token"]);
      expect(refreshToken)
        .to.match(/^[0-9a-f-]{36}$/)
        .and.not.equal(t.refreshToken);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("refresh_token="))!;
      expect(cookie)
        .to.match(/; httponly/i)
        .and.match(/; expires=/i);
      const expires = new Date(/expires=([^;]+)/i.exec(cookie)![1]!).getTime();
      expect(expires).to.be.greaterThan(Date.now() + 29 * 24 * 3600 * 1000);
      const headers = { authorization: `Bearer ${response.json.body.access_token}` };
      expectSuccess(await get(server.url, "/auth/is-authenticated.json", { headers }));
      // the new one works once more
      expectSuccess((await jwtRefresh(server.url, cast.carol.id, refreshToken!)).response);
    });

    it("refreshes even when the client still sends its expired access token", async () => {
      const t = await jwtLogin(server.url, "frances");
      const expired = await issueAccessToken(
        server.deps.jwtKeys,
        { ...server.deps.config, accessTokenTtlSeconds: -10 },
        cast.frances.id,
      );
      const res = await post<{ access_token: string }>(server.url, "/auth/jwt/refresh.json", {
        body: { user_id: cast.frances.id, refresh_token: t.refreshToken },
        headers: { authorization: `Bearer ${expired}` },
      });
      expectSuccess(res);
      // elsewhere the expired token is still refused
      expectError(
        await get(server.url, "/auth/is-authenticated.json", {
          headers: { authorization: `Bearer ${expired}` },
        }),
        401,
      );
    });

    it("treats a reused refresh token as theft: 400, and every refresh token of the user is revoked", async () => {
      const first = await jwtLogin(server.url, "edith");
      const other = await jwtLogin(server.url, "edith"); // a second device
      const rotated = await jwtRefresh(server.url, cast.edith.id, first.refreshToken);
      expectSuccess(rotated.response);
      const reuse = await jwtRefresh(server.url, cast.edith.id, first.refreshToken);
      expectError(reuse.response, 400, "The refresh token provided was already used.");
      expect(await activeRefreshTokens(cast.edith.id)).to.equal(0);
      expectError((await jwtRefresh(server.url, cast.edith.id, rotated.refreshToken!)).response, 400);
      expectError((await jwtRefresh(server.url, cast.edith.id, other.refreshToken)).response, 400);
    });

    it("answers 400 to an unknown token, another user's token, bad UUIDs and a missing user_id", async () => {
      const t = await jwtLogin(server.url, "frances");
      expectError((await jwtRefresh(server.url, cast.frances.id, randomUUID())).response, 400);
      expectError((await jwtRefresh(server.url, cast.ada.id, t.refreshToken)).response, 400);
      expectError(
        (await jwtRefresh(server.url, "nope", t.refreshToken)).response,
        400,
        "The user ID should be a valid UUID.",
      );
      expectError(
        (await jwtRefresh(server.url, cast.frances.id, "nope")).response,
        400,
        "The refresh token should be a valid UUID.",
      );
      expectError(
        await post(server.url, "/auth/jwt/refresh.json", { body: { refresh_token: t.refreshToken } }),
        400,
      );
      expectError(
        await post(server.url, "/auth/jwt/refresh.json"),
        400,
        "The refresh token should be a valid UUID.",
      );
      // none of that consumed it
      expectSuccess((await jwtRefresh(server.url, cast.frances.id, t.refreshToken)).response);
    });

    it("answers 400 to an expired refresh token", async () => {
      const t = await jwtLogin(server.url, "betty");
      const ttl = server.deps.config.refreshTokenTtlSeconds;
      await server.db.read((m) =>
        m
          .getRepository(AuthenticationTokenEntity)
          .update(
            { userId: cast.betty.id, type: "refresh_token", active: true },
            { created: new Date(Date.now() - (ttl + 60) * 1000) },
          ),
      );
      expectError(
        (await jwtRefresh(server.url, cast.betty.id, t.refreshToken)).response,
        400,
        "Expired refresh token provided.",
      );
    });

    it("takes the token from the refresh_token cookie, and then requires CSRF", async () => {
      const t = await jwtLogin(server.url, "carol");
      const csrf = "e".repeat(128);
      const noCsrf = await post(server.url, "/auth/jwt/refresh.json", {
        headers: { cookie: `refresh_token=${t.refreshToken}` },
      });
      expectError(noCsrf, 403, "Missing or incorrect CSRF cookie type.");
      const wrong = await post(server.url, "/auth/jwt/refresh.json", {
        headers: {
          cookie: `refresh_token=${t.refreshToken}; csrfToken=${csrf}`,
          "x-csrf-token": "f".repeat(128),
        },
      });
      expectError(wrong, 403);
      const ok = await post<{ access_token: string }>(server.url, "/auth/jwt/refresh.json", {
        headers: { cookie: `refresh_token=${t.refreshToken}; csrfToken=${csrf}`, "x-csrf-token": csrf },
      });
      expectSuccess(ok);
      expect(setCookies(ok).refresh_token).to.match(/^[0-9a-f-]{36}$/);
    });

    for (const [what, change] of [
      ["deleted", softDeleteUser],
      ["disabled", disableUser],
    ] as const) {
      it(`refuses the access and refresh tokens of a user ${what} after login`, async () => {
        const user = await createTestUser(server.db, `jwt-${what}`);
        const t = await jwtLogin(server.url, { userId: user.id, privateKey: user.privateKey });
        expectSuccess(await get(server.url, "/auth/is-authenticated.json", { headers: t.headers }));
        await change(server.db, user.id);
        expectError(await get(server.url, "/auth/is-authenticated.json", { headers: t.headers }), 401);
        expectError((await jwtRefresh(server.url, user.id, t.refreshToken)).response, 400);
      });
    }
  });

  describe("logout", () => {
    it("revokes the refresh token given in the body, and only that one", async () => {
      const a = await jwtLogin(server.url, "frances");
      const b = await jwtLogin(server.url, "frances");
      const res = await post(server.url, "/auth/jwt/logout.json", {
        headers: a.headers,
        body: { refresh_token: a.refreshToken },
      });
      expectSuccess(res);
      expect(res.json.body).to.equal(null);
      expect(res.headers.getSetCookie().find((c) => c.startsWith("refresh_token="))).to.match(
        /expires=Thu, 01 Jan 1970/,
      );
      expectSuccess((await jwtRefresh(server.url, cast.frances.id, b.refreshToken)).response);
      // a revoked token presented again counts as a reuse
      expectError((await jwtRefresh(server.url, cast.frances.id, a.refreshToken)).response, 400);
    });

    it("revokes every refresh token of the caller with an empty body", async () => {
      const a = await jwtLogin(server.url, "betty");
      await jwtLogin(server.url, "betty");
      expectSuccess(await post(server.url, "/auth/jwt/logout.json", { headers: a.headers }));
      expect(await activeRefreshTokens(cast.betty.id)).to.equal(0);
    });

    it("answers 401 without an access token, and to a cookie session", async () => {
      expectError(await post(server.url, "/auth/jwt/logout.json"), 401);
      const s = await gpgauthLogin(server.url, "ada", { format: "json" });
      expectError(await post(server.url, "/auth/jwt/logout.json", { headers: s.headers }), 401);
    });
  });
});

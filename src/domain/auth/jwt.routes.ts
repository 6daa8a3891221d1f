/**
 * JWT authentication (Passbolt's JwtAuthentication plugin): /auth/jwt/login, refresh, logout,
 * and the public keys that verify access tokens (rsa.json, jwks.json).
 */
import { timingSafeEqual } from "node:crypto";
import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { CSRF_COOKIE, CSRF_HEADER } from "../../http/auth.ts";
import { success } from "../../http/envelope.ts";
import { forbidden, unauthenticated } from "../../http/errors.ts";
import { input, mount } from "../../http/routeSpec.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from "./auth.cookies.ts";
import { loginWithChallenge, type JwtLoginInput } from "./jwt.service.ts";
import { logoutRefreshTokens, refreshTokens } from "./jwt.refresh.service.ts";
import { auditFailedAttempt } from "./auth.audit.ts";
import { mfaLoginAnswer, rebindMfaAfterRefresh } from "../mfa/mfa.jwt.ts";

const TAGS = ["Authentication (JWT)"];
const armored = { type: "string", maxLength: 64 * 1024 };
const uuidString = { type: "string", maxLength: 64 };

/** The refresh token cookie is a browser credential: CSRF applies to it (not to a body token). */
function assertCookieCsrf(ctx: AppContext): void {
  const cookie = ctx.cookies.get(CSRF_COOKIE);
  if (!cookie) throw forbidden("Missing or incorrect CSRF cookie type.");
  const sent = Buffer.from(ctx.get(CSRF_HEADER));
  const expected = Buffer.from(cookie);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected))
    throw forbidden(
      "CSRF token from either the request body or request headers did not match or is missing.",
    );
}

/** The user id a body claims, read before validation (for the throttle). */
const claimedUserId = (ctx: AppContext): unknown =>
  (ctx.request.body as { user_id?: unknown } | null)?.user_id;

export function jwtRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const { config, jwtKeys } = deps;
  const THROTTLED =
    " Failed attempts are counted per client address and per user id: past the limit every attempt answers 429 until the window ends.";

  mount(
    router,
    {
      method: "post",
      path: "/auth/jwt/login",
      name: "JwtLogin.loginPost",
      summary: "Log in with a signed and encrypted challenge",
      description:
        "`challenge` is signed by the user's key and encrypted to the server key (GET /auth/verify.json); " +
        'its plaintext is flat JSON `{version:"1.0.0", domain, verify_token, verify_token_expiry}`. ' +
        "The answer's `challenge` is encrypted to the user and signed by the server; its plaintext is " +
        '`{version, domain, access_token, refresh_token, verify_token}`, plus `providers: ["totp"]` when ' +
        "the user must give a second factor (POST /mfa/verify/totp.json with the bearer)." +
        THROTTLED,
      tags: TAGS,
      auth: "none",
      throttle: deps.throttle.guard({
        scope: "login",
        account: claimedUserId,
        onFailure: auditFailedAttempt(deps.db, "auth.jwt.login.failure"),
      }),
      body: {
        schema: {
          type: "object",
          properties: { user_id: uuidString, challenge: armored },
        },
        required: false,
        message: "The credentials are invalid.",
      },
      response: {
        type: "object",
        required: ["challenge"],
        properties: { challenge: { type: "string", description: "Armored OpenPGP message" } },
      },
      example: { user_id: "f848277c-5398-58f8-a82a-72397af2d450", challenge: "-----BEGIN PGP MESSAGE-----…" },
    },
    async (ctx) => {
      const challenge = await loginWithChallenge(deps, input<JwtLoginInput>(ctx).body, (userId) =>
        mfaLoginAnswer(deps, ctx, userId),
      );
      success(ctx, { challenge }, "The authentication was a success.");
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/auth/jwt/refresh",
      name: "RefreshToken.refreshPost",
      summary: "A new access token for a refresh token (rotated)",
      description:
        "Body `{user_id, refresh_token}`, or no body and the `refresh_token` cookie (then X-CSRF-Token is " +
        "required). The refresh token is consumed; the new one comes only in `Set-Cookie: refresh_token`. " +
        "Presenting a consumed token revokes every refresh token of the user. A `passbolt_mfa` cookie bound to " +
        "the previous access token is bound to the new one and sent again." +
        THROTTLED,
      tags: TAGS,
      auth: "none",
      throttle: deps.throttle.guard({
        scope: "login",
        account: claimedUserId,
        onFailure: auditFailedAttempt(deps.db, "auth.jwt.refresh.failure"),
      }),
      body: {
        schema: { type: "object", properties: { user_id: uuidString, refresh_token: uuidString } },
        required: false,
      },
      response: {
        type: "object",
        required: ["access_token"],
        properties: { access_token: { type: "string" } },
      },
      errors: [403],
      responseHeaders: { "Set-Cookie": "refresh_token=<new token>; HttpOnly (Secure with https)" },
    },
    async (ctx) => {
      const body = input<{ user_id?: string; refresh_token?: string }>(ctx).body;
      const cookie = ctx.cookies.get(REFRESH_COOKIE);
      const fromCookie = body.refresh_token === undefined && cookie !== undefined;
      if (fromCookie) assertCookieCsrf(ctx);
      const refresh = fromCookie
        ? { refreshToken: cookie }
        : // a token in the body names its user; a missing user_id is refused as "not a UUID"
          { userId: body.user_id ?? null, refreshToken: body.refresh_token };
      const tokens = await refreshTokens(deps, refresh);
      setRefreshCookie(ctx, config, tokens.refreshToken);
      await rebindMfaAfterRefresh(deps, ctx, tokens.userId, tokens.accessToken);
      success(ctx, { access_token: tokens.accessToken });
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/auth/jwt/logout",
      name: "JwtLogout.logoutPost",
      summary: "Revoke a refresh token, or all of the caller's",
      description:
        "Needs a valid access token. Body `{refresh_token}` (or the cookie) revokes that one; an empty " +
        "body revokes every refresh token of the caller. The refresh_token cookie is removed.",
      tags: TAGS,
      auth: "user",
      body: { schema: { type: "object", properties: { refresh_token: uuidString } }, required: false },
      response: { type: "null" },
    },
    async (ctx) => {
      const actor = ctx.state.actor!;
      if (actor.via !== "jwt") throw unauthenticated("JWT logout called with a cookie session");
      const body = input<{ refresh_token?: string }>(ctx).body;
      await logoutRefreshTokens(deps, actor.id, body.refresh_token ?? ctx.cookies.get(REFRESH_COOKIE));
      clearRefreshCookie(ctx, config);
      success(ctx, null);
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/auth/jwt/rsa",
      name: "Jwks.rsa",
      summary: "The RSA public key (PEM) that verifies access tokens",
      tags: TAGS,
      auth: "none",
      response: {
        type: "object",
        required: ["keydata"],
        properties: { keydata: { type: "string", pattern: "^-----BEGIN PUBLIC KEY-----" } },
      },
    },
    async (ctx) => success(ctx, { keydata: jwtKeys.publicPem }),
  );

  mount(
    router,
    {
      method: "get",
      path: "/auth/jwt/jwks",
      name: "Jwks.jwks",
      summary: "The JWK set that verifies access tokens (no envelope)",
      tags: TAGS,
      auth: "none",
      raw: true,
      response: {
        type: "object",
        required: ["keys"],
        properties: {
          keys: {
            type: "array",
            items: {
              type: "object",
              required: ["kty", "alg", "use", "e", "n"],
              properties: {
                kty: { const: "RSA" },
                alg: { const: "RS256" },
                use: { const: "sig" },
                e: { type: "string" },
                n: { type: "string" },
              },
            },
          },
        },
      },
    },
    async (ctx) => {
      ctx.type = "application/json; charset=utf-8";
      ctx.body = { keys: [jwtKeys.jwk] };
    },
  );
  return router;
}

/**
 * The cookies the login protocols set: `passbolt_session` (HttpOnly), `csrfToken` (readable
 * by the page) and `refresh_token` (HttpOnly, JWT browser flow). Secure whenever APP_URL is
 * https, also behind a proxy that terminates TLS (the request itself then looks like http).
 */
import { randomBytes } from "node:crypto";
import type { Config } from "../../config.ts";
import { CSRF_COOKIE, SESSION_COOKIE } from "../../http/auth.ts";
import type { AppContext } from "../../http/types.ts";

export const REFRESH_COOKIE = "refresh_token";

interface CookieOptions {
  httpOnly: boolean;
  sameSite: "lax" | "strict";
  expires?: Date;
}

function setCookie(ctx: AppContext, config: Config, name: string, value: string | null, o: CookieOptions) {
  // The Cookies library refuses Secure cookies on a request it believes is plain http.
  if (config.secureCookies) ctx.cookies.secure = true;
  ctx.cookies.set(name, value, {
    path: "/",
    httpOnly: o.httpOnly,
    sameSite: o.sameSite,
    secure: config.secureCookies,
    expires: o.expires,
    overwrite: true,
  });
}

/** 128 hex characters, as CakePHP's CSRF middleware issues. */
export const newCsrfToken = (): string => randomBytes(64).toString("hex");

/** After a GpgAuth login: the session cookie and a fresh CSRF token (never reuse a pre-login one). */
export function setLoginCookies(ctx: AppContext, config: Config, session: string, csrf: string): void {
  setCookie(ctx, config, SESSION_COOKIE, session, { httpOnly: true, sameSite: "lax" });
  setCookie(ctx, config, CSRF_COOKIE, csrf, { httpOnly: false, sameSite: "lax" });
}

export function setCsrfCookie(ctx: AppContext, config: Config, csrf: string): void {
  setCookie(ctx, config, CSRF_COOKIE, csrf, { httpOnly: false, sameSite: "lax" });
}

/** Expires the session and CSRF cookies (logout). */
export function clearLoginCookies(ctx: AppContext, config: Config): void {
  setCookie(ctx, config, SESSION_COOKIE, null, { httpOnly: true, sameSite: "lax" });
  setCookie(ctx, config, CSRF_COOKIE, null, { httpOnly: false, sameSite: "lax" });
}

export function setRefreshCookie(ctx: AppContext, config: Config, token: string): void {
  setCookie(ctx, config, REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    expires: new Date(Date.now() + config.refreshTokenTtlSeconds * 1000),
  });
}

export function clearRefreshCookie(ctx: AppContext, config: Config): void {
  setCookie(ctx, config, REFRESH_COOKIE, null, { httpOnly: true, sameSite: "strict" });
}

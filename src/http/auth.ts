/**
 * Who is calling. `authenticate()` runs on every request and sets ctx.state.actor from a JWT
 * bearer token or the `passbolt_session` cookie; `requireAuth()` answers 401 without one and
 * checks CSRF for cookie sessions on state-changing methods; `requireAdmin()` answers 403.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Middleware } from "koa";
import { forbidden, unauthenticated } from "./errors.ts";
import type { AppState } from "./types.ts";
import type { RoleName } from "../db/entities/Role.ts";

export interface Actor {
  id: string;
  username: string;
  role: RoleName;
  via: "session" | "jwt";
  /** SHA-256 id of the cookie session, when via = session. */
  sessionId?: string;
  /**
   * The user has a second factor set up (read with the actor, so that the MFA gate costs no
   * statement for the others). Whether the organisation still allows it is the gate's question.
   */
  hasMfa: boolean;
}

export const SESSION_COOKIE = "passbolt_session";
export const CSRF_COOKIE = "csrfToken";
export const CSRF_HEADER = "x-csrf-token";

/** Resolves credentials to an actor. Implemented in domain/auth (sessions and JWT). */
export interface Authenticator {
  /** @throws AppError 401 for a bad, expired or revoked token, or a user who may no longer log in */
  fromBearer(token: string): Promise<Actor>;
  /** undefined when the session is unknown, expired, or its user may no longer log in */
  fromSession(cookieValue: string): Promise<Actor | undefined>;
}

export function authenticate(authenticator: Authenticator): Middleware<AppState> {
  return async (ctx, next) => {
    const header = ctx.get("authorization");
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw unauthenticated("malformed Authorization header");
      try {
        ctx.state.actor = await authenticator.fromBearer(m[1]!);
      } catch (err) {
        // A client refreshing its access token often still sends the expired one: the refresh
        // route authenticates with the refresh token, so it proceeds without an actor.
        if (!REFRESH_PATH.test(ctx.path)) throw err;
      }
    } else {
      const cookie = ctx.cookies.get(SESSION_COOKIE);
      if (cookie) ctx.state.actor = await authenticator.fromSession(cookie);
    }
    await next();
  };
}

const REFRESH_PATH = /^\/auth\/jwt\/refresh$/;

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * @throws AppError 401 without an actor; 403 when a cookie session sends a state-changing
 *   request whose X-CSRF-Token header does not equal the csrfToken cookie
 */
export function assertCsrf(ctx: Parameters<Middleware<AppState>>[0]): void {
  const actor = ctx.state.actor as Actor | undefined;
  if (!actor || actor.via !== "session" || !UNSAFE.has(ctx.method)) return;
  const cookie = ctx.cookies.get(CSRF_COOKIE);
  if (!cookie) throw forbidden("Missing or incorrect CSRF cookie type.");
  const sent = ctx.get(CSRF_HEADER);
  if (!sent || !sameToken(sent, cookie))
    throw forbidden(
      "CSRF token from either the request body or request headers did not match or is missing.",
    );
}

export function requireAuth(opts: { csrf: boolean } = { csrf: true }): Middleware<AppState> {
  return async (ctx, next) => {
    if (!ctx.state.actor) throw unauthenticated();
    if (opts.csrf) assertCsrf(ctx);
    await next();
  };
}

export function requireAdmin(): Middleware<AppState> {
  return async (ctx, next) => {
    if ((ctx.state.actor as Actor | undefined)?.role !== "admin")
      throw forbidden("You are not authorized to access that location.");
    await next();
  };
}

/**
 * Sets the csrfToken cookie (128 hex characters, readable by the page) on a GET that arrives
 * without it, as CakePHP does; JWT clients do not get one.
 */
export function issueCsrfCookie(secure: boolean): Middleware<AppState> {
  return async (ctx, next) => {
    if (ctx.method === "GET" && !ctx.get("authorization") && !ctx.cookies.get(CSRF_COOKIE)) {
      // Behind a TLS-terminating proxy the request looks like http: Cookies would refuse Secure.
      if (secure) ctx.cookies.secure = true;
      ctx.cookies.set(CSRF_COOKIE, randomBytes(64).toString("hex"), {
        httpOnly: false,
        sameSite: "lax",
        secure,
        path: "/",
      });
    }
    await next();
  };
}

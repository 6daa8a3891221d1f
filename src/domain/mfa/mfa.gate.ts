/**
 * The MFA gate, after authentication: a caller whose organisation allows TOTP and who set it up
 * reaches nothing but the login, logout and /mfa/verify paths until a valid `passbolt_mfa` cookie
 * comes with the request. JSON clients get a 302 to /mfa/verify/error.json (its 403 names the
 * providers), a browser navigation a 302 to the HTML form with the page it wanted as `redirect`.
 * An invalid cookie is expired in the answer.
 */
import type { Middleware } from "koa";
import type { AppDeps } from "../../deps.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { wantsPage } from "../pages/pages.middleware.ts";
import { actorNeedsMfa } from "./mfa.service.ts";
import { bindingOf, clearMfaCookie, isValidMfaCookie, MFA_COOKIE } from "./mfa.tokens.ts";

/** Paths open before the second factor (Passbolt's whitelist, with the JWT ones and stage 0). */
const OPEN = /^\/(auth\/(login|verify|logout|jwt\/(login|refresh|logout))|mfa\/verify|login|logout)(\/|$)/;
/** A local path to come back to: no scheme, no host (`//x`), nothing but path characters. */
const LOCAL_PATH = /^\/(?!\/)[A-Za-z0-9/._~-]*$/;

export const localPath = (target: unknown): string =>
  typeof target === "string" && LOCAL_PATH.test(target) && !target.includes("/../") ? target : "/";

export const verifyFormPath = (redirect: string): string =>
  `/mfa/verify/totp?redirect=${encodeURIComponent(localPath(redirect))}`;

/** Whether the request carries a cookie that proves the second factor for this actor now. */
export async function hasValidMfaCookie(deps: Pick<AppDeps, "db">, ctx: AppContext): Promise<boolean> {
  const actor = ctx.state.actor;
  const cookie = ctx.cookies.get(MFA_COOKIE);
  if (!actor || !cookie) return false;
  return deps.db.read((m) => isValidMfaCookie(m, actor.id, cookie, bindingOf(ctx, actor)));
}

export function mfaGate(deps: AppDeps): Middleware<AppState> {
  return async (ctx, next) => {
    const actor = ctx.state.actor;
    if (!actor || OPEN.test(ctx.path)) return next();
    if (!(await actorNeedsMfa(deps, actor))) return next();
    if (await hasValidMfaCookie(deps, ctx)) return next();
    if (ctx.cookies.get(MFA_COOKIE)) clearMfaCookie(ctx, deps.config);
    const to = wantsPage(ctx) ? verifyFormPath(ctx.originalUrl.split("?")[0]!) : "/mfa/verify/error.json";
    ctx.status = 302;
    ctx.set("Location", to);
    ctx.type = "application/json; charset=utf-8";
    ctx.body = "";
  };
}

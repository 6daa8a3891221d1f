/**
 * The HTML verification form, GET and POST /mfa/verify/totp (no `.json`): the extension sends the
 * browser to the server for the second factor (it has no code screen of its own). A page of ours,
 * no script: a form posting `totp`, `remember` and the CSRF token (the `csrfToken` cookie's value,
 * compared with the cookie: a page of another site can read neither). Success sets the
 * `passbolt_mfa` cookie and redirects to `redirect`, a local path only. The same strict headers as
 * the other pages, with `form-action 'self'` for this form.
 */
import { timingSafeEqual } from "node:crypto";
import type { Middleware } from "koa";
import type { AppDeps } from "../../deps.ts";
import { CSRF_COOKIE } from "../../http/auth.ts";
import { AppError } from "../../http/errors.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { clearLoginCookies, newCsrfToken, setCsrfCookie } from "../auth/auth.cookies.ts";
import { escapeHtml, PAGE_CSP, renderPage } from "../pages/pages.html.ts";
import { wantsPage } from "../pages/pages.middleware.ts";
import { hasValidMfaCookie, localPath } from "./mfa.gate.ts";
import { isRemember } from "./mfa.schemas.ts";
import { actorNeedsMfa, MfaLoggedOut, verifyTotp } from "./mfa.service.ts";
import { clearMfaCookie, setMfaCookie } from "./mfa.tokens.ts";

const PATH = "/mfa/verify/totp";
export const FORM_CSP = PAGE_CSP.replace("form-action 'none'", "form-action 'self'");
export const CSRF_FIELD = "_csrfToken";

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function redirect(ctx: AppContext, to: string): void {
  ctx.status = 302;
  ctx.set("Location", to);
  ctx.type = "text/html; charset=utf-8";
  ctx.body = `<!doctype html><title>Moved</title><a href="${escapeHtml(to)}">${escapeHtml(to)}</a>`;
}

/** A form POST from a browser: not `.json`, a urlencoded body. */
/**
 * The form submitted by a browser: a form body, and an Accept that prefers HTML (a browser's
 * navigation does; an API client, whatever body it sends, gets the JSON route and its envelope).
 */
function isFormPost(ctx: AppContext): boolean {
  if (ctx.method !== "POST") return false;
  if (ctx.originalUrl.split("?")[0]!.toLowerCase().endsWith(".json")) return false;
  return typeof ctx.is("urlencoded") === "string" && ctx.accepts("json", "html") === "html";
}

export function mfaPage(deps: AppDeps): Middleware<AppState> {
  const { config } = deps;
  const instanceName = config.instanceName;

  const form = (csrf: string, target: string, error?: string) =>
    renderPage({
      title: "Multi-factor authentication",
      instanceName,
      forExtension: false,
      mainHtml: [
        "<h1>Multi-factor authentication</h1>",
        "<p>Enter the 6-digit code your authenticator app shows for this account.</p>",
        error ? `<p role="alert"><strong>${escapeHtml(error)}</strong></p>` : "",
        `<form method="post" action="${escapeHtml(`${PATH}?redirect=${encodeURIComponent(target)}`)}">`,
        `<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrf)}" />`,
        '<p><label for="totp">Code</label><br />',
        '<input id="totp" name="totp" type="text" inputmode="numeric" autocomplete="one-time-code" ' +
          'pattern="[0-9]{6}" minlength="6" maxlength="6" required autofocus /></p>',
        '<p><label><input type="checkbox" name="remember" value="1" /> Remember this browser for 30 days</label></p>',
        '<p><button type="submit">Verify</button></p>',
        "</form>",
      ].join("\n"),
    });

  const plain = (title: string, html: string) =>
    renderPage({ title, instanceName, forExtension: false, mainHtml: html });

  const send = (ctx: AppContext, status: number, html: string) => {
    ctx.status = status;
    ctx.set("Content-Security-Policy", FORM_CSP);
    ctx.type = "text/html; charset=utf-8";
    ctx.body = html;
  };

  /** The CSRF token of the page: the request's cookie, or a new one set now. */
  const csrfOf = (ctx: AppContext): string => {
    const existing = ctx.cookies.get(CSRF_COOKIE);
    if (existing && /^[0-9a-f]{128}$/.test(existing)) return existing;
    const fresh = newCsrfToken();
    setCsrfCookie(ctx, config, fresh);
    return fresh;
  };

  return async (ctx, next) => {
    // the form is for a browser's cookie session; a bearer client is an API client (the JSON route)
    if (ctx.path !== PATH || ctx.get("authorization")) return next();
    const page = wantsPage(ctx);
    const post = isFormPost(ctx);
    if (!page && !post) return next();
    const target = localPath(ctx.query.redirect);
    const actor = ctx.state.actor;
    if (!actor) return redirect(ctx, "/auth/login");
    if (!(await actorNeedsMfa(deps, actor))) return redirect(ctx, "/");
    if (await hasValidMfaCookie(deps, ctx)) return redirect(ctx, target);
    if (page) return send(ctx, 200, form(csrfOf(ctx), target));

    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const cookie = ctx.cookies.get(CSRF_COOKIE);
    const sent = body[CSRF_FIELD];
    if (!cookie || typeof sent !== "string" || !same(sent, cookie))
      return send(
        ctx,
        403,
        plain(
          "Form expired",
          `<h1>This form has expired</h1><p><a href="${escapeHtml(`${PATH}?redirect=${encodeURIComponent(target)}`)}">Open it again</a>.</p>`,
        ),
      );
    const code = typeof body.totp === "string" ? body.totp.trim() : "";
    if (!/^[0-9]{6}$/.test(code))
      return send(ctx, 400, form(cookie, target, "Enter the 6 digits of the code."));
    try {
      const { cookie: token, remember } = await verifyTotp(deps, ctx, actor, code, isRemember(body.remember));
      setMfaCookie(ctx, config, token, remember);
      return redirect(ctx, target);
    } catch (err) {
      if (err instanceof MfaLoggedOut) {
        ctx.state.log.info({ reason: err.logDetail }, "mfa: login ended after failed codes");
        clearMfaCookie(ctx, config);
        clearLoginCookies(ctx, config);
        return send(
          ctx,
          400,
          plain(
            "Signed out",
            `<h1>You have been signed out</h1><p>${escapeHtml(err.message)}</p><p><a href="/auth/login">Sign in again</a>.</p>`,
          ),
        );
      }
      if (err instanceof AppError && err.status === 400)
        return send(ctx, 400, form(cookie, target, "This code is not valid. Try the next one."));
      throw err;
    }
  };
}

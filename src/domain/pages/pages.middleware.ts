/**
 * The pages a browser navigates to: GET (or HEAD) of `/`, `/app/…`, `/auth/login`, the setup
 * and recovery links, when the browser asks for HTML (a navigation sends `Accept: text/html`;
 * the extension's API calls ask for `.json`, curl sends `*\/*`: both still reach the JSON API
 * exactly as before). Runs after authentication (a session decides where `/` goes) and before
 * the API routers, so a page wins over the JSON setup route of the same path.
 *
 * - `/` → 302 to `/auth/login` without a session, the app page with one.
 * - `/app`, `/app/…` → the app page (302 to the login page, with `redirect`, without a session);
 *   `/app/administration/<page>` → a page of ours saying how Watchword does it (adminPages.ts).
 * - `/auth/login` → the login page.
 * - `/setup/start|install/{userId}/{token}`, `/setup/recover/start/{userId}/{token}` → the page
 *   the extension runs setup or recovery in, once the link is checked (with the JSON route's
 *   throttle, counted together with it); a refused link gets a page saying so (400), a throttled
 *   client a page saying when to try again (429).
 *
 * No page carries anything from the URL: the token stays out of the page (and out of the log,
 * requestContext masks it).
 */
import type { Middleware } from "koa";
import type { AppDeps } from "../../deps.ts";
import { AppError } from "../../http/errors.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { auditFailedAttempt } from "../auth/auth.audit.ts";
import { startRecovery } from "../setup/recover.service.ts";
import { startSetup } from "../setup/setup.service.ts";
import { adminPage } from "./adminPages.ts";
import { PAGE_CSP, escapeHtml, extensionNotice, renderPage } from "./pages.html.ts";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const LINK = new RegExp(`^/setup/(start|install|recover/start|recover)/(${UUID})/(${UUID})$`, "i");
/** The paths the extension follows after login (its own rule for the `redirect` query). */
const REDIRECTABLE = /^\/[A-Za-z0-9/-]*$/;

/** A navigation: GET/HEAD, no `.json`, HTML preferred to JSON by the Accept header. */
export function wantsPage(ctx: AppContext): boolean {
  if (ctx.method !== "GET" && ctx.method !== "HEAD") return false;
  if (ctx.originalUrl.split("?")[0]!.toLowerCase().endsWith(".json")) return false;
  // json first: `*/*` (curl, fetch) and a missing Accept pick it; a browser's text/html wins
  return ctx.accepts("json", "html") === "html";
}

function send(ctx: AppContext, status: number, html: string): void {
  ctx.status = status;
  ctx.set("Content-Security-Policy", PAGE_CSP);
  ctx.type = "text/html; charset=utf-8";
  ctx.body = html;
}

function redirect(ctx: AppContext, to: string): void {
  ctx.status = 302;
  ctx.set("Location", to);
  ctx.type = "text/html; charset=utf-8";
  ctx.body = `<!doctype html><title>Moved</title><a href="${escapeHtml(to)}">${escapeHtml(to)}</a>`;
}

export function pages(deps: AppDeps): Middleware<AppState> {
  const { config, serverKey } = deps;
  const instanceName = config.instanceName;
  const fingerprint = serverKey.fingerprint;
  const setupGuard = deps.throttle.guard({
    scope: "setup",
    account: (ctx) => ctx.state.pageUserId,
    onFailure: auditFailedAttempt(deps.db, "auth.setup.failure"),
  });

  const extensionPage = (title: string, heading: string, what: string) =>
    renderPage({
      title,
      instanceName,
      forExtension: true,
      mainHtml: extensionNotice({ heading, what, fingerprint }),
    });
  const plainPage = (title: string, mainHtml: string) =>
    renderPage({ title, instanceName, forExtension: false, mainHtml });

  const APP = extensionPage(
    "Passwords",
    `${instanceName}`,
    "Your passwords are here, decrypted by the browser extension with your own key.",
  );
  const LOGIN = extensionPage(
    "Sign in",
    `Sign in to ${instanceName}`,
    "The extension signs you in with your key and passphrase.",
  );
  const SETUP = extensionPage(
    "Set up your account",
    `Welcome to ${instanceName}`,
    "You were invited to share passwords here. The extension creates your key and sets up your account.",
  );
  const RECOVER = extensionPage(
    "Recover your account",
    `Recover your ${instanceName} account`,
    "The extension restores your account on this browser from your private key.",
  );
  const INVALID = plainPage(
    "Link not valid",
    "<h1>This link is not valid</h1>" +
      "<p>It may have been used already or it has expired. Ask an administrator for a new one.</p>",
  );
  const throttled = (seconds: number) =>
    plainPage(
      "Too many attempts",
      "<h1>Too many attempts</h1>" +
        `<p>Too many links were refused from this address. Try again in ${Math.ceil(seconds / 60)} minute(s).</p>`,
    );

  async function linkPage(ctx: AppContext, kind: string, userId: string, token: string): Promise<void> {
    const recover = kind.startsWith("recover");
    ctx.state.pageUserId = userId;
    try {
      await setupGuard(ctx, async () => {
        if (recover) await startRecovery({ db: deps.db, config }, userId, token);
        else await startSetup({ db: deps.db, config, serverFingerprint: fingerprint }, userId, token);
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.status === 429) {
        const seconds = Number(err.headers?.["Retry-After"] ?? 60);
        ctx.set("Retry-After", String(seconds));
        return send(ctx, 429, throttled(seconds));
      }
      if (err.status === 400 || err.status === 404) return send(ctx, 400, INVALID);
      throw err;
    }
    send(ctx, 200, recover ? RECOVER : SETUP);
  }

  return async (ctx, next) => {
    if (!wantsPage(ctx)) return next();
    const path = ctx.path; // .json stripped, UUIDs lowercased, no trailing slash (normalizePath)
    const loggedIn = Boolean(ctx.state.actor);
    if (path === "/") return loggedIn ? send(ctx, 200, APP) : redirect(ctx, "/auth/login");
    if (path === "/auth/login") return send(ctx, 200, LOGIN);
    if (path === "/app" || path.startsWith("/app/")) {
      if (!loggedIn)
        return redirect(
          ctx,
          REDIRECTABLE.test(path) ? `/auth/login?redirect=${encodeURIComponent(path)}` : "/auth/login",
        );
      const admin = adminPage(path);
      if (admin) return send(ctx, 200, plainPage(admin.title, admin.html));
      return send(ctx, 200, APP);
    }
    const link = LINK.exec(path);
    if (link) return linkPage(ctx, link[1]!.toLowerCase(), link[2]!, link[3]!);
    return next();
  };
}

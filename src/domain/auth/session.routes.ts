/**
 * Cookie-session housekeeping: GET /auth/is-authenticated.json, POST|GET /auth/logout.json and
 * GET /users/csrf-token.json.
 */
import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { assertCsrf, CSRF_COOKIE } from "../../http/auth.ts";
import { success } from "../../http/envelope.ts";
import { badRequest } from "../../http/errors.ts";
import { mount } from "../../http/routeSpec.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { clearLoginCookies, newCsrfToken, setCsrfCookie } from "./auth.cookies.ts";
import { gpgauthCommonHeaders } from "./gpgauth.routes.ts";
import { destroySession } from "./sessions.service.ts";

const TAGS = ["Authentication (GPGAuth)"];
const CSRF_TOKEN = /^[0-9a-f]{128}$/;

export function sessionRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  router.use(["/auth/is-authenticated", "/auth/logout"], gpgauthCommonHeaders());

  mount(
    router,
    {
      method: "get",
      path: "/auth/is-authenticated",
      name: "AuthIsAuthenticated.isAuthenticated",
      summary: "Is the caller logged in (session or JWT)?",
      description: "200 with a null body when logged in, 401 otherwise. Never checks CSRF.",
      tags: TAGS,
      auth: "user",
      response: { type: "null" },
    },
    async (ctx) => success(ctx, null),
  );

  const logout = async (ctx: AppContext) => {
    const actor = ctx.state.actor;
    if (actor?.via === "jwt")
      throw badRequest("The route /auth/logout is not permitted with JWT authentication.");
    if (actor) {
      assertCsrf(ctx); // POST only; a GET logout is allowed for go-passbolt
      if (actor.sessionId) await destroySession(db, actor.sessionId);
    }
    clearLoginCookies(ctx, config);
    success(ctx, null, "You are successfully logged out.");
  };
  for (const method of ["post", "get"] as const) {
    mount(
      router,
      {
        method,
        path: "/auth/logout",
        name: method === "post" ? "AuthLogout.logoutPost" : "AuthLogout.logoutGet",
        summary: method === "post" ? "Log out (end the session)" : "Log out (GET, as go-passbolt does)",
        description:
          "Ends the cookie session and expires the `passbolt_session` and `csrfToken` cookies. Allowed " +
          "without a session. A POST with a session needs X-CSRF-Token. With a JWT bearer: 400.",
        tags: TAGS,
        auth: "optional",
        response: { type: "null" },
        errors: [403],
      },
      logout,
    );
  }

  mount(
    router,
    {
      method: "get",
      path: "/users/csrf-token",
      name: "GetCsrfToken.get",
      summary: "The current CSRF token",
      description: "The value of the `csrfToken` cookie; one is issued (and set) when the request has none.",
      tags: TAGS,
      auth: "none",
      response: { type: "string", pattern: "^[0-9a-f]{128}$" },
    },
    async (ctx) => {
      let token = ctx.cookies.get(CSRF_COOKIE);
      if (!token || !CSRF_TOKEN.test(token)) {
        token = newCsrfToken();
        setCsrfCookie(ctx, config, token);
      }
      success(ctx, token);
    },
  );
  return router;
}

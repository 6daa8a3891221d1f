/**
 * createApp(deps) → Koa. The middleware order is visible here and only here:
 * request id + access log, metrics, client address, audit scope, error handler, security headers, CORS,
 * path normalisation, query limits, body parser, body limits, authentication (session cookie
 * or JWT), CSRF cookie, the MFA gate and its HTML form, the HTML pages browsers navigate to, routers, and a
 * final 404 for anything no router took.
 */
import Koa, { type Middleware } from "koa";
import { bodyParser } from "@koa/bodyparser";
import type Router from "@koa/router";
import type { AppDeps } from "./deps.ts";
import { requestContext } from "./http/requestContext.ts";
import { dispatchBySegment } from "./http/dispatch.ts";
import { httpMetrics } from "./http/metrics.ts";
import { errorHandler } from "./http/errorHandler.ts";
import { normalizePath } from "./http/normalizePath.ts";
import { baseHeaders, routeNotFound } from "./http/routes.ts";
import { clientAddress } from "./http/clientAddress.ts";
import { cors } from "./http/cors.ts";
import { bodyLimits, queryLimits } from "./http/limits.ts";
import { auditScope } from "./domain/audit/audit.context.ts";
import type { AppState } from "./http/types.ts";
import { authenticate, issueCsrfCookie } from "./http/auth.ts";
import { createAuthenticator } from "./domain/auth/authenticator.ts";
import { healthRoutes } from "./domain/health/health.routes.ts";
import { settingsRoutes } from "./domain/settings/settings.routes.ts";
import { verifyRoutes } from "./domain/auth/verify.routes.ts";
import { gpgauthRoutes } from "./domain/auth/gpgauth.routes.ts";
import { jwtRoutes } from "./domain/auth/jwt.routes.ts";
import { sessionRoutes } from "./domain/auth/session.routes.ts";
import { usersRoutes } from "./domain/users/users.routes.ts";
import { setupRoutes } from "./domain/setup/setup.routes.ts";
import { recoverRoutes } from "./domain/setup/recover.routes.ts";
import { gpgkeysRoutes } from "./domain/gpgkeys/gpgkeys.routes.ts";
import { rolesRoutes } from "./domain/roles/roles.routes.ts";
import { resourceTypesRoutes } from "./domain/resourceTypes/resourceTypes.routes.ts";
import { resourcesRoutes } from "./domain/resources/resources.routes.ts";
import { secretsRoutes } from "./domain/secrets/secrets.routes.ts";
import { docsRoutes } from "./domain/docs/docs.routes.ts";
import { shareRoutes } from "./domain/share/share.routes.ts";
import { permissionsRoutes } from "./domain/permissions/permissions.routes.ts";
import { groupsRoutes } from "./domain/groups/groups.routes.ts";
import { favoritesRoutes } from "./domain/favorites/favorites.routes.ts";
import { commentsRoutes } from "./domain/comments/comments.routes.ts";
import { tagsRoutes } from "./domain/tags/tags.routes.ts";
import { actionlogRoutes } from "./domain/actionlog/actionlog.routes.ts";
import { passwordExpiryRoutes } from "./domain/passwordExpiry/passwordExpiry.routes.ts";
import { emailRoutes } from "./domain/email/email.routes.ts";
import { compressDocs } from "./http/compressDocs.ts";
import { foldersRoutes } from "./domain/folders/folders.routes.ts";
import { moveRoutes } from "./domain/move/move.routes.ts";
import { pages } from "./domain/pages/pages.middleware.ts";
import { clientSettingsRoutes } from "./domain/clientSettings/clientSettings.routes.ts";
import { mfaRoutes } from "./domain/mfa/mfa.routes.ts";
import { mfaGate } from "./domain/mfa/mfa.gate.ts";
import { mfaPage } from "./domain/mfa/mfa.page.ts";

/** Every router of the API, in mounting order. The OpenAPI check walks this list too. */
export function buildRouters(deps: AppDeps): Router<AppState>[] {
  return [
    healthRoutes(deps),
    settingsRoutes(deps),
    clientSettingsRoutes(deps),
    verifyRoutes(deps),
    gpgauthRoutes(deps),
    jwtRoutes(deps),
    sessionRoutes(deps),
    recoverRoutes(deps), // before usersRoutes: POST /users/recover, not POST /users/{id}
    usersRoutes(deps),
    setupRoutes(deps),
    gpgkeysRoutes(deps),
    rolesRoutes(deps),
    resourceTypesRoutes(deps),
    resourcesRoutes(deps),
    secretsRoutes(deps),
    shareRoutes(deps),
    permissionsRoutes(deps),
    groupsRoutes(deps),
    favoritesRoutes(deps),
    commentsRoutes(deps),
    tagsRoutes(deps),
    actionlogRoutes(deps),
    passwordExpiryRoutes(deps),
    emailRoutes(deps),
    foldersRoutes(deps),
    moveRoutes(deps),
    mfaRoutes(deps),
    docsRoutes(deps),
  ];
}

/** One middleware of the chain, by name (the names are stable: the benchmark switches pieces by them). */
export interface AppPiece {
  name: string;
  middleware: Middleware<AppState>;
}

/** The middleware chain, in order. */
export function appPieces(deps: AppDeps): AppPiece[] {
  const piece = (name: string, middleware: Middleware<AppState>): AppPiece => ({ name, middleware });
  return [
    piece("requestContext", requestContext(deps.log)),
    piece("metrics", httpMetrics(deps.metrics)),
    piece("clientAddress", clientAddress(deps.config.trustedProxy)),
    piece("auditScope", auditScope(deps.auditSealer)),
    piece(
      "errorHandler",
      errorHandler({
        retryAfterSeconds: deps.config.retryAfterSeconds,
        bodyLimitBytes: deps.config.bodyLimitBytes,
      }),
    ),
    piece("baseHeaders", baseHeaders({ https: deps.config.appUrl.startsWith("https:") })),
    piece("compressDocs", compressDocs()),
    piece("cors", cors(deps.config.cors)),
    piece("normalizePath", normalizePath()),
    piece("queryLimits", queryLimits(deps.config.limits)),
    piece(
      "bodyParser",
      bodyParser({
        enableTypes: ["json", "form"],
        jsonLimit: deps.config.bodyLimitBytes,
        formLimit: deps.config.bodyLimitBytes,
        parsedMethods: ["POST", "PUT", "PATCH", "DELETE"],
        // Passbolt accepts JSON bodies whatever their top-level type; strict mode would refuse scalars.
        jsonStrict: false,
      }) as Middleware<AppState>,
    ),
    piece("bodyLimits", bodyLimits(deps.config.limits)),
    piece("authenticate", authenticate(createAuthenticator(deps.db, deps.config, deps.jwtKeys))),
    piece("csrfCookie", issueCsrfCookie(deps.config.secureCookies)),
    piece("mfaGate", mfaGate(deps)),
    piece("mfaPage", mfaPage(deps)),
    piece("pages", pages(deps)),
    piece("routers", dispatchBySegment(buildRouters(deps))),
    piece("notFound", routeNotFound()),
  ];
}

/**
 * The app: appPieces in order. `adjust` is for the benchmark only (bench/pieces.ts), which
 * measures what each piece costs by running the chain without it.
 */
export function createApp(deps: AppDeps, adjust?: (pieces: AppPiece[]) => AppPiece[]): Koa<AppState> {
  const app = new Koa<AppState>({ proxy: false });
  app.silent = true; // errors are rendered and logged by errorHandler
  const pieces = appPieces(deps);
  for (const { middleware } of adjust ? adjust(pieces) : pieces) app.use(middleware);
  return app;
}

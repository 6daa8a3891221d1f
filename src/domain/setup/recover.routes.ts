import Router from "@koa/router";
import type { Middleware } from "koa";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount, type RouteSpec } from "../../http/routeSpec.ts";
import { accountKey, type Throttle } from "../../http/throttle.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import { presentUser } from "../users/users.presenter.ts";
import { auditFailedAttempt } from "../auth/auth.audit.ts";
import { setupCompleteSchema, setupStartResponseSchema, type SetupCompleteInput } from "./setup.schemas.ts";
import {
  recoverAbortSchema,
  recoverRequestSchema,
  recoverStartParams,
  type RecoverAbortInput,
  type RecoverRequestInput,
} from "./recover.schemas.ts";
import {
  abortRecovery,
  completeRecovery,
  requestRecovery,
  startRecovery,
  type RecoverDeps,
} from "./recover.service.ts";

const TAGS = ["Setup"];
const STARTED = "Recovery process started, check your email.";
const TOKEN_EXAMPLE = { token: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" };

const THROTTLED =
  " Refused tokens are counted per client address and per user id (with the setup links): past the " +
  "limit every attempt answers 429 until the window ends.";

/**
 * POST /users/recover.json answers the same whatever the username, so a failure cannot be told
 * from a success: every request counts, per client address and per username (scope "setup").
 */
function countEveryRequest(throttle: Throttle, enabled: boolean): Middleware<AppState> {
  return async (ctx, next) => {
    if (!enabled) return next();
    const address: string = ctx.state.clientIp ?? ctx.ip;
    const account = accountKey((ctx.request.body as { username?: unknown } | undefined)?.username);
    await throttle.assertAllowed("setup", address, account);
    await throttle.recordFailure("setup", address, account);
    await next();
  };
}

/**
 * Account recovery: POST /users/recover.json, GET /setup/recover/start|recover/{userId}/{token}.json,
 * PUT|POST /setup/recover/complete|abort/{userId}.json. Mounted before the users router, whose
 * POST /users/{id} would take /users/recover.
 */
export function recoverRoutes({ db, config, throttle: throttler }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const deps: RecoverDeps = { db, config };
  const throttle = throttler.guard({
    scope: "setup",
    account: (ctx) => ctx.params.userId,
    onFailure: auditFailedAttempt(db, "auth.setup.failure"),
  });

  mount(
    router,
    {
      method: "post",
      path: "/users/recover",
      name: "UsersRecover.recoverPost",
      summary: "Start an account recovery",
      description:
        "With e-mail on (SMTP_URL), mails the user a recovery link (an active user; `case` is kept " +
        "in the link) or a new setup link (a user who never finished setup); links already handed " +
        "out keep working. Without e-mail nothing is issued: the server logs which user asked, and " +
        "an administrator hands over a link made by `watchword setup-link --username EMAIL`. " +
        "An unknown, deleted or disabled " +
        "username gets the same answer (no enumeration). " +
        "Every request counts against the client address and the username (setup throttle scope); " +
        "past the limit the answer is 429.",
      tags: TAGS,
      auth: "none",
      throttle: countEveryRequest(throttler, config.throttle.enabled),
      body: { schema: recoverRequestSchema, message: "Could not validate the recovery data." },
      response: { type: "null" },
      example: { username: "ada@example.com", case: "default" },
    },
    async (ctx) => {
      const { username, case: why = "default" } = input<RecoverRequestInput>(ctx).body;
      const requested = await requestRecovery(deps, username, why);
      if (requested?.mailed)
        ctx.state.log.info(
          { userId: requested.userId, tokenType: requested.kind, case: why },
          requested.kind === "recover" ? "account recovery link mailed" : "new setup link mailed",
        );
      else if (requested)
        ctx.state.log.info(
          { userId: requested.userId, tokenType: requested.kind, case: why },
          requested.kind === "recover"
            ? "account recovery requested: no e-mail is sent, `watchword setup-link` gives a recovery link"
            : "account recovery requested by a user who never completed setup: no e-mail is sent, " +
                "`watchword setup-link` gives a new setup link",
        );
      else ctx.state.log.info({ case: why }, "account recovery requested for no active user: ignored");
      success(ctx, null, STARTED);
    },
  );

  const start = async (ctx: AppContext) => {
    const { userId, token } = input(ctx).params;
    success(ctx, { user: presentUser(await startRecovery(deps, userId!, token!), config.appUrl) });
  };
  for (const legacy of [false, true])
    mount(
      router,
      {
        method: "get",
        path: legacy ? "/setup/recover/:userId/:token" : "/setup/recover/start/:userId/:token",
        name: "RecoverStart.start",
        summary: legacy ? "Check an account recovery link (legacy path)" : "Check an account recovery link",
        description:
          "The link printed by `watchword setup-link` for an active user. 400 when the user is not " +
          "active, deleted or disabled, or when the token is unknown, used, aborted or expired." +
          THROTTLED,
        tags: TAGS,
        auth: "none",
        throttle,
        params: recoverStartParams,
        response: setupStartResponseSchema,
      },
      start,
    );

  const userIdParam = { userId: { ...uuidSchema, description: "The user recovering their account" } };
  const complete: Omit<RouteSpec, "method"> = {
    path: "/setup/recover/complete/:userId",
    name: "RecoverComplete.complete",
    summary: "Complete an account recovery: prove the key is the user's",
    description:
      "No session and no CSRF token: the recovery token authorises the call. The body is the setup " +
      "complete body; the key's fingerprint must be the one of the user's stored key, else 400 " +
      '"The key provided does not belong to given user." with `gpgkey.armored_key.isUserKeyRule` ' +
      "(a key that does not parse: `isParsableArmoredKeyRule`; a private key: `isPublicKeyRule`). " +
      "On success the token is used up and nothing else changes (the stored key stays); the " +
      "extension then logs in with GpgAuth." +
      THROTTLED,
    tags: TAGS,
    auth: "none",
    throttle,
    csrfExempt: true,
    params: userIdParam,
    body: { schema: setupCompleteSchema, message: "Could not validate the recovery data." },
    response: { type: "null" },
    example: {
      authentication_token: TOKEN_EXAMPLE,
      gpgkey: {
        armored_key: "-----BEGIN PGP PUBLIC KEY BLOCK-----\n...\n-----END PGP PUBLIC KEY BLOCK-----",
      },
    },
  };
  const completeHandler = async (ctx: AppContext) => {
    const { params, body } = input<SetupCompleteInput>(ctx);
    await completeRecovery(deps, params.userId!, body);
    success(ctx, null, "The recovery was completed successfully.");
  };
  mount(router, { ...complete, method: "put" }, completeHandler);
  mount(router, { ...complete, method: "post" }, completeHandler);

  const abort: Omit<RouteSpec, "method"> = {
    path: "/setup/recover/abort/:userId",
    name: "RecoverAbort.abort",
    summary: "Abort an account recovery: the recovery link stops working",
    description:
      "No session and no CSRF token: the recovery token authorises the call. 400 when the user is " +
      "not active, deleted or disabled, or the token is missing, unknown, used, aborted or expired." +
      THROTTLED,
    tags: TAGS,
    auth: "none",
    throttle,
    csrfExempt: true,
    params: userIdParam,
    body: { schema: recoverAbortSchema, message: "Could not validate the recovery data." },
    response: { type: "null" },
    example: { authentication_token: TOKEN_EXAMPLE },
  };
  const abortHandler = async (ctx: AppContext) => {
    const { params, body } = input<RecoverAbortInput>(ctx);
    await abortRecovery(deps, params.userId!, body);
    success(ctx, null, "The recovery was aborted.");
  };
  mount(router, { ...abort, method: "put" }, abortHandler);
  mount(router, { ...abort, method: "post" }, abortHandler);
  return router;
}

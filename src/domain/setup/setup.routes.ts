import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount, type RouteSpec } from "../../http/routeSpec.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import { presentUser } from "../users/users.presenter.ts";
import {
  setupCompleteSchema,
  setupStartParams,
  setupStartResponseSchema,
  type SetupCompleteInput,
} from "./setup.schemas.ts";
import { completeSetup, startSetup, type SetupDeps } from "./setup.service.ts";
import { auditFailedAttempt } from "../auth/auth.audit.ts";

const TAGS = ["Setup"];

const THROTTLED =
  " Refused tokens are counted per client address and per user id: past the limit every attempt " +
  "answers 429 until the window ends.";

/** Setup: GET /setup/start|install/{userId}/{token}.json, PUT|POST /setup/complete/{userId}.json. */
export function setupRoutes({ db, config, serverKey, throttle: throttler }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const deps: SetupDeps = { db, config, serverFingerprint: serverKey.fingerprint };
  // Token guessing: one guard for the link check and the completion, counted together.
  const throttle = throttler.guard({
    scope: "setup",
    account: (ctx) => ctx.params.userId,
    onFailure: auditFailedAttempt(db, "auth.setup.failure"),
  });

  const start = async (ctx: AppContext) => {
    const { userId, token } = input(ctx).params;
    success(ctx, { user: presentUser(await startSetup(deps, userId!, token!), config.appUrl) });
  };
  for (const legacy of [false, true])
    mount(
      router,
      {
        method: "get",
        path: legacy ? "/setup/install/:userId/:token" : "/setup/start/:userId/:token",
        name: "SetupStart.start",
        summary: legacy ? "Check a setup link (legacy path)" : "Check a setup link",
        description:
          "The link printed by `watchword register-user` (or made by POST /users.json). 400 when the user " +
          "is active, deleted or disabled, or when the token is unknown, used or expired." +
          THROTTLED,
        tags: TAGS,
        auth: "none",
        throttle,
        params: setupStartParams,
        response: setupStartResponseSchema,
      },
      start,
    );

  const complete: Omit<RouteSpec, "method"> = {
    path: "/setup/complete/:userId",
    name: "SetupComplete.complete",
    summary: "Complete the setup: store the public key and activate the user",
    description:
      "No session and no CSRF token: the setup token authorises the call. The key must pass the rules of " +
      "crypto/keyRules.ts; a refused key answers 400 with `gpgkey.armored_key.<rule>` and nothing is written." +
      THROTTLED,
    tags: TAGS,
    auth: "none",
    throttle,
    csrfExempt: true,
    params: { userId: { ...uuidSchema, description: "The user being set up" } },
    body: { schema: setupCompleteSchema, message: "Could not validate the setup data." },
    response: { type: "null" },
    example: {
      authentication_token: { token: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" },
      gpgkey: {
        armored_key: "-----BEGIN PGP PUBLIC KEY BLOCK-----\n...\n-----END PGP PUBLIC KEY BLOCK-----",
      },
    },
  };
  const completeHandler = async (ctx: AppContext) => {
    const { params, body } = input<SetupCompleteInput>(ctx);
    await completeSetup(deps, params.userId!, body);
    success(ctx, null, "The setup was completed successfully.");
  };
  mount(router, { ...complete, method: "put" }, completeHandler);
  mount(router, { ...complete, method: "post" }, completeHandler);
  return router;
}

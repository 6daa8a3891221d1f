/**
 * GpgAuth: POST /auth/verify.json (stage 0) and POST /auth/login.json (stages 1 and 2), one
 * action as in Passbolt ("AuthLogin.loginPost"): the stage follows from the fields sent.
 * Bodies arrive as multipart or urlencoded forms (`data[gpg_auth][keyid]`, the extension) or
 * JSON (`{gpg_auth:{…}}` with or without a `data` wrapper: go-passbolt, the Python clients).
 * Stages 0 and 1 answer HTTP 200 with an error envelope on purpose: the clients expect it.
 */
import Router from "@koa/router";
import multer from "@koa/multer";
import type { Middleware } from "koa";
import type { AppDeps } from "../../deps.ts";
import { errorEnvelope, success } from "../../http/envelope.ts";
import { AppError, badRequest, conflict } from "../../http/errors.ts";
import { input, mount } from "../../http/routeSpec.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { setLoginCookies, newCsrfToken } from "./auth.cookies.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import {
  completeLogin,
  FAILED_MESSAGE,
  findGpgAuthUser,
  issueLoginChallenge,
  verifyServerToken,
} from "./gpgauth.service.ts";
import { auditFailedAttempt } from "./auth.audit.ts";

/** Headers a client may read across origins (Passbolt's GpgAuthenticator::HTTP_HEADERS_WHITELIST). */
const EXPOSED = [
  "X-GPGAuth-Verify-Response",
  "X-GPGAuth-Progress",
  "X-GPGAuth-User-Auth-Token",
  "X-GPGAuth-Authenticated",
  "X-GPGAuth-Refer",
  "X-GPGAuth-Debug",
  "X-GPGAuth-Error",
  "X-GPGAuth-Pubkey",
  "X-GPGAuth-Logout-Url",
  "X-GPGAuth-Version",
];

/** The X-GPGAuth-* headers every non-JWT response of the auth routes carries. */
export function gpgauthCommonHeaders(): Middleware<AppState> {
  return async (ctx, next) => {
    if (!ctx.get("authorization")) {
      ctx.set("X-GPGAuth-Version", "1.3.0");
      ctx.set("X-GPGAuth-Login-URL", "/auth/login");
      ctx.set("X-GPGAuth-Logout-URL", "/auth/logout");
      ctx.set("X-GPGAuth-Verify-URL", "/auth/verify");
      ctx.set("X-GPGAuth-Pubkey-URL", "/auth/verify.json");
      ctx.set("Access-Control-Expose-Headers", EXPOSED.join(", "));
    }
    await next();
  };
}

const stageHeaders = (ctx: AppContext, progress: string, authenticated: boolean) => {
  ctx.set("X-GPGAuth-Authenticated", String(authenticated));
  ctx.set("X-GPGAuth-Progress", progress);
};

/** Multipart bodies (the extension), parsed on these routes only; any 400 or 429 below carries X-GPGAuth-Error. */
function gpgauthBody(): Middleware<AppState> {
  // @koa/multer has none() (text fields only); its type definitions do not declare it.
  const instance = multer({
    limits: { fields: 20, fieldNameSize: 100, fieldSize: 128 * 1024, files: 0, parts: 20 },
  }) as unknown as { none(): Middleware };
  const upload = instance.none();
  const parse = async (ctx: AppContext) => {
    try {
      await upload(ctx as never, async () => undefined);
    } catch (err) {
      throw badRequest("The request body could not be read.", "", `multipart: ${(err as Error).message}`);
    }
  };
  return async (ctx, next) => {
    try {
      if (!ctx.get("authorization")) stageHeaders(ctx, "stage0", false);
      await parse(ctx);
      await next();
    } catch (err) {
      if (
        err instanceof AppError &&
        (err.status === 400 || err.status === 429) &&
        !ctx.get("authorization")
      ) {
        ctx.set("X-GPGAuth-Error", "true");
        ctx.set("X-GPGAuth-Debug", err.headers["X-GPGAuth-Debug"] ?? err.message);
      }
      throw err;
    }
  };
}

const armored = { type: "string", maxLength: 64 * 1024 };
const fields = {
  type: "object",
  properties: {
    keyid: { type: "string", description: "The user key fingerprint (40 hex digits)", maxLength: 64 },
    server_verify_token: { ...armored, description: "Stage 0: a nonce encrypted to the server key" },
    user_token_result: { type: "string", maxLength: 256, description: "Stage 2: the decrypted nonce" },
  },
};
const bodySchema = {
  type: "object",
  properties: { gpg_auth: fields, data: { type: "object", properties: { gpg_auth: fields } } },
};
type GpgAuthFields = { keyid?: string; server_verify_token?: string; user_token_result?: string };
type GpgAuthBody = { gpg_auth?: GpgAuthFields; data?: { gpg_auth?: GpgAuthFields } };

/** The fingerprint a request claims, read from the body before validation (for the throttle). */
const claimedKeyid = (ctx: AppContext): unknown => {
  const body = ctx.request.body as GpgAuthBody | null | undefined;
  return body?.data?.gpg_auth?.keyid ?? body?.gpg_auth?.keyid;
};

async function loginPost(deps: AppDeps, ctx: AppContext, route: string): Promise<void> {
  const actor = ctx.state.actor;
  if (actor?.via === "jwt" && route === "/auth/login")
    throw badRequest("The route /auth/login is not permitted with JWT authentication.");
  const body = input<GpgAuthBody>(ctx).body;
  const data = (body.data?.gpg_auth ?? body.gpg_auth ?? {}) as GpgAuthFields;
  const user = await findGpgAuthUser(deps, data.keyid);
  if (data.server_verify_token !== undefined) {
    ctx.set("X-GPGAuth-Verify-Response", await verifyServerToken(deps, data.server_verify_token));
    return errorEnvelope(ctx, 200, "The server key was verified.");
  }
  // Stage 0 is harmless with a session; logging in again over one is refused, as Passbolt does.
  if (actor) {
    ctx.set("X-GPGAuth-Authenticated", "true");
    throw conflict("You are already logged in.");
  }
  if (data.user_token_result === undefined) {
    stageHeaders(ctx, "stage1", false);
    ctx.set("X-GPGAuth-User-Auth-Token", await issueLoginChallenge(deps, user));
    return errorEnvelope(ctx, 200, "The authentication challenge was sent.");
  }
  stageHeaders(ctx, "stage2", false);
  const result = await completeLogin(deps, user, data.user_token_result);
  setLoginCookies(ctx, deps.config, result.session, newCsrfToken());
  stageHeaders(ctx, "complete", true);
  ctx.set("X-GPGAuth-Refer", "/");
  success(ctx, result.user, "You are successfully logged in.");
}

const responseHeaders = {
  "X-GPGAuth-Version": "Always 1.3.0.",
  "X-GPGAuth-Authenticated": "false at stages 0 and 1, true after stage 2.",
  "X-GPGAuth-Progress": "stage0, stage1, stage2 (failure) or complete.",
  "X-GPGAuth-Verify-Response": "Stage 0: the decrypted server_verify_token.",
  "X-GPGAuth-User-Auth-Token":
    "Stage 1: the nonce encrypted to the user and signed by the server, as PHP quotemeta(urlencode(armored)).",
  "X-GPGAuth-Refer": "Stage 2: `/`.",
  "X-GPGAuth-Error": "`true` on failure.",
  "X-GPGAuth-Debug": 'On failure: "There is no user associated with this key." or a generic message.',
};

export function gpgauthRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  // Stage 0 failures count too: each one costs a decryption with the server key.
  const throttle = deps.throttle.guard({
    scope: "login",
    account: claimedKeyid,
    onFailure: auditFailedAttempt(deps.db, "auth.login.failure"),
  });
  router.use(["/auth/login", "/auth/verify"], gpgauthCommonHeaders(), gpgauthBody());
  for (const path of ["/auth/verify", "/auth/login"]) {
    mount(
      router,
      {
        method: "post",
        path,
        name: "AuthLogin.loginPost",
        summary:
          path === "/auth/verify"
            ? "GpgAuth stage 0: verify the server key"
            : "GpgAuth login (stages 1 and 2)",
        description:
          "One action for both URLs; the stage follows from the fields: `server_verify_token` → stage 0, " +
          "`keyid` alone → stage 1, `user_token_result` → stage 2. Stages 0 and 1 answer **HTTP 200 with " +
          "an error envelope** (empty body) and carry their result in X-GPGAuth-* headers; stage 2 answers " +
          "the user and sets the `passbolt_session` and `csrfToken` cookies. CSRF is not checked. " +
          "Stage 1 or 2 over a live session answers 409. Failed attempts are counted per client address " +
          "and per key fingerprint: past the limit every attempt answers 429 until the window ends.",
        tags: ["Authentication (GPGAuth)"],
        auth: "optional",
        csrfExempt: true,
        body: {
          schema: bodySchema,
          required: false,
          message: FAILED_MESSAGE,
          contentTypes: ["multipart/form-data", "application/x-www-form-urlencoded", "application/json"],
        },
        // Not one envelope but two: the generator wraps only success bodies, so the route
        // describes both itself (raw) and the 200 is documented as what is actually sent.
        raw: true,
        response: {
          oneOf: [
            {
              type: "object",
              description: "Stage 2: the success envelope with the logged-in user.",
              additionalProperties: false,
              required: ["header", "body"],
              properties: { header: { $ref: "#/components/schemas/SuccessHeader" }, body: userSchema },
            },
            {
              description: "Stages 0 and 1: an error envelope (status `error`, code 200) with an empty body.",
              $ref: "#/components/schemas/ErrorEnvelope",
            },
          ],
        },
        errors: [409],
        throttle,
        responseHeaders,
        example: { gpg_auth: { keyid: "03F60E958F4CB29723ACDF761353B5B15D9B054F" } },
      },
      (ctx) => loginPost(deps, ctx, path),
    );
  }
  return router;
}

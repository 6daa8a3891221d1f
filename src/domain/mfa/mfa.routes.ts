/**
 * Multi-factor authentication (TOTP), as Passbolt's MFA plugin serves it to the extension,
 * go-passbolt, the Android app and JWT clients: the organisation's providers (admin), the user's
 * setup, the verification of a code after login, and the answer the gate sends clients to
 * (/mfa/verify/error.json). The HTML verification form is mfa.page.ts; the gate is mfa.gate.ts.
 */
import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { Actor } from "../../http/auth.ts";
import { errorEnvelope, success } from "../../http/envelope.ts";
import { addError, badRequest, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import { input, mount, type HttpMethod } from "../../http/routeSpec.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { clearLoginCookies, clearRefreshCookie } from "../auth/auth.cookies.ts";
import {
  assertVerifiable,
  MfaLoggedOut,
  removeTotp,
  resetUserMfa,
  selectSetup,
  setupTotp,
  totpSetupState,
  verifyTotp,
  type TotpSetupInput,
} from "./mfa.service.ts";
import { findOrgProviders, saveOrgProviders, type MfaProvider } from "./mfa.settings.ts";
import {
  isRemember,
  mfaErrorBodySchema,
  providersBodySchema,
  providersSchema,
  selectSchema,
  totpSetupBodySchema,
  totpSetupStateSchema,
  verifyBodySchema,
} from "./mfa.schemas.ts";
import { clearMfaCookie, setMfaCookie } from "./mfa.tokens.ts";
import { hasValidMfaCookie } from "./mfa.gate.ts";

const TAGS = ["Multi-factor authentication"];
const actorOf = (ctx: AppContext) => ctx.state.actor as Actor;
export const MFA_REQUIRED = "MFA authentication is required.";

/**
 * `["totp"]` or `{"totp": true}`; anything but TOTP is refused with the rule, and so is an empty
 * list, as Passbolt does. MFA is switched off with `{"totp": false}` (or `watchword mfa providers none`).
 */
function readProviders(raw: unknown): MfaProvider[] {
  if (Array.isArray(raw) && !raw.length)
    throw validationFailed("Could not validate the MFA settings.", {
      providers: { notEmpty: 'The providers should not be empty: send {"totp": false} to allow none.' },
    });
  const names = Array.isArray(raw)
    ? raw
    : Object.entries(raw as Record<string, unknown>)
        .filter(([, on]) => on === true || on === 1 || on === "1")
        .map(([name]) => name);
  const tree: ErrorTree = {};
  for (const name of names)
    if (name !== "totp")
      addError(
        tree,
        ["providers"],
        "inList",
        "The providers should be among: totp (Yubikey and Duo are not offered).",
      );
  if (Object.keys(tree).length) throw validationFailed("Could not validate the MFA settings.", tree);
  return names.length ? ["totp"] : [];
}

/** The body of the gate's answer: the providers and where to verify each. */
export function mfaErrorBody(appUrl: string) {
  return { mfa_providers: ["totp"], providers: { totp: `${appUrl}/mfa/verify/totp.json` } };
}

export function mfaRoutes(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const { db, config } = deps;

  mount(
    router,
    {
      method: "get",
      path: "/mfa/settings",
      name: "MfaOrgSettingsGet.get",
      summary: "The second factors the organisation allows (admin)",
      description: "TOTP is the only provider Watchword offers. Until saved: none.",
      tags: TAGS,
      auth: "admin",
      response: providersSchema,
    },
    async (ctx) => success(ctx, { providers: await db.read(findOrgProviders) }),
  );

  for (const method of ["post", "put"] as const)
    mount(
      router,
      {
        method,
        path: "/mfa/settings",
        name: method === "post" ? "MfaOrgSettingsPost.post" : "MfaOrgSettingsPost.put",
        summary: "Allow TOTP for the organisation, or nothing (admin)",
        description:
          '`{"providers": ["totp"]}` or `{"providers": {"totp": true}}`; `[]` allows none. `yubikey` and ' +
          "`duo` objects are accepted and ignored (the Passbolt admin page sends them); naming either as a " +
          "provider is a 400. Once TOTP is allowed, /settings.json lists the multiFactorAuthentication plugin.",
        tags: TAGS,
        auth: "admin",
        body: { schema: providersBodySchema, message: "Could not validate the MFA settings." },
        response: providersSchema,
        example: { providers: ["totp"], yubikey: {}, duo: {} },
      },
      async (ctx) => {
        const providers = readProviders(input<{ providers: unknown }>(ctx).body.providers);
        const saved = await saveOrgProviders(db, actorOf(ctx).id, providers);
        success(ctx, { providers: saved }, "The multi-factor authentication settings were saved.");
      },
    );

  mount(
    router,
    {
      method: "get",
      path: "/mfa/setup/select",
      name: "MfaSetupSelect.select",
      summary: "Which providers the organisation allows and the user has set up",
      tags: TAGS,
      auth: "user",
      response: selectSchema,
    },
    async (ctx) => success(ctx, await selectSetup(deps, actorOf(ctx).id)),
  );

  mount(
    router,
    {
      method: "get",
      path: "/mfa/setup/totp",
      name: "TotpSetupGet.get",
      summary: "A provisioning URI with a new secret, or when TOTP was verified",
      description:
        "Not set up: `otpProvisioningUri` (`otpauth://totp/<issuer:username>?issuer=<issuer>&secret=<base32>`, " +
        "a new 32-byte secret on every call; nothing is stored). Set up: `verified`. 400 when the " +
        "organisation does not allow TOTP.",
      tags: TAGS,
      auth: "user",
      response: totpSetupStateSchema,
    },
    async (ctx) => success(ctx, await totpSetupState(deps, actorOf(ctx))),
  );

  mount(
    router,
    {
      method: "post",
      path: "/mfa/setup/totp",
      name: "TotpSetupPost.post",
      summary: "Set up TOTP: the URI from GET and a code computed from it",
      description:
        "The code is checked before anything is stored; the secret is stored encrypted. Sets the " +
        "`passbolt_mfa` cookie for this session. 400: not allowed, already set up (remove it first), " +
        "a URI this server would not have issued to the user (`isValidOtpProvisioningUri`), a wrong " +
        "code (`isValidOtp`).",
      tags: TAGS,
      auth: "user",
      body: { schema: totpSetupBodySchema, message: "Could not validate the OTP setup data." },
      response: {
        type: "object",
        required: ["verified"],
        properties: { verified: { type: "string", format: "date-time" } },
      },
      responseHeaders: { "Set-Cookie": "passbolt_mfa=<token>; path=/; httponly (secure with https)" },
      example: { otpProvisioningUri: "otpauth://totp/…", totp: "123456" },
    },
    async (ctx) => {
      const body = input<TotpSetupInput>(ctx).body;
      const { verified, cookie } = await setupTotp(deps, ctx, actorOf(ctx), body);
      setMfaCookie(ctx, config, cookie, false);
      success(ctx, { verified }, "The multi-factor authentication settings were saved.");
    },
  );

  mount(
    router,
    {
      method: "delete",
      path: "/mfa/setup/totp",
      name: "TotpSetupDelete.delete",
      summary: "Remove the caller's TOTP",
      description:
        "Removes the secret and deactivates the caller's MFA tokens. 200 also when nothing was set up.",
      tags: TAGS,
      auth: "user",
      response: { type: "null" },
    },
    async (ctx) => {
      const removed = await removeTotp(deps, actorOf(ctx));
      if (removed) clearMfaCookie(ctx, config);
      success(ctx, null, removed ? "The multi-factor authentication was removed." : "Nothing to delete.");
    },
  );

  mount(
    router,
    {
      method: "delete",
      path: "/mfa/setup/:id",
      name: "MfaUserSettingsDelete.delete",
      summary: "Reset a user's multi-factor authentication (admin, or the user)",
      description:
        "Removes every provider of the user and deactivates their MFA tokens; the user and the " +
        "administrators are told by mail when mail is on. 403 for another user's id without being an " +
        "administrator; 400 for an unknown or deleted user. 200 with a message when nothing was set up.",
      tags: TAGS,
      auth: "user",
      params: { id: { ...uuidSchema, description: "User id" } },
      response: { type: "null" },
    },
    async (ctx) => {
      const reset = await resetUserMfa(deps, actorOf(ctx), input(ctx).params.id!);
      success(
        ctx,
        null,
        reset ? "The multi-factor authentication settings were reset." : "Nothing to delete.",
      );
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/mfa/verify/totp",
      name: "TotpVerifyGet.get",
      summary: "Is a TOTP code expected from the caller?",
      description:
        "200 while the second factor is pending; 400 when there is nothing to verify (no setup, TOTP " +
        "not allowed, or a valid `passbolt_mfa` cookie came with the request). A browser " +
        "asking for HTML (no `.json`) gets the verification form instead.",
      tags: TAGS,
      auth: "user",
      response: { type: "null" },
    },
    async (ctx) => {
      await assertVerifiable(deps, actorOf(ctx).id);
      if (await hasValidMfaCookie(deps, ctx))
        throw badRequest(
          "The multi-factor authentication is not required any more: it was given for this session.",
        );
      success(ctx, null, "Please provide the one-time password.");
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/mfa/verify/totp",
      name: "TotpVerifyPost.post",
      summary: "Give the TOTP code after login",
      description:
        '`remember` (true, 1 or "1") keeps the browser trusted for 30 days; otherwise the `passbolt_mfa` ' +
        "cookie is valid for this session (JWT: this access token, renewed on refresh). A code is accepted " +
        "once. A wrong or reused code is a 400 naming `isValidOtp`; past MFA_MAX_FAILED_ATTEMPTS the " +
        "session ends (JWT: the refresh tokens are revoked) and the 400 says so.",
      tags: TAGS,
      auth: "user",
      body: { schema: verifyBodySchema, message: "The OTP is not valid." },
      response: { type: "null" },
      responseHeaders: { "Set-Cookie": "passbolt_mfa=<token>; path=/; httponly; 30 days with remember" },
      example: { totp: "123456", remember: 1 },
    },
    async (ctx) => {
      const body = input<{ totp: string; remember?: unknown }>(ctx).body;
      const actor = actorOf(ctx);
      try {
        const { cookie, remember } = await verifyTotp(deps, ctx, actor, body.totp, isRemember(body.remember));
        setMfaCookie(ctx, config, cookie, remember);
      } catch (err) {
        if (err instanceof MfaLoggedOut) {
          clearMfaCookie(ctx, config);
          if (actor.via === "session") clearLoginCookies(ctx, config);
          else clearRefreshCookie(ctx, config);
        }
        throw err;
      }
      success(ctx, null, "The multi-factor authentication was a success.");
    },
  );

  const methods: HttpMethod[] = ["get", "post", "put", "delete"];
  for (const method of methods)
    mount(
      router,
      {
        method,
        path: "/mfa/verify/error",
        name: `MfaVerify.error${method[0]!.toUpperCase()}${method.slice(1)}`,
        summary: "Where the gate sends a client whose second factor is pending",
        description:
          "Always 403 `MFA authentication is required.` with the providers and the URL to verify each " +
          "(`mfa_providers` for the Android app, `providers.totp` for go-passbolt); expires the " +
          "`passbolt_mfa` cookie. Every other route answers a caller whose TOTP is set up and not yet " +
          "given with a 302 here (a browser navigation: to the form at /mfa/verify/totp).",
        tags: TAGS,
        auth: "optional",
        csrfExempt: true,
        response: { type: "null" },
        errors: [403],
        errorBodies: {
          403: { description: "Always: the second factor is pending.", body: mfaErrorBodySchema },
        },
      },
      async (ctx) => {
        clearMfaCookie(ctx, config);
        errorEnvelope(ctx, 403, MFA_REQUIRED, mfaErrorBody(config.appUrl));
      },
    );
  return router;
}

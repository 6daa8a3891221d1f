/**
 * MFA in the JWT flow: the login answer names the providers when a second factor is due (and a
 * new JWT login starts the count of failed codes again); a refresh re-binds a session-bound
 * `passbolt_mfa` cookie from the old access token to the new one and sends it again.
 */
import type { AppDeps } from "../../deps.ts";
import type { AppContext } from "../../http/types.ts";
import { clearJwtMfaFailures, isMfaRequired } from "./mfa.service.ts";
import {
  clearMfaCookie,
  isRememberedMfaCookie,
  jwtBinding,
  MFA_COOKIE,
  rebindMfaToken,
  setMfaCookie,
} from "./mfa.tokens.ts";

/** Fields for the JWT login answer: `providers: ["totp"]` when the user must give a code. */
export async function mfaLoginAnswer(
  deps: AppDeps,
  ctx: AppContext,
  userId: string,
): Promise<Record<string, unknown>> {
  if (!(await isMfaRequired(deps, userId))) return {};
  await clearJwtMfaFailures(deps, userId);
  const cookie = ctx.cookies.get(MFA_COOKIE);
  if (cookie && (await deps.db.read((m) => isRememberedMfaCookie(m, userId, cookie)))) return {};
  return { providers: ["totp"] };
}

/** After POST /auth/jwt/refresh.json issued `accessToken` to `userId`. */
export async function rebindMfaAfterRefresh(
  deps: AppDeps,
  ctx: AppContext,
  userId: string,
  accessToken: string,
): Promise<void> {
  const cookie = ctx.cookies.get(MFA_COOKIE);
  if (!cookie) return;
  const old = /^Bearer\s+(\S+)$/i.exec(ctx.get("authorization"))?.[1] ?? "";
  const kept = await deps.db.tx((m) =>
    rebindMfaToken(m, userId, cookie, jwtBinding(old), jwtBinding(accessToken)),
  );
  if (kept) setMfaCookie(ctx, deps.config, cookie, kept.remember);
  else clearMfaCookie(ctx, deps.config);
}

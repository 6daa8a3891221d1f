/**
 * The `passbolt_mfa` cookie: a UUID whose SHA-256 is stored as an authentication token of type
 * "mfa", data `{provider, user_agent, remember, binding}`. It proves the second factor for 30
 * days at most; without "remember" only for the session it was given in: `binding` is a hash of
 * the cookie session's id, or of the JWT access token (re-bound to the new one on each refresh).
 * Logging out, removing or resetting the factor, disabling or deleting the user deactivate it.
 */
import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { isUuid } from "../../db/ids.ts";
import { sqlDate } from "../../db/dialect.ts";
import { toDateNotNull } from "../../db/rawRows.ts";
import { ACTIVE_USER_SQL } from "../auth/actors.ts";
import type { Actor } from "../../http/auth.ts";
import type { AppContext } from "../../http/types.ts";
import { hashToken, issueToken } from "../users/tokens.ts";
import type { MfaProvider } from "./mfa.settings.ts";

export const MFA_COOKIE = "passbolt_mfa";
export const MFA_TOKEN_DAYS = 30;
const MFA_TOKEN_MS = MFA_TOKEN_DAYS * 24 * 3600 * 1000;

interface MfaTokenData {
  provider: MfaProvider;
  user_agent: string;
  remember: boolean;
  /** sha256 of "session:<session id>" or "jwt:<access token>" */
  binding: string;
}

const digest = (s: string) => createHash("sha256").update(s).digest("hex");

/** What a session-bound token is bound to: this cookie session, or this access token. */
export function bindingOf(ctx: AppContext, actor: Actor): string {
  if (actor.via === "session") return digest(`session:${actor.sessionId ?? ""}`);
  return jwtBinding(/^Bearer\s+(\S+)$/i.exec(ctx.get("authorization"))?.[1] ?? "");
}

export const jwtBinding = (accessToken: string): string => digest(`jwt:${accessToken}`);

/** Issues a token (run it in the transaction that verified the code); returns the cookie value. */
export function issueMfaToken(
  m: EntityManager,
  userId: string,
  data: { remember: boolean; binding: string; userAgent: string },
): Promise<string> {
  const stored: MfaTokenData = {
    provider: "totp",
    user_agent: data.userAgent.slice(0, 256),
    remember: data.remember,
    binding: data.binding,
  };
  return issueToken(m, userId, "mfa", JSON.stringify(stored));
}

interface TokenRow {
  id: string;
  data: string | null;
  created: unknown;
}

/**
 * The active token of this user for this cookie value, if it is younger than 30 days and its
 * user may still act (a disabled or deleted user's tokens stop working at once).
 */
async function findToken(
  m: EntityManager,
  userId: string,
  cookie: string,
): Promise<{ id: string; parsed: MfaTokenData } | undefined> {
  if (!isUuid(cookie)) return undefined;
  const [row] = (await m.query(
    "SELECT t.id, t.data, t.created FROM authentication_tokens t " +
      `INNER JOIN users u ON u.id = t.user_id AND ${ACTIVE_USER_SQL} ` +
      "WHERE t.token = ? AND t.type = ? AND t.user_id = ? AND t.active = ?",
    [sqlDate(m, new Date()), hashToken(cookie.toLowerCase()), "mfa", userId, true],
  )) as TokenRow[];
  if (!row || toDateNotNull(row.created).getTime() < Date.now() - MFA_TOKEN_MS) return undefined;
  try {
    return { id: row.id, parsed: JSON.parse(row.data ?? "") as MfaTokenData };
  } catch {
    return undefined;
  }
}

/** Whether the cookie proves the second factor for this user in this session. */
export async function isValidMfaCookie(
  m: EntityManager,
  userId: string,
  cookie: string,
  binding: string,
): Promise<boolean> {
  const row = await findToken(m, userId, cookie);
  return Boolean(row && (row.parsed.remember || row.parsed.binding === binding));
}

/** Whether the cookie is a valid "remember for 30 days" token of this user. */
export async function isRememberedMfaCookie(
  m: EntityManager,
  userId: string,
  cookie: string,
): Promise<boolean> {
  const row = await findToken(m, userId, cookie);
  return Boolean(row?.parsed.remember);
}

/**
 * After a JWT refresh: a session-bound token valid for the old access token is bound to the new
 * one (a remembered one needs nothing). @returns undefined when the cookie is not valid any more
 */
export async function rebindMfaToken(
  m: EntityManager,
  userId: string,
  cookie: string,
  oldBinding: string,
  newBinding: string,
): Promise<{ remember: boolean } | undefined> {
  const row = await findToken(m, userId, cookie);
  if (!row) return undefined;
  if (row.parsed.remember) return { remember: true };
  if (row.parsed.binding !== oldBinding) return undefined;
  const data = JSON.stringify({ ...row.parsed, binding: newBinding });
  await m.getRepository(AuthenticationTokenEntity).update({ id: row.id }, { data, modified: new Date() });
  return { remember: false };
}

/** Deactivates every MFA token of a user (logout of all, removal, reset, disabling). */
export async function deactivateMfaTokens(m: EntityManager, userId: string): Promise<void> {
  await m
    .getRepository(AuthenticationTokenEntity)
    .update({ userId, type: "mfa", active: true }, { active: false, modified: new Date() });
}

/** The cookie's attributes, as set and as cleared (a browser clears only a cookie it matches). */
function mfaCookieOptions(ctx: AppContext, config: Config) {
  if (config.secureCookies) ctx.cookies.secure = true;
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
    overwrite: true,
  } as const;
}

/** Sets the cookie: a session cookie, or one that expires in 30 days with "remember". */
export function setMfaCookie(ctx: AppContext, config: Config, value: string, remember: boolean): void {
  ctx.cookies.set(MFA_COOKIE, value, {
    ...mfaCookieOptions(ctx, config),
    expires: remember ? new Date(Date.now() + MFA_TOKEN_MS) : undefined,
  });
}

export function clearMfaCookie(ctx: AppContext, config: Config): void {
  ctx.cookies.set(MFA_COOKIE, null, mfaCookieOptions(ctx, config));
}

/**
 * Multi-factor authentication with TOTP: the user's setup (as the extension drives it), its
 * removal and reset, and the verification of a code after login. A code is accepted once: the
 * account row keeps the step of the last accepted code and a guarded UPDATE raises it, so a
 * replay (also on another process) is refused. Wrong codes are counted in the throttle table
 * (shared by every process); past MFA_MAX_FAILED_ATTEMPTS the session ends.
 */
import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { AppDeps } from "../../deps.ts";
import { isDuplicateKey } from "../../db/dbErrors.ts";
import { MfaAccountEntity, type MfaAccount } from "../../db/entities/MfaAccount.ts";
import { insertRows } from "../../db/insert.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import type { Actor } from "../../http/auth.ts";
import { isoDate } from "../../http/dates.ts";
import { AppError, badRequest, forbidden, validationFailed } from "../../http/errors.ts";
import type { AppContext } from "../../http/types.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { logoutRefreshTokens } from "../auth/jwt.refresh.service.ts";
import { destroySession } from "../auth/sessions.service.ts";
import { mailMfaReset } from "../email/email.events.ts";
import { mfaDataKey, openSecret, sealSecret } from "./mfa.secret.ts";
import { MFA_PROPERTY_ID, orgAllowsTotp, parseProviders } from "./mfa.settings.ts";
import { bindingOf, deactivateMfaTokens, issueMfaToken } from "./mfa.tokens.ts";
import { matchTotp, newTotpSecret, provisioningUri, secretOfUri, totpIssuer } from "./mfa.totp.ts";

export const INVALID_OTP = "This OTP is not valid.";
export const LOGGED_OUT = "You have been logged out due to too many failed attempts.";
const NOT_ALLOWED = "This authentication provider is not enabled for your organization.";

const invalidOtp = (logDetail: string): AppError =>
  validationFailed("The OTP is not valid.", { totp: { isValidOtp: INVALID_OTP } }, logDetail);

const findAccount = (m: EntityManager, userId: string) =>
  m.getRepository(MfaAccountEntity).findOneBy({ userId });

interface RequirementRow {
  org: string | null;
  n: number | string;
}

/**
 * Whether this signed-in actor must give a second factor. No statement for an actor without a
 * TOTP setup (read with the actor: Actor.hasMfa), which is every request of most users.
 */
export async function actorNeedsMfa(deps: Pick<AppDeps, "db">, actor: Actor): Promise<boolean> {
  return actor.hasMfa && (await isMfaRequired(deps, actor.id));
}

/**
 * Whether this user must give a second factor: the organisation allows TOTP and the user set
 * it up. One statement.
 */
export async function isMfaRequired(deps: Pick<AppDeps, "db">, userId: string): Promise<boolean> {
  const [row] = (await deps.db.read((m) =>
    m.query(
      "SELECT (SELECT value FROM organization_settings WHERE property_id = ?) AS org, " +
        "(SELECT COUNT(*) FROM mfa_accounts WHERE user_id = ?) AS n",
      [MFA_PROPERTY_ID, userId],
    ),
  )) as RequirementRow[];
  return Boolean(row && Number(row.n) > 0 && parseProviders(row.org).includes("totp"));
}

/** GET /mfa/setup/select.json: what the organisation allows, what the user has set up. */
export async function selectSetup(deps: Pick<AppDeps, "db">, userId: string) {
  const { allowed, account } = await deps.db.read(async (m) => ({
    allowed: await orgAllowsTotp(m),
    account: await findAccount(m, userId),
  }));
  return {
    MfaOrganizationSettings: { totp: allowed, yubikey: false, duo: false },
    MfaAccountSettings: { totp: allowed && account !== null, yubikey: false, duo: false },
  };
}

/**
 * GET /mfa/setup/totp.json: `{verified}` once set up, else a provisioning URI with a new secret.
 * @throws AppError 400 when the organisation does not allow TOTP
 */
export async function totpSetupState(
  deps: Pick<AppDeps, "db" | "config">,
  actor: Actor,
): Promise<{ verified: string } | { otpProvisioningUri: string }> {
  const { allowed, account } = await deps.db.read(async (m) => ({
    allowed: await orgAllowsTotp(m),
    account: await findAccount(m, actor.id),
  }));
  if (!allowed) throw badRequest(NOT_ALLOWED);
  if (account) return { verified: isoDate(account.verified) };
  const issuer = totpIssuer(deps.config.appUrl);
  return { otpProvisioningUri: provisioningUri(issuer, actor.username, newTotpSecret()) };
}

export interface TotpSetupInput {
  otpProvisioningUri: string;
  totp: string;
}

/**
 * POST /mfa/setup/totp.json: checks the code against the URI's secret, then stores the secret
 * (sealed) and issues a session-bound MFA token, in one transaction.
 * @returns the verification time and the passbolt_mfa cookie value
 * @throws AppError 400 not allowed, already set up, URI not one we issue, code wrong
 */
export async function setupTotp(
  deps: Pick<AppDeps, "db" | "config">,
  ctx: AppContext,
  actor: Actor,
  body: TotpSetupInput,
): Promise<{ verified: string; cookie: string }> {
  const { db, config } = deps;
  const secret = secretOfUri(body.otpProvisioningUri, totpIssuer(config.appUrl), actor.username);
  if (!secret)
    throw validationFailed(
      "The OTP provisioning URI is not valid.",
      {
        otpProvisioningUri: {
          isValidOtpProvisioningUri: "This OTP provisioning URI is not valid for this user and organization.",
        },
      },
      "setup: provisioning URI not in the issued form",
    );
  const step = matchTotp(secret, body.totp);
  if (step === undefined) throw invalidOtp("setup: wrong code");
  const key = await mfaDataKey(db, config.serverKeyPassphrase);
  const now = nowSeconds();
  try {
    return await db.tx(async (m) => {
      if (!(await orgAllowsTotp(m))) throw badRequest(NOT_ALLOWED);
      if (await findAccount(m, actor.id))
        throw badRequest("This OTP provider is already set up. Disable it first.");
      const account: MfaAccount = {
        userId: actor.id,
        provider: "totp",
        secret: sealSecret(key, actor.id, secret),
        verified: now,
        lastStep: step,
        created: now,
        modified: now,
      };
      await insertRows(m, MfaAccountEntity, account);
      const cookie = await issueMfaToken(m, actor.id, {
        remember: false,
        binding: bindingOf(ctx, actor),
        userAgent: ctx.get("user-agent"),
      });
      await recordAudit(m, {
        action: "mfa.setup",
        actorId: actor.id,
        targetType: "User",
        targetId: actor.id,
        data: { provider: "totp" },
      });
      return { verified: isoDate(now), cookie };
    });
  } catch (err) {
    // two setups of one user at once: the primary key takes one
    if (isDuplicateKey(err)) throw badRequest("This OTP provider is already set up. Disable it first.");
    throw err;
  }
}

/** Deletes a user's setup and tokens and writes the audit entry, in the caller's transaction. */
async function removeAccount(
  m: EntityManager,
  actorId: string,
  userId: string,
  action: "mfa.remove" | "mfa.reset",
): Promise<boolean> {
  const deleted = (await m.getRepository(MfaAccountEntity).delete({ userId })).affected ?? 0;
  await deactivateMfaTokens(m, userId);
  if (deleted > 0)
    await recordAudit(m, {
      action,
      actorId,
      targetType: "User",
      targetId: userId,
      data: { provider: "totp" },
    });
  return deleted > 0;
}

/** DELETE /mfa/setup/totp.json. @returns whether something was set up */
export async function removeTotp(deps: Pick<AppDeps, "db">, actor: Actor): Promise<boolean> {
  return deps.db.tx((m) => removeAccount(m, actor.id, actor.id, "mfa.remove"));
}

/**
 * DELETE /mfa/setup/{userId}.json: an administrator, or the user themselves, resets every
 * provider of the user; the user and the administrators are told by mail (when mail is on).
 * @returns whether something was set up
 * @throws AppError 403 another user's id without being an administrator; 400 no such user
 */
export async function resetUserMfa(
  deps: Pick<AppDeps, "db" | "config">,
  actor: Actor,
  userId: string,
): Promise<boolean> {
  if (userId !== actor.id && actor.role !== "admin")
    throw forbidden("You are not allowed to reset the MFA settings of another user.");
  return deps.db.tx(async (m) => {
    const [user] = (await m.query("SELECT id FROM users WHERE id = ? AND deleted = ?", [userId, false])) as {
      id: string;
    }[];
    if (!user) throw badRequest("The user does not exist.");
    const reset = await removeAccount(m, actor.id, userId, "mfa.reset");
    if (reset) await mailMfaReset(m, deps.config, actor.id, userId);
    return reset;
  });
}

/** The failure counter of one login: the cookie session, or the user's JWT logins. */
function failureKey(actor: Actor): string {
  const login = actor.via === "session" ? `session:${actor.sessionId ?? ""}` : "jwt";
  return `u-${createHash("sha256").update(`${actor.id}:${login}`).digest("hex").slice(0, 40)}`;
}

/** Forgets the failed codes of a user's JWT logins (on a new JWT login). */
export async function clearJwtMfaFailures(deps: Pick<AppDeps, "throttle">, userId: string): Promise<void> {
  await deps.throttle.clearAccount("mfa", failureKey({ id: userId, via: "jwt" } as Actor));
}

/**
 * Whether MFA verification is pending for this user: the organisation allows TOTP and the
 * user set it up. @throws AppError 400 when there is nothing to verify
 */
async function accountToVerify(deps: Pick<AppDeps, "db">, userId: string): Promise<MfaAccount> {
  const { allowed, account } = await deps.db.read(async (m) => ({
    allowed: await orgAllowsTotp(m),
    account: await findAccount(m, userId),
  }));
  if (!account) throw badRequest("No MFA settings are set for this user.");
  if (!allowed) throw badRequest(NOT_ALLOWED);
  return account;
}

/** GET /mfa/verify/totp.json. @throws AppError 400 when there is nothing to verify */
export async function assertVerifiable(deps: Pick<AppDeps, "db">, userId: string): Promise<void> {
  await accountToVerify(deps, userId);
}

/** Ends the login whose codes failed too often: the cookie session, or every refresh token. */
async function endLogin(deps: AppDeps, actor: Actor): Promise<void> {
  if (actor.via === "session") {
    if (actor.sessionId) await destroySession(deps.db, actor.sessionId);
  } else await logoutRefreshTokens(deps, actor.id);
}

export interface VerifyOutcome {
  cookie: string;
  remember: boolean;
}

/**
 * POST /mfa/verify/totp(.json): a right code not used before issues an MFA token (remembered
 * for 30 days or bound to this session). A wrong or replayed code is counted; past the limit the
 * login ends (`loggedOut` is then set on the error's log detail and the caller clears cookies).
 * @throws AppError 400 nothing to verify; isValidOtp for a wrong or replayed code; LOGGED_OUT
 */
export async function verifyTotp(
  deps: AppDeps,
  ctx: AppContext,
  actor: Actor,
  code: string,
  remember: boolean,
): Promise<VerifyOutcome> {
  const { db, config, throttle } = deps;
  const account = await accountToVerify(deps, actor.id);
  const limit = config.throttle.mfaFailureLimit;
  const key = failureKey(actor);
  const failed = async (reason: string): Promise<never> => {
    const count = await throttle.countAccountFailure("mfa", key);
    const over = limit > 0 && count > limit;
    await db.tx((m) =>
      recordAudit(m, {
        action: "mfa.verify.failure",
        actorId: actor.id,
        targetType: "User",
        targetId: actor.id,
        data: { provider: "totp", reason, failures: count, ...(over ? { logged_out: true } : {}) },
      }),
    );
    if (over) {
      await endLogin(deps, actor);
      throw new MfaLoggedOut(`mfa verify: ${reason}; ${count} failures, login ended`);
    }
    throw invalidOtp(`mfa verify: ${reason}`);
  };
  // Past the limit, even a right code is refused: the attempt comes from a login already ended
  // (a JWT access token lives on until it expires).
  if (limit > 0) {
    const res = await throttle.failureCount("mfa", key);
    if (res > limit) {
      await endLogin(deps, actor);
      throw new MfaLoggedOut("mfa verify: attempt after the limit");
    }
  }
  const secret = openSecret(await mfaDataKey(db, config.serverKeyPassphrase), actor.id, account.secret);
  const step = matchTotp(secret, code);
  if (step === undefined) return failed("wrong code");
  const cookie = await db.tx(async (m) => {
    const raised = await m
      .createQueryBuilder()
      .update(MfaAccountEntity)
      .set({ lastStep: step })
      .where("user_id = :userId AND last_step < :step", { userId: actor.id, step })
      .execute();
    if ((raised.affected ?? 0) !== 1) return undefined;
    const value = await issueMfaToken(m, actor.id, {
      remember,
      binding: bindingOf(ctx, actor),
      userAgent: ctx.get("user-agent"),
    });
    await recordAudit(m, {
      action: "mfa.verify.success",
      actorId: actor.id,
      targetType: "User",
      targetId: actor.id,
      data: { provider: "totp", remember },
    });
    return value;
  });
  if (cookie === undefined) return failed("code already used");
  await throttle.clearAccount("mfa", key);
  return { cookie, remember };
}

/** Too many wrong codes: the login was ended (the route also expires its cookies). */
export class MfaLoggedOut extends AppError {
  constructor(logDetail: string) {
    super(400, "bad_request", LOGGED_OUT, "", logDetail);
  }
}

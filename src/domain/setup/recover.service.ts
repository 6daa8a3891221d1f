/**
 * Account recovery: an active user sets up the browser extension again (new browser or
 * device) with the private key they already have. The recovery link (a `recover` token, mailed
 * by POST /users/recover.json when e-mail is on, or made by `watchword setup-link`; see
 * requestRecovery) is checked by
 * GET /setup/recover/start; PUT|POST /setup/recover/complete proves the user holds the
 * account's key (the fingerprint of the key sent must be the stored one) and consumes the token.
 * Nothing else changes: the stored key stays as it is; the extension then logs in with GpgAuth.
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { GpgkeyEntity } from "../../db/entities/Gpgkey.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { checkUserPublicKey, type KeyErrors } from "../../crypto/keyRules.ts";
import { badRequest, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { findUserByUsername, isDisabled, recoverLink } from "../users/users.setupLink.ts";
import { issueToken } from "../users/tokens.ts";
import { setupLink } from "../users/users.service.ts";
import {
  mailInvitation,
  mailRecovery,
  mailRecoveryAborted,
  mailRecoveryCompleted,
} from "../email/email.events.ts";
import { loadUserRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findLinkToken, tokenOf } from "./setup.service.ts";
import type { SetupCompleteInput } from "./setup.schemas.ts";
import type { RecoverAbortInput } from "./recover.schemas.ts";

export interface RecoverDeps {
  db: Db;
  config: Config;
}

export const USER_NOT_RECOVERABLE = "The user does not exist or is not active or is disabled.";
export const TOKEN_INVALID = "The authentication token is not valid.";
export const TOKEN_INVALID_OR_EXPIRED = "The authentication token is not valid or has expired.";
export const KEY_INVALID = "The OpenPGP key data is not valid.";
export const KEY_NOT_USERS = "The key provided does not belong to given user.";
/** Rule name (ours) under gpgkey.armored_key when the key's fingerprint is not the user's. */
export const KEY_NOT_USERS_RULE = "isUserKeyRule";

/** An active, non-deleted user who is not disabled: the only kind that can recover. */
async function findUserToRecover(m: EntityManager, userId: string, now: Date): Promise<User | null> {
  const user = await m.getRepository(UserEntity).findOneBy({ id: userId, active: true, deleted: false });
  return user && !isDisabled(user, now) ? user : null;
}

/**
 * Consumes the token: one UPDATE guarded by `active`, so of two requests with one token only
 * one changes the row. @throws AppError 400 when it was not (or is no longer) usable
 */
async function consumeRecoverToken(
  m: EntityManager,
  config: Config,
  userId: string,
  token: string,
  now: Date,
): Promise<void> {
  const row = await findLinkToken(m, config, userId, token, now, "recover");
  const consumed = row
    ? await m
        .getRepository(AuthenticationTokenEntity)
        .update({ id: row.id, active: true }, { active: false, modified: now })
    : undefined;
  if (!consumed?.affected) throw badRequest(TOKEN_INVALID_OR_EXPIRED);
}

export type RecoveryRequest = { userId: string; kind: "recover" | "register"; mailed: boolean } | null;

/**
 * POST /users/recover.json. Without e-mail (no SMTP_URL) a token made here could reach nobody:
 * nothing is written, and no link an administrator handed out (`watchword setup-link`) is
 * cancelled (otherwise anyone knowing a username could keep voiding that user's links). The
 * request is only reported, for the log line the administrator acts on; known and unknown
 * usernames cost the same single read.
 * @returns who asked (a recover link for an active user, a setup link for an invited one), or
 *   null for an unknown, deleted or disabled username
 */
export async function requestRecovery(
  deps: RecoverDeps,
  username: string,
  recoveryCase = "default",
): Promise<RecoveryRequest> {
  const now = new Date();
  if (deps.config.mail) return mailRecoveryLink(deps, username, recoveryCase, now);
  return deps.db.read(async (m) => {
    const user = await findUserByUsername(m, username);
    if (!user || isDisabled(user, now)) return null;
    return { userId: user.id, kind: user.active ? "recover" : "register", mailed: false };
  });
}

/**
 * With e-mail on: a new link by mail, a recovery link for an active user, a setup link for one
 * who never finished setup. The links already handed out keep working (a stranger who knows a
 * username cannot void them); the mail goes to the user's own address only.
 */
async function mailRecoveryLink(
  deps: RecoverDeps,
  username: string,
  recoveryCase: string,
  now: Date,
): Promise<RecoveryRequest> {
  return deps.db.tx(async (m) => {
    const user = await findUserByUsername(m, username);
    if (!user || isDisabled(user, now)) return null;
    const appUrl = deps.config.appUrl;
    if (!user.active) {
      const token = await issueToken(m, user.id, "register");
      await mailInvitation(m, deps.config, user.id, setupLink(appUrl, user.id, token), null);
      return { userId: user.id, kind: "register", mailed: true };
    }
    const token = await issueToken(m, user.id, "recover");
    const link = `${recoverLink(appUrl, user.id, token)}?case=${encodeURIComponent(recoveryCase)}`;
    await mailRecovery(m, deps.config, user.id, link);
    return { userId: user.id, kind: "recover", mailed: true };
  });
}

/**
 * GET /setup/recover/start/{userId}/{token}.json
 * @returns the user with role and profile
 * @throws AppError 400 when the user cannot recover or the token is unknown, used or expired
 */
export async function startRecovery(
  deps: RecoverDeps,
  userId: string,
  token: string,
): Promise<UserWithRelations> {
  const now = new Date();
  return deps.db.read(async (m) => {
    const user = await findUserToRecover(m, userId, now);
    if (!user) throw badRequest(USER_NOT_RECOVERABLE);
    if (!(await findLinkToken(m, deps.config, userId, token, now, "recover")))
      throw badRequest(TOKEN_INVALID);
    const [row] = await loadUserRelations(m, [user], {
      profile: true,
      role: true,
      gpgkey: false,
      groups_users: false,
    });
    return row!;
  });
}

/**
 * The fingerprint of the one public key in `armored`. Only the structural key rules apply (the
 * key is not stored: it must only be the user's key, which may have expired since).
 * @throws AppError 400 `gpgkey.armored_key.<rule>` (isParsableArmoredKeyRule, isPublicKeyRule...)
 */
async function fingerprintOf(armored: string, email: string, now: Date): Promise<string> {
  const check = await checkUserPublicKey(armored, { email }, now);
  if (check.info) return check.info.fingerprint;
  const errors: KeyErrors = check.ok ? {} : check.errors;
  throw validationFailed(KEY_INVALID, { gpgkey: { armored_key: errors as ErrorTree } });
}

/**
 * PUT|POST /setup/recover/complete/{userId}.json: the key sent must be the user's stored key
 * (same fingerprint); then the token is consumed and the recovery audited, in one transaction.
 * @throws AppError 400: user not eligible, token missing/unknown/used/expired, key not parsable,
 *   or not the user's (`gpgkey.armored_key.isUserKeyRule`). Nothing is written on failure.
 */
export async function completeRecovery(
  deps: RecoverDeps,
  userId: string,
  input: SetupCompleteInput,
): Promise<void> {
  const token = tokenOf(input);
  const now = new Date();
  const user = await deps.db.read((m) => findUserToRecover(m, userId, now));
  if (!user) throw badRequest(USER_NOT_RECOVERABLE);
  if (!(await deps.db.read((m) => findLinkToken(m, deps.config, userId, token, now, "recover"))))
    throw badRequest(TOKEN_INVALID_OR_EXPIRED);

  const fingerprint = await fingerprintOf(input.gpgkey.armored_key, user.username, now);
  const stored = await deps.db.read((m) =>
    m.getRepository(GpgkeyEntity).findOneBy({ userId, fingerprint, deleted: false }),
  );
  if (!stored)
    throw validationFailed(KEY_NOT_USERS, {
      gpgkey: { armored_key: { [KEY_NOT_USERS_RULE]: KEY_NOT_USERS } },
    });

  await deps.db.tx(async (m) => {
    await consumeRecoverToken(m, deps.config, userId, token, now);
    // again inside the transaction: a user deleted or disabled meanwhile cannot recover
    if (!(await findUserToRecover(m, userId, now))) throw badRequest(USER_NOT_RECOVERABLE);
    await recordAudit(m, {
      action: "user.recover",
      actorId: userId,
      targetType: "User",
      targetId: userId,
      data: { fingerprint },
    });
    await mailRecoveryCompleted(m, deps.config, userId);
  });
}

/**
 * PUT|POST /setup/recover/abort/{userId}.json: the user gave up; the recovery link stops working.
 * @throws AppError 400: user not eligible, token missing/unknown/used/expired
 */
export async function abortRecovery(
  deps: RecoverDeps,
  userId: string,
  input: RecoverAbortInput,
): Promise<void> {
  const token = tokenOf(input);
  const now = new Date();
  await deps.db.tx(async (m) => {
    if (!(await findUserToRecover(m, userId, now))) throw badRequest(USER_NOT_RECOVERABLE);
    await consumeRecoverToken(m, deps.config, userId, token, now);
    await mailRecoveryAborted(m, deps.config, userId);
  });
}

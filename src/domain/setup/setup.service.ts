/**
 * Account setup: the link check (GET /setup/start) and completion (PUT|POST /setup/complete),
 * which stores the user's public key, activates the user and consumes the register token in
 * one transaction. The key is checked before the transaction (CPU work stays outside it).
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import { mailSetupCompleted } from "../email/email.events.ts";
import type { Db } from "../../db/db.ts";
import {
  AuthenticationTokenEntity,
  type AuthenticationToken,
} from "../../db/entities/AuthenticationToken.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { checkUserPublicKey, keyErrors, type KeyErrors } from "../../crypto/keyRules.ts";
import { badRequest, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { hashToken } from "../users/tokens.ts";
import { loadUserRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import { insertUserKey, isFingerprintInUse } from "../gpgkeys/gpgkeys.service.ts";
import type { SetupCompleteInput } from "./setup.schemas.ts";
import { recordAudit } from "../audit/audit.service.ts";

export interface SetupDeps {
  db: Db;
  config: Config;
  serverFingerprint: string;
}

const KEY_INVALID = "The OpenPGP key data is not valid.";
const TOKEN_INVALID_COMPLETE = "The authentication token is not valid or has expired.";

/** An inactive, non-deleted user who is not disabled: the only kind that can be set up. */
async function findUserToSetUp(m: EntityManager, userId: string, now: Date): Promise<User | null> {
  const user = await m.getRepository(UserEntity).findOneBy({ id: userId, active: false, deleted: false });
  return user && !(user.disabled && user.disabled <= now) ? user : null;
}

/**
 * The active, unexpired token of this type (register or recover: both live
 * REGISTER_TOKEN_TTL_SECONDS) of this user with this value, or null.
 */
export async function findLinkToken(
  m: EntityManager,
  config: Config,
  userId: string,
  token: string,
  now: Date,
  type: "register" | "recover" = "register",
): Promise<AuthenticationToken | null> {
  const row = await m
    .getRepository(AuthenticationTokenEntity)
    .findOneBy({ token: hashToken(token.toLowerCase()), userId, type, active: true });
  if (!row) return null;
  const expires = row.created.getTime() + config.registerTokenTtlSeconds * 1000;
  return expires > now.getTime() ? row : null;
}

/**
 * GET /setup/start/{userId}/{token}.json
 * @returns the user with role and profile
 * @throws AppError 400 when the user cannot be set up or the token is unknown, used or expired
 */
export async function startSetup(deps: SetupDeps, userId: string, token: string): Promise<UserWithRelations> {
  const now = new Date();
  return deps.db.read(async (m) => {
    const user = await findUserToSetUp(m, userId, now);
    if (!user) throw badRequest("The user does not exist or is already active or is disabled.");
    if (!(await findLinkToken(m, deps.config, userId, token, now)))
      throw badRequest("The authentication token is not valid.");
    const [row] = await loadUserRelations(m, [user], {
      profile: true,
      role: true,
      gpgkey: false,
      groups_users: false,
    });
    return row!;
  });
}

/** The token from either spelling; @throws AppError 400 when missing or when the two differ */
export function tokenOf(
  input: Pick<SetupCompleteInput, "authentication_token" | "authenticationtoken">,
): string {
  const a = input.authentication_token?.token;
  const b = input.authenticationtoken?.token;
  if (!a && !b) throw badRequest("An authentication token should be provided.");
  if (a && b && a.toLowerCase() !== b.toLowerCase()) throw badRequest(TOKEN_INVALID_COMPLETE);
  return (a ?? b)!;
}

/**
 * PUT|POST /setup/complete/{userId}.json
 * @throws AppError 400: user not eligible, token missing/unknown/used/expired, key refused
 *   (`gpgkey.armored_key.<rule>`, see crypto/keyRules.ts). Nothing is written on failure.
 */
export async function completeSetup(
  deps: SetupDeps,
  userId: string,
  input: SetupCompleteInput,
): Promise<void> {
  const token = tokenOf(input);
  const armored = input.gpgkey.armored_key;
  const now = new Date();
  const user = await deps.db.read((m) => findUserToSetUp(m, userId, now));
  if (!user) throw badRequest("The user does not exist, is already active or has been deleted.");
  if (!(await deps.db.read((m) => findLinkToken(m, deps.config, userId, token, now))))
    throw badRequest(TOKEN_INVALID_COMPLETE);

  const check = await checkUserPublicKey(
    armored,
    { email: user.username, serverFingerprint: deps.serverFingerprint },
    now,
  );
  const errors: KeyErrors = check.ok ? {} : { ...check.errors };
  if (check.info && (await deps.db.read((m) => isFingerprintInUse(m, check.info!.fingerprint))))
    Object.assign(errors, keyErrors("isUniqueFingerprintRule"));
  if (!check.ok || Object.keys(errors).length)
    throw validationFailed(KEY_INVALID, { gpgkey: { armored_key: errors as ErrorTree } });
  const info = check.info;

  await deps.db.tx(async (m) => {
    // Checked again inside the transaction: a concurrent completion consumes the token first.
    const row = await findLinkToken(m, deps.config, userId, token, now);
    const consumed = row
      ? await m
          .getRepository(AuthenticationTokenEntity)
          .update({ id: row.id, active: true }, { active: false, modified: now })
      : undefined;
    if (!consumed?.affected) throw badRequest(TOKEN_INVALID_COMPLETE);
    // any other setup link of this user (a re-sent invitation) is of no use any more
    await m
      .getRepository(AuthenticationTokenEntity)
      .update({ userId, type: "register", active: true }, { active: false, modified: now });
    // again inside the transaction, for a concurrent setup with the same key
    if (await isFingerprintInUse(m, info.fingerprint))
      throw validationFailed(KEY_INVALID, {
        gpgkey: { armored_key: keyErrors("isUniqueFingerprintRule") as ErrorTree },
      });
    const activated = await m
      .getRepository(UserEntity)
      .update({ id: userId, active: false, deleted: false }, { active: true, modified: now });
    if (!activated.affected)
      throw badRequest("The user does not exist, is already active or has been deleted.");
    await insertUserKey(m, userId, armored, info, now);
    await recordAudit(m, {
      action: "user.key.set",
      actorId: userId,
      targetType: "User",
      targetId: userId,
      data: { fingerprint: info.fingerprint, setup: true },
    });
    await mailSetupCompleted(m, deps.config, userId);
  });
}

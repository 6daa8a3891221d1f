/**
 * GpgAuth 1.3.0, the challenge login of the browser extension:
 *   stage 0  the client checks the server: we decrypt its nonce with the server key;
 *   stage 1  we challenge the user: a single-use `login` token, encrypted to their key and
 *            signed by the server key;
 *   stage 2  the user returns the decrypted token: we consume it and open a session.
 * Every failure is an AppError 400 carrying X-GPGAuth-Error; only an unknown key says why.
 */
import type { EntityManager } from "typeorm";
import type { AppDeps } from "../../deps.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { GpgkeyEntity } from "../../db/entities/Gpgkey.ts";
import { UserEntity } from "../../db/entities/User.ts";
import { AppError } from "../../http/errors.ts";
import { decryptMessage, encryptAndSign, MessageError, type StoredPublicKey } from "../../crypto/messages.ts";
import { hashToken, issueToken } from "../users/tokens.ts";
import { findActiveActor } from "./actors.ts";
import { createSession } from "./sessions.service.ts";
import { encodeUserAuthToken, formatNonce, parseNonce } from "./gpgauth.encoding.ts";
import { presentUser } from "../users/users.presenter.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import { recordAudit } from "../audit/audit.service.ts";

export const UNKNOWN_KEY_MESSAGE = "There is no user associated with this key.";
export const FAILED_MESSAGE = "The authentication failed.";

/** The user a GpgAuth request is about: found by the fingerprint of their current key. */
export interface GpgAuthUser {
  id: string;
  fingerprint: string;
  /** The user's gpgkey row (id and armored key). */
  key: StoredPublicKey;
}

/** A 400 with X-GPGAuth-Error; `logDetail` goes to the log only. */
export function gpgauthFailure(logDetail: string, debug = FAILED_MESSAGE): AppError {
  return new AppError(400, "gpgauth_failed", debug, "", logDetail, {
    "X-GPGAuth-Error": "true",
    "X-GPGAuth-Debug": debug,
  });
}

/** The one failure whose reason is always told: the extension then offers account recovery. */
export const unknownKey = (logDetail: string): AppError => gpgauthFailure(logDetail, UNKNOWN_KEY_MESSAGE);

/**
 * The active, non-deleted, non-disabled (non-guest) user whose non-deleted key has this
 * fingerprint (40 hex digits, any case).
 * @throws AppError 400 "There is no user associated with this key."
 */
export async function findGpgAuthUser(deps: AppDeps, keyid: unknown): Promise<GpgAuthUser> {
  if (typeof keyid !== "string" || !/^[0-9a-fA-F]{40}$/.test(keyid))
    throw unknownKey("keyid missing or not a fingerprint");
  const fingerprint = keyid.toUpperCase();
  const found = await deps.db.read(async (m) => {
    const keys = await m.getRepository(GpgkeyEntity).findBy({ fingerprint, deleted: false });
    for (const key of keys) {
      if (await findActiveActor(m, key.userId, "session"))
        return { id: key.userId, fingerprint, key: { id: key.id, armoredKey: key.armoredKey } };
    }
    return undefined;
  });
  if (!found) throw unknownKey("no active user with this key");
  return found;
}

/**
 * Stage 0: decrypts the client's nonce with the server key. Only a well-formed nonce is
 * returned, so that the server cannot be used to decrypt anything else.
 * @throws AppError 400 when the token is missing, unreadable, undecryptable or not a nonce
 */
export async function verifyServerToken(deps: AppDeps, token: unknown): Promise<string> {
  if (typeof token !== "string") throw gpgauthFailure("server_verify_token is not a string");
  let plaintext: string;
  try {
    plaintext = await decryptMessage(token, deps.serverKey.privateKey);
  } catch (err) {
    if (err instanceof MessageError) throw gpgauthFailure(`server_verify_token ${err.message}`);
    throw err;
  }
  if (!parseNonce(plaintext)) throw gpgauthFailure("server_verify_token does not hold a GpgAuth nonce");
  return plaintext;
}

/**
 * Stage 1: stores a `login` token (hashed) and returns the X-GPGAuth-User-Auth-Token value:
 * the nonce encrypted to the user's key, signed by the server key, PHP-quotemeta-urlencoded.
 * @throws AppError 400 when the user's key cannot be encrypted to (expired, revoked)
 */
export async function issueLoginChallenge(deps: AppDeps, user: GpgAuthUser): Promise<string> {
  const token = await deps.db.read((m) => issueToken(m, user.id, "login"));
  try {
    return encodeUserAuthToken(await encryptAndSign(formatNonce(token), user.key, deps.serverKey.privateKey));
  } catch (err) {
    throw gpgauthFailure(`cannot encrypt to the user key: ${err instanceof Error ? err.message : err}`);
  }
}

/**
 * Consumes the login token in one statement, so a nonce works once even when two requests
 * race: same user, type login, still active, younger than LOGIN_TOKEN_TTL_SECONDS.
 */
async function consumeLoginToken(m: EntityManager, userId: string, uuid: string, ttl: number) {
  const now = new Date();
  const result = await m
    .createQueryBuilder()
    .update(AuthenticationTokenEntity)
    .set({ active: false, modified: now })
    .where("token = :token AND type = :type AND user_id = :userId AND active = :active", {
      token: hashToken(uuid),
      type: "login",
      userId,
      active: true,
    })
    .andWhere("created >= :cutoff", { cutoff: new Date(now.getTime() - ttl * 1000) })
    .execute();
  return (result.affected ?? 0) === 1;
}

/**
 * Stage 2: checks and consumes the returned token, opens a session, records the login.
 * @returns the session cookie value and the user (with profile, gpgkey, role, groups_users)
 * @throws AppError 400 when the token is malformed, unknown, used, expired or someone else's
 */
export async function completeLogin(deps: AppDeps, user: GpgAuthUser, result: unknown) {
  const uuid = parseNonce(result);
  if (!uuid) throw gpgauthFailure("user_token_result is not a GpgAuth nonce");
  const { db, config } = deps;
  const consumed = await db.read((m) => consumeLoginToken(m, user.id, uuid, config.loginTokenTtlSeconds));
  if (!consumed) throw gpgauthFailure("login token unknown, used, expired or of another user");
  const session = await createSession(db, config, user.id);
  const now = new Date();
  const [row] = await db.tx(async (m) => {
    await m.getRepository(UserEntity).update({ id: user.id }, { lastLoggedIn: now });
    await recordAudit(m, {
      action: "auth.login.success",
      actorId: user.id,
      targetType: "User",
      targetId: user.id,
      data: { fingerprint: user.fingerprint },
    });
    return findUsersWithRelations(m, [user.id]);
  });
  return { session, user: presentUser(row!, config.appUrl) };
}

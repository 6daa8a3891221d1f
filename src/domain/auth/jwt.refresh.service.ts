/**
 * JWT refresh tokens: single use and rotated on every refresh. Presenting one that was
 * already consumed is treated as theft: every refresh token of that user is revoked.
 */
import type { EntityManager } from "typeorm";
import type { AppDeps } from "../../deps.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { isUuid } from "../../db/ids.ts";
import { badRequest } from "../../http/errors.ts";
import { hashToken, issueToken } from "../users/tokens.ts";
import { findActiveActor } from "./actors.ts";
import { issueAccessToken } from "./jwt.tokens.ts";
import { recordAudit } from "../audit/audit.service.ts";

const TYPE = "refresh_token" as const;

export interface RefreshInput {
  /** Required with a token from the body; absent with the cookie (the token row names the user). */
  userId?: unknown;
  refreshToken: unknown;
}

/** Deactivates refresh tokens of a user: one (by its clear value) or all of them. */
async function revoke(m: EntityManager, userId: string, token?: string): Promise<number> {
  const qb = m
    .createQueryBuilder()
    .update(AuthenticationTokenEntity)
    .set({ active: false, modified: new Date() })
    .where("user_id = :userId AND type = :type AND active = :active", { userId, type: TYPE, active: true });
  if (token !== undefined) qb.andWhere("token = :token", { token: hashToken(token.toLowerCase()) });
  return (await qb.execute()).affected ?? 0;
}

type Outcome =
  | { ok: true; userId: string; refreshToken: string }
  | { ok: false; reason: string; message: string; revokeAllOf?: string };

async function rotate(m: EntityManager, input: RefreshInput, ttlSeconds: number): Promise<Outcome> {
  const token = String(input.refreshToken).toLowerCase();
  const where: Record<string, unknown> = { token: hashToken(token), type: TYPE };
  if (input.userId !== undefined) where.userId = String(input.userId).toLowerCase();
  const row = await m.getRepository(AuthenticationTokenEntity).findOneBy(where);
  const message = "The refresh token is not valid.";
  if (!row) return { ok: false, reason: "unknown refresh token", message };
  if (!(await findActiveActor(m, row.userId, "jwt")))
    return { ok: false, reason: "user deleted, disabled or inactive", message: "The user is deactivated." };
  if (!row.active)
    return {
      ok: false,
      reason: "consumed refresh token reused: all the user's refresh tokens revoked",
      message: "The refresh token provided was already used.",
      revokeAllOf: row.userId,
    };
  if (row.created.getTime() < Date.now() - ttlSeconds * 1000)
    return { ok: false, reason: "expired refresh token", message: "Expired refresh token provided." };
  // Consume with a guarded update: of two racing refreshes, only one wins; the other is a reuse.
  const consumed = await m
    .createQueryBuilder()
    .update(AuthenticationTokenEntity)
    .set({ active: false, modified: new Date() })
    .where("id = :id AND active = :active", { id: row.id, active: true })
    .execute();
  if ((consumed.affected ?? 0) !== 1)
    return {
      ok: false,
      reason: "refresh token consumed concurrently",
      message: "The refresh token provided was already used.",
      revokeAllOf: row.userId,
    };
  const refreshToken = await issueToken(m, row.userId, TYPE);
  await recordAudit(m, {
    action: "auth.jwt.refresh.success",
    actorId: row.userId,
    targetType: "User",
    targetId: row.userId,
  });
  return { ok: true, userId: row.userId, refreshToken };
}

/**
 * POST /auth/jwt/refresh.json: consumes the refresh token and issues a new one with a new
 * access token.
 * @throws AppError 400 when the token is malformed, unknown, expired, reused (all the user's
 *   refresh tokens are then revoked) or belongs to a user who may no longer log in
 */
export async function refreshTokens(
  deps: AppDeps,
  input: RefreshInput,
): Promise<{ accessToken: string; refreshToken: string; userId: string }> {
  const { db, config, jwtKeys } = deps;
  if (!isUuid(input.refreshToken)) throw badRequest("The refresh token should be a valid UUID.");
  if (input.userId !== undefined && !isUuid(input.userId))
    throw badRequest("The user ID should be a valid UUID.");
  const outcome = await db.tx((m) => rotate(m, input, config.refreshTokenTtlSeconds));
  if (!outcome.ok) {
    const revokeAllOf = outcome.revokeAllOf;
    if (revokeAllOf)
      await db.tx(async (m) => {
        const revoked = await revoke(m, revokeAllOf);
        await recordAudit(m, {
          action: "auth.jwt.refresh.reused",
          actorId: null,
          targetType: "User",
          targetId: revokeAllOf,
          data: { revoked },
        });
      });
    throw badRequest(outcome.message, "", `jwt refresh: ${outcome.reason}`);
  }
  return {
    accessToken: await issueAccessToken(jwtKeys, config, outcome.userId),
    refreshToken: outcome.refreshToken,
    userId: outcome.userId,
  };
}

/**
 * POST /auth/jwt/logout.json: revokes one refresh token of the user, or all of them.
 * @throws AppError 400 when the given token is not a UUID
 */
export async function logoutRefreshTokens(deps: AppDeps, userId: string, token?: unknown): Promise<void> {
  if (token !== undefined && !isUuid(token)) throw badRequest("The refresh token should be a valid UUID.");
  await deps.db.tx((m) => revoke(m, userId, token));
}

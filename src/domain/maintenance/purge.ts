/**
 * Removing what can no longer be used: expired or idle cookie sessions, and single-use tokens
 * (GpgAuth nonces, JWT verify tokens, refresh tokens, setup tokens) older than their lifetime
 * plus a day. Nothing here is needed to answer any request: a purged session or token would be
 * refused as expired anyway. Verify tokens are kept for the whole window in which a JWT
 * challenge naming them could still be valid, so a replay is refused as a reuse, and refresh
 * tokens for their lifetime, so the reuse of a rotated one still revokes the user's others.
 *
 * Rows go in chunks, one short transaction each, so requests interleave with a large purge
 * (on SQLite they share the one connection). Running it from several processes at once is
 * harmless: a row deleted twice is deleted once.
 */
import type { ObjectLiteral, EntitySchema } from "typeorm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { AuthenticationTokenEntity, type TokenType } from "../../db/entities/AuthenticationToken.ts";
import { SessionEntity } from "../../db/entities/Session.ts";
import { EmailQueueEntity } from "../../db/entities/EmailQueue.ts";

const DAY_SECONDS = 24 * 3600;
export const PURGE_CHUNK = 1000;

export interface PurgeCounts {
  sessions: number;
  tokens: Record<TokenType, number>;
  /** Outbox rows: sent over 30 days ago, or never sent and older than a setup link's lifetime. */
  mails: number;
}

const SENT_MAIL_DAYS = 30;

/** How long after its creation a token of each type may still be needed. */
function tokenLifetimes(config: Config): Record<TokenType, number> {
  return {
    login: config.loginTokenTtlSeconds,
    verify_token: config.verifyTokenMaxSeconds,
    refresh_token: config.refreshTokenTtlSeconds,
    register: config.registerTokenTtlSeconds,
    recover: config.registerTokenTtlSeconds,
    // a passbolt_mfa cookie is valid for 30 days at most (src/domain/mfa/mfa.tokens.ts)
    mfa: 30 * DAY_SECONDS,
  };
}

/** Deletes the rows matching `where`, PURGE_CHUNK at a time; returns how many. */
async function deleteInChunks<T extends ObjectLiteral>(
  db: Db,
  entity: EntitySchema<T>,
  where: string,
  params: Record<string, unknown>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.tx(async (m) => {
      const rows: { id: string }[] = await m
        .getRepository(entity)
        .createQueryBuilder("t")
        .select("t.id", "id")
        .where(where, params)
        .limit(PURGE_CHUNK)
        .getRawMany();
      if (!rows.length) return 0;
      await m.getRepository(entity).delete(rows.map((r) => r.id) as never);
      return rows.length;
    });
    total += deleted;
    if (deleted < PURGE_CHUNK) return total;
  }
}

/** One purge pass. */
export async function purgeExpired(db: Db, config: Config, now = new Date()): Promise<PurgeCounts> {
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  const sessions = await deleteInChunks(db, SessionEntity, "t.expires < :now OR t.last_activity < :idle", {
    now,
    idle: ago(config.sessionIdleSeconds),
  });
  const tokens = {} as Record<TokenType, number>;
  for (const [type, lifetime] of Object.entries(tokenLifetimes(config)) as [TokenType, number][])
    tokens[type] = await deleteInChunks(
      db,
      AuthenticationTokenEntity,
      "t.type = :type AND t.created < :cutoff",
      {
        type,
        cutoff: ago(lifetime + DAY_SECONDS),
      },
    );
  // a mail never delivered in a link's lifetime carries a link that no longer works
  const mails = await deleteInChunks(
    db,
    EmailQueueEntity,
    "(t.sent IS NOT NULL AND t.sent < :sent) OR (t.sent IS NULL AND t.created < :stale)",
    { sent: ago(SENT_MAIL_DAYS * DAY_SECONDS), stale: ago(config.registerTokenTtlSeconds + DAY_SECONDS) },
  );
  return { sessions, tokens, mails };
}

import { createHash, randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { AuthenticationTokenEntity, type TokenType } from "../../db/entities/AuthenticationToken.ts";
import { newId } from "../../db/ids.ts";
import { insertRows } from "../../db/insert.ts";

/** Tokens are stored as their SHA-256: a copy of the database does not hand out setup links. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** Creates a single-use token for a user and returns its clear value (a UUID v4). */
export async function issueToken(
  m: EntityManager,
  userId: string,
  type: TokenType,
  data: string | null = null,
): Promise<string> {
  const token = randomUUID();
  const now = new Date();
  await insertRows(m, AuthenticationTokenEntity, {
    id: newId(),
    token: hashToken(token),
    userId,
    active: true,
    type,
    data,
    created: now,
    modified: now,
  });
  return token;
}

/**
 * Deactivates the user's open tokens of this type, then issues a new one: only the newest
 * setup or recovery link works. Run it in a transaction.
 */
export async function replaceToken(m: EntityManager, userId: string, type: TokenType): Promise<string> {
  await m
    .getRepository(AuthenticationTokenEntity)
    .update({ userId, type, active: true }, { active: false, modified: new Date() });
  return issueToken(m, userId, type);
}

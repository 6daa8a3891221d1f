/**
 * Cookie sessions live in the database (idle and absolute expiry), so every server process
 * serves every session. The cookie carries 32 random bytes; the table keeps their SHA-256.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { SessionEntity } from "../../db/entities/Session.ts";
import type { Actor } from "../../http/auth.ts";
import { findActiveActor } from "./actors.ts";

const sessionId = (cookieValue: string) => createHash("sha256").update(cookieValue).digest("hex");

/** Writes last_activity at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

/** Opens a session for a user and returns the cookie value. */
export async function createSession(db: Db, config: Config, userId: string): Promise<string> {
  const value = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.read((m) =>
    m.getRepository(SessionEntity).insert({
      id: sessionId(value),
      userId,
      created: now,
      lastActivity: now,
      expires: new Date(now.getTime() + config.sessionMaxSeconds * 1000),
    }),
  );
  return value;
}

/** The session's actor, or undefined (and the session removed) when it has expired or its user may no longer act. */
export async function findSessionActor(
  db: Db,
  config: Config,
  cookieValue: string,
): Promise<Actor | undefined> {
  if (cookieValue.length > 100) return undefined;
  const id = sessionId(cookieValue);
  const repo = (m: import("typeorm").EntityManager) => m.getRepository(SessionEntity);
  const session = await db.read((m) => repo(m).findOneBy({ id }));
  if (!session) return undefined;
  const now = Date.now();
  const idleLimit = session.lastActivity.getTime() + config.sessionIdleSeconds * 1000;
  if (now > session.expires.getTime() || now > idleLimit) {
    await db.read((m) => repo(m).delete({ id }));
    return undefined;
  }
  const actor = await db.read((m) => findActiveActor(m, session.userId, "session"));
  if (!actor) {
    // deleted or disabled since login: the session ends on this request
    await db.read((m) => repo(m).delete({ userId: session.userId }));
    return undefined;
  }
  if (now - session.lastActivity.getTime() > TOUCH_INTERVAL_MS)
    await db.read((m) => repo(m).update({ id }, { lastActivity: new Date(now) }));
  return { ...actor, sessionId: id };
}

export async function destroySession(db: Db, sessionIdHash: string): Promise<void> {
  await db.read((m) => m.getRepository(SessionEntity).delete({ id: sessionIdHash }));
}

/** Ends every session of a user (deletion, disabling). */
export async function destroyUserSessions(db: Db, userId: string): Promise<void> {
  await db.read((m) => m.getRepository(SessionEntity).delete({ userId }));
}

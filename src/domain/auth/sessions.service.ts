/**
 * Cookie sessions live in the database (idle and absolute expiry), so every server process
 * serves every session. The cookie carries 32 random bytes; the table keeps their SHA-256.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { SessionEntity } from "../../db/entities/Session.ts";
import type { Actor } from "../../http/auth.ts";
import type { RoleName } from "../../db/entities/Role.ts";
import { toDateNotNull } from "../../db/rawRows.ts";
import { sqlDate } from "../../db/dialect.ts";
import { ACTING_ROLE_SQL, ACTIVE_USER_SQL, HAS_MFA_SQL } from "./actors.ts";

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

interface SessionActorRow {
  user_id: string;
  last_activity: unknown;
  expires: unknown;
  /** id and role are null when the user may no longer act */
  id: string | null;
  username: string;
  role: RoleName | null;
  has_mfa: number | string | null;
}

/**
 * The session and its user, if that user may act now, in one statement (it runs on every
 * request of a cookie session): primary-key lookups, the conditions of findActiveActor() in
 * the ON clauses, so that a user who may no longer act reads as null columns.
 */
const SESSION_ACTOR_SQL =
  `SELECT s.user_id, s.last_activity, s.expires, u.id, u.username, r.name AS role, ${HAS_MFA_SQL} AS has_mfa FROM sessions s ` +
  `LEFT JOIN users u ON u.id = s.user_id AND ${ACTIVE_USER_SQL} ` +
  `LEFT JOIN roles r ON r.id = u.role_id AND ${ACTING_ROLE_SQL} ` +
  "WHERE s.id = ?";

/** The session's actor, or undefined (and the session removed) when it has expired or its user may no longer act. */
export async function findSessionActor(
  db: Db,
  config: Config,
  cookieValue: string,
): Promise<Actor | undefined> {
  if (cookieValue.length > 100) return undefined;
  const id = sessionId(cookieValue);
  const repo = (m: import("typeorm").EntityManager) => m.getRepository(SessionEntity);
  const [row] = await db.prepared<SessionActorRow>(SESSION_ACTOR_SQL, [
    sqlDate(db.dataSource.manager, new Date()),
    id,
  ]);
  if (!row) return undefined;
  const now = Date.now();
  const lastActivity = toDateNotNull(row.last_activity).getTime();
  const idleLimit = lastActivity + config.sessionIdleSeconds * 1000;
  if (now > toDateNotNull(row.expires).getTime() || now > idleLimit) {
    await db.read((m) => repo(m).delete({ id }));
    return undefined;
  }
  if (row.id === null || row.role === null) {
    // deleted or disabled since login: the session ends on this request
    await db.read((m) => repo(m).delete({ userId: row.user_id }));
    return undefined;
  }
  if (now - lastActivity > TOUCH_INTERVAL_MS)
    await db.read((m) => repo(m).update({ id }, { lastActivity: new Date(now) }));
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    via: "session",
    sessionId: id,
    hasMfa: Number(row.has_mfa) > 0,
  };
}

export async function destroySession(db: Db, sessionIdHash: string): Promise<void> {
  await db.read((m) => m.getRepository(SessionEntity).delete({ id: sessionIdHash }));
}

/** Ends every session of a user (deletion, disabling). */
export async function destroyUserSessions(db: Db, userId: string): Promise<void> {
  await db.read((m) => m.getRepository(SessionEntity).delete({ userId }));
}

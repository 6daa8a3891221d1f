import type { EntityManager } from "typeorm";
import type { Actor } from "../../http/auth.ts";
import type { RoleName } from "../../db/entities/Role.ts";
import { sqlDate } from "../../db/dialect.ts";
import type { Db } from "../../db/db.ts";

interface ActorRow {
  id: string;
  username: string;
  role: RoleName;
  has_mfa: number | string;
}

/** Whether the user `u` has a second factor set up (src/domain/mfa): part of every actor read. */
export const HAS_MFA_SQL = "EXISTS (SELECT 1 FROM mfa_accounts ma WHERE ma.user_id = u.id)";

/**
 * Who may act now, as SQL conditions on `u` (users, one parameter: now) and on `r` (its role):
 * active, not deleted, not disabled (a `disabled` date in the past), and not a guest.
 */
export const ACTIVE_USER_SQL = "u.active = 1 AND u.deleted = 0 AND (u.disabled IS NULL OR u.disabled > ?)";
export const ACTING_ROLE_SQL = "r.name <> 'guest'";

/**
 * The user as an actor if they may act now (ACTIVE_USER_SQL, ACTING_ROLE_SQL). One indexed query, hand-written
 * (it runs on every authenticated request: the query builder cost more than the query).
 */
const ACTOR_SQL =
  `SELECT u.id AS id, u.username AS username, r.name AS role, ${HAS_MFA_SQL} AS has_mfa FROM users u ` +
  `INNER JOIN roles r ON r.id = u.role_id WHERE u.id = ? AND ${ACTIVE_USER_SQL} AND ${ACTING_ROLE_SQL}`;

const toActor = (row: ActorRow | undefined, via: Actor["via"]): Actor | undefined =>
  row
    ? { id: row.id, username: row.username, role: row.role, via, hasMfa: Number(row.has_mfa) > 0 }
    : undefined;

export async function findActiveActor(
  m: EntityManager,
  userId: string,
  via: Actor["via"],
): Promise<Actor | undefined> {
  const rows: ActorRow[] = await m.query(ACTOR_SQL, [userId, sqlDate(m, new Date())]);
  return toActor(rows[0], via);
}

/** findActiveActor outside a transaction, as a prepared statement: every request runs it. */
export async function readActiveActor(db: Db, userId: string, via: Actor["via"]): Promise<Actor | undefined> {
  const rows = await db.prepared<ActorRow>(ACTOR_SQL, [userId, sqlDate(db.dataSource.manager, new Date())]);
  return toActor(rows[0], via);
}

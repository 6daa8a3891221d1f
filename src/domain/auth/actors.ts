import type { EntityManager } from "typeorm";
import type { Actor } from "../../http/auth.ts";
import type { RoleName } from "../../db/entities/Role.ts";

interface ActorRow {
  id: string;
  username: string;
  role: RoleName;
}

/**
 * The user as an actor if they may act now: active, not deleted, not disabled (a `disabled`
 * date in the past), and not a guest. One indexed query.
 */
export async function findActiveActor(
  m: EntityManager,
  userId: string,
  via: Actor["via"],
): Promise<Actor | undefined> {
  const row: ActorRow | undefined = await m
    .createQueryBuilder()
    .select(["u.id AS id", "u.username AS username", "r.name AS role"])
    .from("users", "u")
    .innerJoin("roles", "r", "r.id = u.role_id")
    .where("u.id = :id", { id: userId })
    .andWhere("u.active = :t AND u.deleted = :f", { t: true, f: false })
    .andWhere("(u.disabled IS NULL OR u.disabled > :now)", { now: new Date() })
    .andWhere("r.name <> 'guest'")
    .getRawOne();
  return row ? { id: row.id, username: row.username, role: row.role, via } : undefined;
}

import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { RoleEntity, type Role } from "../../db/entities/Role.ts";

/** Every role, by name. */
export function listRoles(db: Db): Promise<Role[]> {
  return db.read((m) => m.getRepository(RoleEntity).find({ order: { name: "ASC" } }));
}

/** The role, or null. */
export function findRoleById(m: EntityManager, id: string): Promise<Role | null> {
  return m.getRepository(RoleEntity).findOneBy({ id });
}

/**
 * Permission rows as the API lists them. Who can reach what (the access rule in SQL) is
 * src/domain/access/.
 */
import type { EntityManager } from "typeorm";
import type { Permission } from "../../db/entities/Permission.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { PERMISSION_COLUMNS, toPermission } from "../access/index.ts";

/** Every permission row of these resources (contain[permissions]), in a stable order. */
export async function findPermissionsOf(m: EntityManager, resourceIds: string[]): Promise<Permission[]> {
  const out: Permission[] = [];
  for (const ids of chunks(resourceIds)) {
    const rows: Parameters<typeof toPermission>[0][] = await m.query(
      `SELECT ${PERMISSION_COLUMNS} FROM permissions p
        WHERE p.aco_foreign_key IN (${placeholders(ids.length)}) ORDER BY p.aco_foreign_key, p.type DESC, p.created, p.id`,
      ids,
    );
    out.push(...rows.map(toPermission));
  }
  return out;
}

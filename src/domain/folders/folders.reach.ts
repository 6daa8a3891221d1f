/** Which folders a user can reach, and with what permission (directly or through a group). */
import type { EntityManager } from "typeorm";
import type { PermissionType } from "../../db/entities/Permission.ts";
import { chunks } from "../../db/rawRows.ts";
import { accessibleAcosSql, orderedJoin } from "../permissions/permissions.queries.ts";

/** The user's effective permission on each of these folders (absent: none). */
export async function folderPermissionTypes(
  m: EntityManager,
  userId: string,
  folderIds: string[],
): Promise<Map<string, PermissionType>> {
  const out = new Map<string, PermissionType>();
  for (const ids of chunks([...new Set(folderIds)], 1000)) {
    if (!ids.length) continue;
    const q = accessibleAcosSql(orderedJoin(m), userId, "Folder", ids);
    const rows: { resource_id: string; type: number | string }[] = await m.query(
      `SELECT a.resource_id, a.type FROM (${q.sql}) a JOIN folders f ON f.id = a.resource_id`,
      q.params,
    );
    for (const r of rows) out.set(r.resource_id, Number(r.type) as PermissionType);
  }
  return out;
}

/** The user's effective permission on one folder, or null. */
export async function folderPermissionType(
  m: EntityManager,
  userId: string,
  folderId: string,
): Promise<PermissionType | null> {
  return (await folderPermissionTypes(m, userId, [folderId])).get(folderId) ?? null;
}

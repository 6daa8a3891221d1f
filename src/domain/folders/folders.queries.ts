/**
 * The folder list and view query: the folders the user can reach (direct or group permission,
 * accessibleAcosSql with aco 'Folder'), each with the caller's effective permission and its
 * parent in the caller's tree (the stored parent when the caller can reach it, else null).
 * One statement whatever the filters; the window count gives header.pagination.count.
 */
import type { EntityManager } from "typeorm";
import type { Folder } from "../../db/entities/Folder.ts";
import type { PermissionType } from "../../db/entities/Permission.ts";
import { placeholders, toDateNotNull } from "../../db/rawRows.ts";
import type { PageRequest } from "../../http/pagination.ts";
import { accessibleAcosSql } from "../access/index.ts";
import { orderedJoin } from "../../db/dialect.ts";

export interface FolderFilters {
  ids?: string[];
  /** Parents in the caller's tree; null stands for the root. */
  parents?: (string | null)[];
  search?: string;
}

export interface FolderRow extends Folder {
  permissionType: PermissionType;
  folderParentId: string | null;
}

/** Passbolt's sortable fields → columns of the list query. */
export const FOLDER_SORTABLE: Record<string, string> = {
  "Folders.name": "x.name",
  "Folders.created": "x.created",
  "Folders.modified": "x.modified",
};
export const FOLDER_DEFAULT_ORDER: PageRequest["order"] = [["x.name", "ASC"]];

/** LIKE with the wildcards of the search text escaped. */
const likeEscaped = (s: string) => `%${s.replace(/[!%_]/g, (c) => `!${c}`)}%`;

export async function findAccessibleFolders(
  m: EntityManager,
  userId: string,
  filters: FolderFilters,
  page: Pick<PageRequest, "order" | "limit" | "offset">,
): Promise<{ rows: FolderRow[]; count: number }> {
  if (filters.ids && !filters.ids.length) return { rows: [], count: 0 };
  const join = orderedJoin(m);
  const access = accessibleAcosSql(join, userId, "Folder", filters.ids);
  const parents = accessibleAcosSql(join, userId, "Folder");
  const params: unknown[] = [...access.params, userId, ...parents.params];
  const where: string[] = [];
  if (filters.parents) {
    const ids = filters.parents.filter((p): p is string => p !== null);
    const parts: string[] = [];
    if (filters.parents.includes(null)) parts.push("x.folder_parent_id IS NULL");
    if (ids.length) {
      parts.push(`x.folder_parent_id IN (${placeholders(ids.length)})`);
      params.push(...ids);
    }
    where.push(`(${parts.join(" OR ")})`);
  }
  if (filters.search) {
    where.push("x.name LIKE ? ESCAPE '!'");
    params.push(likeEscaped(filters.search));
  }
  const orderBy = [...page.order.map(([col, dir]) => `${col} ${dir}`), "x.id ASC"].join(", ");
  const limit = page.limit ? ` LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}` : "";
  const rows: Record<string, unknown>[] = await m.query(
    `SELECT x.*, COUNT(*) OVER () AS total_count FROM (
       SELECT f.id, f.name, f.created, f.modified, f.created_by, f.modified_by, a.type AS permission_type,
              CASE WHEN pa.resource_id IS NULL THEN NULL ELSE fr.folder_parent_id END AS folder_parent_id
         FROM (${access.sql}) a
         ${join} folders f ON f.id = a.resource_id
         LEFT JOIN folders_relations fr ON fr.foreign_id = f.id AND fr.user_id = ?
         LEFT JOIN (${parents.sql}) pa ON pa.resource_id = fr.folder_parent_id
     ) x${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
     ORDER BY ${orderBy}${limit}`,
    params,
  );
  return {
    rows: rows.map((r) => ({
      id: String(r.id),
      name: (r.name as string | null) ?? null,
      created: toDateNotNull(r.created),
      modified: toDateNotNull(r.modified),
      createdBy: String(r.created_by),
      modifiedBy: String(r.modified_by),
      permissionType: Number(r.permission_type) as PermissionType,
      folderParentId: (r.folder_parent_id as string | null) ?? null,
    })),
    count: rows.length ? Number(rows[0]!.total_count) : 0,
  };
}

/**
 * The resource list and view query. Shape (one statement, whatever the filters):
 *
 *   SELECT r.*, a.type AS permission_type, COUNT(*) OVER () AS total_count
 *     FROM (<direct permission rows> UNION ALL <group permission rows>  -- accessibleAcosSql
 *           GROUP BY resource_id, MAX(type)) a
 *     STRAIGHT_JOIN resources r ON r.id = a.resource_id    -- CROSS JOIN on SQLite: both keep
 *     STRAIGHT_JOIN resource_types rt ON rt.id = r.resource_type_id   -- the written join order
 *    WHERE r.deleted = 0 AND rt.deleted IS NULL [AND filters]
 *    ORDER BY <sort>, r.id [LIMIT n OFFSET m]
 *
 * Both halves of the UNION are driven by ix_permissions_aro_foreign_key_aco_aco_foreign_key_type
 * (and ux_groups_users_user_id_group_id for the group path); resources are then read by
 * primary key. The window count gives header.pagination.count without a second query.
 */
import type { EntityManager } from "typeorm";
import type { Resource } from "../../db/entities/Resource.ts";
import type { PermissionType } from "../../db/entities/Permission.ts";
import { toBool, toDate, toDateNotNull } from "../../db/rawRows.ts";
import { hasTagCondition } from "../tags/tags.queries.ts";
import { type SqlPart, accessibleAcosSql } from "../access/index.ts";
import { type OrderedJoin, orderedJoin } from "../../db/dialect.ts";

export interface ResourceFilters {
  /** true: only favourites; false: only non-favourites. */
  isFavorite?: boolean;
  /** Only resources this group has a permission row on. */
  sharedWithGroup?: string;
  /** Effective permission is owner. */
  ownedByMe?: boolean;
  /** Effective permission is below owner. */
  sharedWithMe?: boolean;
  /** Only these ids. */
  ids?: string[];
  /** Only resources carrying this tag (the caller's personal tag, or a shared tag). */
  hasTag?: string;
}

export interface ResourcePage {
  /** [column expression from a whitelist, direction] */
  order: [string, "ASC" | "DESC"][];
  limit: number | null;
  offset: number;
}

export interface ResourceRow extends Resource {
  /** The caller's effective permission (MAX over direct and group rows). */
  permissionType: PermissionType;
}

/** Passbolt's sortable fields → columns of the list query. */
export const SORTABLE: Record<string, string> = {
  "Resources.name": "r.name",
  "Resources.username": "r.username",
  "Resources.uri": "r.uri",
  "Resources.modified": "r.modified",
};

const COLUMNS = `r.id, r.name, r.username, r.uri, r.description, r.deleted, r.created, r.modified,
  r.created_by, r.modified_by, r.resource_type_id, r.expired`;

function toRow(r: Record<string, unknown>): ResourceRow {
  return {
    id: String(r.id),
    name: (r.name as string | null) ?? null,
    username: (r.username as string | null) ?? null,
    uri: (r.uri as string | null) ?? null,
    description: (r.description as string | null) ?? null,
    deleted: toBool(r.deleted),
    created: toDateNotNull(r.created),
    modified: toDateNotNull(r.modified),
    createdBy: String(r.created_by),
    modifiedBy: String(r.modified_by),
    resourceTypeId: (r.resource_type_id as string | null) ?? null,
    expired: toDate(r.expired),
    permissionType: Number(r.permission_type) as PermissionType,
  };
}

/** The list statement and its parameters (exported so that its query plan can be tested). */
export function accessibleResourcesQuery(
  join: OrderedJoin,
  userId: string,
  filters: ResourceFilters,
  page: ResourcePage,
): SqlPart {
  const access = accessibleAcosSql(join, userId, "Resource", filters.ids);
  const params: unknown[] = [...access.params];
  const where = ["r.deleted = 0", "rt.deleted IS NULL"];
  if (filters.isFavorite !== undefined) {
    const exists = "EXISTS (SELECT 1 FROM favorites f WHERE f.user_id = ? AND f.foreign_key = r.id)";
    where.push(filters.isFavorite ? exists : `NOT ${exists}`);
    params.push(userId);
  }
  if (filters.ownedByMe) where.push("a.type = 15");
  if (filters.sharedWithMe) where.push("a.type < 15");
  if (filters.hasTag) {
    const tag = hasTagCondition(userId, filters.hasTag);
    where.push(tag.sql);
    params.push(...tag.params);
  }
  if (filters.sharedWithGroup) {
    where.push(
      "EXISTS (SELECT 1 FROM permissions gp WHERE gp.aco_foreign_key = r.id AND gp.aro_foreign_key = ? AND gp.aro = 'Group')",
    );
    params.push(filters.sharedWithGroup);
  }
  const orderBy = [...page.order.map(([col, dir]) => `${col} ${dir}`), "r.id ASC"].join(", ");
  const limit = page.limit ? ` LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}` : "";
  return {
    sql: `SELECT ${COLUMNS}, a.type AS permission_type, COUNT(*) OVER () AS total_count
       FROM (${access.sql}) a
       ${join} resources r ON r.id = a.resource_id
       ${join} resource_types rt ON rt.id = r.resource_type_id
      WHERE ${where.join(" AND ")}
      ORDER BY ${orderBy}${limit}`,
    params,
  };
}

/**
 * The resources the user can reach, filtered, sorted and paged, with the total count.
 * One query; no per-row work.
 */
export async function findAccessibleResources(
  m: EntityManager,
  userId: string,
  filters: ResourceFilters,
  page: ResourcePage,
): Promise<{ rows: ResourceRow[]; count: number }> {
  if (filters.ids && !filters.ids.length) return { rows: [], count: 0 };
  const q = accessibleResourcesQuery(orderedJoin(m), userId, filters, page);
  const rows: Record<string, unknown>[] = await m.query(q.sql, q.params);
  return { rows: rows.map(toRow), count: rows.length ? Number(rows[0]!.total_count) : 0 };
}

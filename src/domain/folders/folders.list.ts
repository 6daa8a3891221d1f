/**
 * Reading folders: a page of the folders the actor can reach and what they contain. At most one
 * query per contain for the whole page, never one per row.
 */
import { In, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import type { Permission } from "../../db/entities/Permission.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";
import type { Pagination } from "../../http/envelope.ts";
import { notFound } from "../../http/errors.ts";
import { paginationHeader, type PageRequest } from "../../http/pagination.ts";
import { findPermissionsOf } from "../permissions/permissions.queries.ts";
import { loadContains, type Contained } from "../resources/resources.contains.ts";
import { findAccessibleResources, type ResourceRow } from "../resources/resources.queries.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import { findAccessibleFolders, type FolderFilters, type FolderRow } from "./folders.queries.ts";
import type { FolderContain } from "./folders.schemas.ts";
import { FOLDER_NOT_FOUND, countUsersWithAccess, findHighestPermissions } from "../access/index.ts";

export interface FolderContained {
  contains: Set<FolderContain>;
  userCounts: Map<string, number>;
  users: Map<string, UserWithRelations>;
  permission: Map<string, Permission>;
  permissions: Map<string, Permission[]>;
  groups: Map<string, Group>;
  childFolders: Map<string, FolderRow[]>;
  childResources: Map<string, ResourceRow[]>;
  /** What the child resources contain (nothing but folder_parent_id and personal). */
  resourcesContained: Contained | null;
}

export interface FolderListing {
  rows: FolderRow[];
  contained: FolderContained;
  pagination: Pagination;
}

function groupBy<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

async function loadFolderContains(
  m: EntityManager,
  actorId: string,
  folders: FolderRow[],
  contains: Set<FolderContain>,
): Promise<FolderContained> {
  const ids = folders.map((f) => f.id);
  const has = (c: FolderContain) => contains.has(c);
  const out: FolderContained = {
    contains,
    userCounts: ids.length ? await countUsersWithAccess(m, ids) : new Map(),
    users: new Map(),
    permission: new Map(),
    permissions: new Map(),
    groups: new Map(),
    childFolders: new Map(),
    childResources: new Map(),
    resourcesContained: null,
  };
  if (!ids.length) return out;
  const userIds: string[] = [];
  if (has("creator") || has("creator.profile")) userIds.push(...folders.map((f) => f.createdBy));
  if (has("modifier") || has("modifier.profile")) userIds.push(...folders.map((f) => f.modifiedBy));
  if (has("permission")) out.permission = await findHighestPermissions(m, actorId, ids, "Folder");
  if (has("permissions") || has("permissions.user.profile") || has("permissions.group")) {
    const rows = await findPermissionsOf(m, ids);
    out.permissions = groupBy(rows, (p) => p.acoForeignKey);
    if (has("permissions.user.profile"))
      userIds.push(...rows.filter((p) => p.aro === "User").map((p) => p.aroForeignKey));
    const groupIds = [...new Set(rows.filter((p) => p.aro === "Group").map((p) => p.aroForeignKey))];
    if (has("permissions.group") && groupIds.length) {
      const groups = await m.getRepository(GroupEntity).findBy({ id: In(groupIds) });
      out.groups = new Map(groups.map((g) => [g.id, g]));
    }
  }
  if (has("children_folders")) {
    const { rows } = await findAccessibleFolders(
      m,
      actorId,
      { parents: ids },
      { order: [["x.name", "ASC"]], limit: null, offset: 0 },
    );
    out.childFolders = groupBy(rows, (f) => f.folderParentId);
    const counts = await countUsersWithAccess(
      m,
      rows.map((r) => r.id),
    );
    for (const [k, v] of counts) out.userCounts.set(k, v);
  }
  if (has("children_resources")) {
    const related: { foreign_id: string }[] = [];
    for (const part of chunks(ids, 1000))
      related.push(
        ...((await m.query(
          `SELECT foreign_id FROM folders_relations
            WHERE user_id = ? AND foreign_model = 'Resource' AND folder_parent_id IN (${placeholders(part.length)})`,
          [actorId, ...part],
        )) as { foreign_id: string }[]),
      );
    const { rows } = await findAccessibleResources(
      m,
      actorId,
      { ids: [...new Set(related.map((r) => r.foreign_id))] },
      { order: [["r.name", "ASC"]], limit: null, offset: 0 },
    );
    out.resourcesContained = await loadContains(m, actorId, rows, new Set());
    const parents = out.resourcesContained.folderParents;
    out.childResources = groupBy(rows, (r) => parents.get(r.id) ?? null);
  }
  if (userIds.length) {
    const profile = has("creator.profile") || has("modifier.profile") || has("permissions.user.profile");
    const users = await findUsersWithRelations(m, userIds, {
      profile,
      gpgkey: false,
      role: false,
      groups_users: false,
    });
    out.users = new Map(users.map((u) => [u.id, u]));
  }
  return out;
}

/** @throws AppError 404 for a page past the end */
export async function listFoldersFor(
  db: Db,
  actorId: string,
  filters: FolderFilters,
  page: PageRequest,
  contains: Set<FolderContain>,
): Promise<FolderListing> {
  return db.read(async (m) => {
    const { rows, count } = await findAccessibleFolders(m, actorId, filters, page);
    const pagination = paginationHeader(page, count);
    return { rows, pagination, contained: await loadFolderContains(m, actorId, rows, contains) };
  });
}

/** @throws AppError 404 when the folder does not exist or the actor cannot reach it */
export async function viewFolderFor(
  db: Db,
  actorId: string,
  folderId: string,
  contains: Set<FolderContain>,
): Promise<{ row: FolderRow; contained: FolderContained }> {
  return db.read(async (m) => {
    const { rows } = await findAccessibleFolders(
      m,
      actorId,
      { ids: [folderId] },
      { order: [], limit: null, offset: 0 },
    );
    const row = rows[0];
    if (!row) throw notFound(FOLDER_NOT_FOUND);
    return { row, contained: await loadFolderContains(m, actorId, [row], contains) };
  });
}

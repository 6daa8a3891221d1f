/**
 * The per-user folder trees (folders_relations): one row per (user, item) with that user's
 * parent folder.
 *
 * Rules kept here:
 * - A missing row means the item is at the user's root. Rows are written when a folder is
 *   created (for its creator), when a resource is created in a folder, when an item is moved,
 *   and when a folder is shared (for each user who gains access, see placeForUsers). A user who
 *   gains a resource through a resource share or a group therefore sees it at their root.
 * - A parent only counts when the user can still reach that folder: a row whose parent the
 *   user lost (or that was deleted) reads as root. So revocations need no tree rewrite.
 */
import type { EntityManager } from "typeorm";
import { FolderRelationEntity, type FolderItemModel } from "../../db/entities/FolderRelation.ts";
import type { PermissionType } from "../../db/entities/Permission.ts";
import { newId } from "../../db/ids.ts";
import { chunks, placeholders, toDateNotNull } from "../../db/rawRows.ts";
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

/**
 * The parent of each item in the user's tree: the stored parent when the user can reach it,
 * else null (root). Items without a row are at the root too.
 */
export async function effectiveParents(
  m: EntityManager,
  userId: string,
  itemIds: string[],
): Promise<Map<string, string | null>> {
  const stored = new Map<string, string>();
  for (const ids of chunks([...new Set(itemIds)], 1000)) {
    if (!ids.length) continue;
    const rows: { foreign_id: string; folder_parent_id: string }[] = await m.query(
      `SELECT foreign_id, folder_parent_id FROM folders_relations
        WHERE user_id = ? AND foreign_id IN (${placeholders(ids.length)}) AND folder_parent_id IS NOT NULL`,
      [userId, ...ids],
    );
    for (const r of rows) stored.set(r.foreign_id, r.folder_parent_id);
  }
  const visible = await folderPermissionTypes(m, userId, [...stored.values()]);
  const out = new Map<string, string | null>();
  for (const id of itemIds) {
    const parent = stored.get(id);
    out.set(id, parent && visible.has(parent) ? parent : null);
  }
  return out;
}

/** Puts the item under `parentId` (null: root) in the user's tree: insert or update the row. */
export async function setParent(
  m: EntityManager,
  model: FolderItemModel,
  itemId: string,
  userId: string,
  parentId: string | null,
  now: Date,
): Promise<void> {
  const repo = m.getRepository(FolderRelationEntity);
  const updated = await repo.update(
    { userId, foreignId: itemId },
    { folderParentId: parentId, modified: now },
  );
  if (!updated.affected)
    await repo.insert({
      id: newId(),
      foreignModel: model,
      foreignId: itemId,
      userId,
      folderParentId: parentId,
      created: now,
      modified: now,
    });
}

/** A parent other users chose for an item: by whom (count) and since when. */
interface Candidate {
  parentId: string;
  uses: number;
  oldest: Date;
  byOperator: boolean;
}

/**
 * Pure: the parent for a user who gains access to an item, among the parents other users
 * chose that this user can reach: the operator's first, then the most used, then the oldest;
 * null (root) when there is none.
 */
export function choosePlacement(
  candidates: Candidate[],
  reachable: (folderId: string) => boolean,
): string | null {
  const usable = candidates.filter((c) => reachable(c.parentId));
  usable.sort(
    (a, b) =>
      Number(b.byOperator) - Number(a.byOperator) ||
      b.uses - a.uses ||
      a.oldest.getTime() - b.oldest.getTime() ||
      a.parentId.localeCompare(b.parentId),
  );
  return usable[0]?.parentId ?? null;
}

/**
 * Places an item in the trees of the users who just gained access to it (Passbolt's
 * FoldersRelationsAddItemsToUserTreeService): see choosePlacement. Replaces any row they had.
 */
export async function placeForUsers(
  m: EntityManager,
  model: FolderItemModel,
  itemId: string,
  userIds: string[],
  operatorId: string,
  now: Date,
): Promise<void> {
  if (!userIds.length) return;
  const rows: { user_id: string; folder_parent_id: string; created: unknown }[] = await m.query(
    `SELECT user_id, folder_parent_id, created FROM folders_relations
      WHERE foreign_id = ? AND folder_parent_id IS NOT NULL`,
    [itemId],
  );
  const byParent = new Map<string, Candidate>();
  for (const r of rows) {
    const c = byParent.get(r.folder_parent_id) ?? {
      parentId: r.folder_parent_id,
      uses: 0,
      oldest: toDateNotNull(r.created),
      byOperator: false,
    };
    c.uses += 1;
    const created = toDateNotNull(r.created);
    if (created < c.oldest) c.oldest = created;
    if (r.user_id === operatorId) c.byOperator = true;
    byParent.set(r.folder_parent_id, c);
  }
  const candidates = [...byParent.values()];
  for (const userId of userIds) {
    const reachable = candidates.length
      ? await folderPermissionTypes(
          m,
          userId,
          candidates.map((c) => c.parentId),
        )
      : new Map();
    const parent = choosePlacement(candidates, (id) => reachable.has(id));
    await setParent(m, model, itemId, userId, parent, now);
  }
}

/** Removes the item from these users' trees (they lost access). */
export async function removeFromTrees(m: EntityManager, itemId: string, userIds: string[]): Promise<void> {
  for (const ids of chunks(userIds, 1000))
    if (ids.length)
      await m.query(
        `DELETE FROM folders_relations WHERE foreign_id = ? AND user_id IN (${placeholders(ids.length)})`,
        [itemId, ...ids],
      );
}

/**
 * The folders under `folderId` in the user's tree, at any depth (the stored rows: enough to
 * refuse a cycle and to walk a cascade). Breadth first, one query per level.
 */
export async function descendantFolders(
  m: EntityManager,
  userId: string,
  folderId: string,
): Promise<string[]> {
  const seen = new Set<string>([folderId]);
  let level = [folderId];
  while (level.length) {
    const next: string[] = [];
    for (const ids of chunks(level, 1000)) {
      const rows: { foreign_id: string }[] = await m.query(
        `SELECT foreign_id FROM folders_relations
          WHERE user_id = ? AND foreign_model = 'Folder' AND folder_parent_id IN (${placeholders(ids.length)})`,
        [userId, ...ids],
      );
      for (const r of rows) {
        if (seen.has(r.foreign_id)) continue;
        seen.add(r.foreign_id);
        next.push(r.foreign_id);
      }
    }
    level = next;
  }
  seen.delete(folderId);
  return [...seen];
}

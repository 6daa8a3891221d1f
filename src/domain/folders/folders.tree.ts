/**
 * The per-user folder trees (folders_relations): one row per (user, item) with that user's
 * parent folder.
 *
 * Rules kept here:
 * - A missing row means the item is at the user's root. Rows are written when a folder is
 *   created (for its creator), when a resource is created in a folder, when an item is moved,
 *   and for each user who gains access to an item (placeItemsForUsers): through a folder share,
 *   a resource share, or being added to a group (its folders and resources). They get the parent
 *   other users chose when they can reach it, else the root.
 * - A user who gains a folder also finds in it the items they already had at their root that
 *   others keep in it (folders.treeAdopt.ts); items they filed elsewhere stay put.
 * - Placement never closes a loop in a user's tree (folders.treeLoops.ts): such a folder stays
 *   at the root.
 * - A parent only counts when the user can still reach that folder: a row whose parent the
 *   user lost (or that was deleted) reads as root. So revocations need no tree rewrite.
 */
import type { EntityManager } from "typeorm";
import {
  FolderRelationEntity,
  type FolderItemModel,
  type FolderRelation,
} from "../../db/entities/FolderRelation.ts";
import { newId } from "../../db/ids.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { insertRows } from "../../db/insert.ts";
import { adoptChildren } from "./folders.treeAdopt.ts";
import { deleteTreeRows, lockTreeRows } from "./folders.treeRows.ts";
import { choosePlacement, readPlacements, type Candidate } from "./folders.treeChoice.ts";
import { withoutLoops } from "./folders.treeLoops.ts";
import { findUserIdsWithAccess, permissionsOn } from "../access/index.ts";

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
  const visible = await permissionsOn(m, userId, "Folder", [...stored.values()]);
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
    await insertRows(m, FolderRelationEntity, {
      id: newId(),
      foreignModel: model,
      foreignId: itemId,
      userId,
      folderParentId: parentId,
      created: now,
      modified: now,
    });
}

/** An item to place in the trees of the users who just gained access to it. */
export interface ItemPlacement {
  model: FolderItemModel;
  itemId: string;
  userIds: string[];
}

/** item id → model and recipients, merged (an item may be listed more than once). */
function mergeItems(items: ItemPlacement[]): Map<string, { model: FolderItemModel; users: Set<string> }> {
  const out = new Map<string, { model: FolderItemModel; users: Set<string> }>();
  for (const it of items) {
    if (!it.userIds.length) continue;
    const entry = out.get(it.itemId) ?? { model: it.model, users: new Set<string>() };
    for (const u of it.userIds) entry.users.add(u);
    out.set(it.itemId, entry);
  }
  return out;
}

/** Deletes the rows the recipients hold for these items (exact (user, item) pairs, locked first). */
async function deleteRecipientRows(
  m: EntityManager,
  wanted: Map<string, { users: Set<string> }>,
): Promise<void> {
  const pairs = [...wanted].flatMap(([itemId, { users }]) =>
    [...users].map((userId) => ({ userId, itemId })),
  );
  await deleteTreeRows(
    m,
    [...(await lockTreeRows(m, pairs)).values()].map((r) => r.id),
  );
}

/** item id → the parents the users holding a row chose for it (one query per chunk). */
async function readCandidates(
  m: EntityManager,
  itemIds: string[],
  operatorId: string,
): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  for (const row of await readPlacements(m, "foreign_id", itemIds, operatorId)) {
    const list = out.get(row.itemId) ?? [];
    list.push(row);
    out.set(row.itemId, list);
  }
  return out;
}

/**
 * user id → the candidate folders they can reach. Per folder (who reaches it) or per user
 * (which of their candidates they reach), whichever takes fewer queries.
 */
async function reachableFolders(
  m: EntityManager,
  wanted: Map<string, { users: Set<string> }>,
  candidates: Map<string, Candidate[]>,
): Promise<Map<string, Set<string>>> {
  const perUser = new Map<string, Set<string>>();
  for (const [itemId, { users }] of wanted)
    for (const c of candidates.get(itemId) ?? [])
      for (const u of users) {
        const set = perUser.get(u) ?? new Set<string>();
        set.add(c.parentId);
        perUser.set(u, set);
      }
  const folders = new Set([...perUser.values()].flatMap((s) => [...s]));
  const out = new Map<string, Set<string>>();
  const add = (userId: string, folderId: string) => {
    const set = out.get(userId) ?? new Set<string>();
    set.add(folderId);
    out.set(userId, set);
  };
  if (folders.size <= perUser.size) {
    for (const folderId of folders)
      for (const userId of await findUserIdsWithAccess(m, folderId))
        if (perUser.get(userId)?.has(folderId)) add(userId, folderId);
  } else {
    for (const [userId, wantedFolders] of perUser)
      for (const folderId of (await permissionsOn(m, userId, "Folder", [...wantedFolders])).keys())
        add(userId, folderId);
  }
  return out;
}

/**
 * Places items in the trees of the users who just gained access to them (Passbolt's
 * FoldersRelationsAddItemsToUserTreeService), in bulk: see choosePlacement. The recipients' own
 * rows for these items (left from an earlier access) are replaced, and are not candidates. A
 * folder whose placement would close a loop stays at the root (withoutLoops). Users who gain a
 * folder get the items they already had that others keep in it (adoptChildren). The number of
 * statements grows with neither the recipients of one item nor the items of one user (folders
 * add a few for adoption, and one per user with an item filed under a folder out of reach).
 */
export async function placeItemsForUsers(
  m: EntityManager,
  items: ItemPlacement[],
  operatorId: string,
  now: Date,
): Promise<void> {
  const wanted = mergeItems(items);
  if (!wanted.size) return;
  await deleteRecipientRows(m, wanted);
  await insertRows(
    m,
    FolderRelationEntity,
    await withoutLoops(m, await chooseParents(m, wanted, operatorId, now)),
  );

  // Folders gained: the items the users already had that others keep in them move in.
  const gained = new Map<string, Set<string>>();
  const placedNow = new Map<string, Set<string>>();
  for (const [itemId, { model, users }] of wanted) {
    if (model === "Folder") gained.set(itemId, users);
    for (const u of users) placedNow.set(u, (placedNow.get(u) ?? new Set<string>()).add(itemId));
  }
  if (gained.size) await adoptChildren(m, gained, placedNow, operatorId, now);
}

/** The new rows: for each recipient, the parent choosePlacement picks among what others chose. */
async function chooseParents(
  m: EntityManager,
  wanted: Map<string, { model: FolderItemModel; users: Set<string> }>,
  operatorId: string,
  now: Date,
): Promise<FolderRelation[]> {
  const candidates = await readCandidates(m, [...wanted.keys()], operatorId);
  if (!candidates.size) return []; // nobody placed these items anywhere: everyone at the root
  const reachable = await reachableFolders(m, wanted, candidates);
  const rows: FolderRelation[] = [];
  for (const [itemId, { model, users }] of wanted) {
    const list = candidates.get(itemId);
    if (!list) continue;
    for (const userId of users) {
      const parent = choosePlacement(list, (id) => reachable.get(userId)?.has(id) ?? false);
      if (parent)
        rows.push({
          id: newId(),
          foreignModel: model,
          foreignId: itemId,
          userId,
          folderParentId: parent,
          created: now,
          modified: now,
        });
    }
  }
  return rows;
}

/** One item for many users: placeItemsForUsers with a single item. */
export async function placeForUsers(
  m: EntityManager,
  model: FolderItemModel,
  itemId: string,
  userIds: string[],
  operatorId: string,
  now: Date,
): Promise<void> {
  await placeItemsForUsers(m, [{ model, itemId, userIds }], operatorId, now);
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

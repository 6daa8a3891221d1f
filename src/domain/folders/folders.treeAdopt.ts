/**
 * A user who gains a folder also finds inside it the items they already had that other users
 * keep in it (Passbolt reconstructs a gained folder's children too). Without this, a password
 * shared with someone before its folder stays at their root after the folder is shared.
 *
 * Only items at the user's root move (no row, a root row, or a row whose parent the user cannot
 * reach): an item the user filed in a folder of their own stays where they put it. Other users'
 * trees are never touched (Passbolt moves conflicting items to the root of other users' trees;
 * here every tree stays as its owner made it). Items placed by the same batch keep the parent
 * placement chose for them. A folder whose adoption would close a loop stays at the root.
 */
import type { EntityManager } from "typeorm";
import { FolderRelationEntity, type FolderRelation } from "../../db/entities/FolderRelation.ts";
import { newId } from "../../db/ids.ts";
import { insertRows } from "../../db/insert.ts";
import { choosePlacement, readPlacements, type Placement } from "./folders.treeChoice.ts";
import { withoutLoops } from "./folders.treeLoops.ts";
import { deleteTreeRows, lockTreeRows, pairKey, type TreePair } from "./folders.treeRows.ts";
import { findAccessAmong, permissionsOn } from "../access/index.ts";

/**
 * Moves into the folders these users just gained (`gained`: folder → users) the items they can
 * already reach, have at their root, and that other users keep in one of those folders (the
 * operator's placement first, then the most used, then the oldest). `placedNow`: user → items
 * the same batch just placed, left alone.
 */
export async function adoptChildren(
  m: EntityManager,
  gained: Map<string, Set<string>>,
  placedNow: Map<string, Set<string>>,
  operatorId: string,
  now: Date,
): Promise<void> {
  const byChild = new Map<string, Placement[]>();
  for (const p of await readPlacements(m, "folder_parent_id", [...gained.keys()], operatorId)) {
    const list = byChild.get(p.itemId) ?? [];
    list.push(p);
    byChild.set(p.itemId, list);
  }
  if (!byChild.size) return;
  const gaining = [...new Set([...gained.values()].flatMap((users) => [...users]))];
  const access = await findAccessAmong(m, [...byChild.keys()], gaining);
  const pairs: TreePair[] = [];
  for (const [child, list] of byChild) {
    const reaching = access.get(child);
    if (!reaching) continue;
    const users = new Set<string>();
    for (const c of list)
      for (const u of gained.get(c.parentId) ?? [])
        if (reaching.has(u) && !placedNow.get(u)?.has(child)) users.add(u);
    for (const userId of users) pairs.push({ userId, itemId: child });
  }
  if (!pairs.length) return;

  const current = await lockTreeRows(m, pairs);
  // A row under a folder the user did not just gain: filed by the user, unless out of reach.
  const elsewhere = new Map<string, Set<string>>();
  for (const p of pairs) {
    const parent = current.get(pairKey(p.userId, p.itemId))?.parent;
    if (parent && !gained.get(parent)?.has(p.userId))
      elsewhere.set(p.userId, (elsewhere.get(p.userId) ?? new Set()).add(parent));
  }
  const reach = new Map<string, Set<string>>();
  for (const [userId, parents] of elsewhere)
    reach.set(userId, new Set((await permissionsOn(m, userId, "Folder", [...parents])).keys()));

  const rows: FolderRelation[] = [];
  const replaced: string[] = [];
  for (const p of pairs) {
    const row = current.get(pairKey(p.userId, p.itemId));
    if (row?.parent && (gained.get(row.parent)?.has(p.userId) || reach.get(p.userId)?.has(row.parent)))
      continue;
    const list = byChild.get(p.itemId)!;
    const parent = choosePlacement(list, (id) => gained.get(id)?.has(p.userId) ?? false);
    if (!parent) continue;
    if (row) replaced.push(row.id);
    rows.push({
      id: newId(),
      foreignModel: list[0]!.model,
      foreignId: p.itemId,
      userId: p.userId,
      folderParentId: parent,
      created: now,
      modified: now,
    });
  }
  await deleteTreeRows(m, replaced);
  await insertRows(m, FolderRelationEntity, await withoutLoops(m, rows));
}

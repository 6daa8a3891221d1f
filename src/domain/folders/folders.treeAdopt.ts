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
import { forUpdate } from "../../db/locks.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { findAccessAmong } from "../permissions/permissions.queries.ts";
import { folderPermissionTypes } from "./folders.reach.ts";
import { choosePlacement, readPlacements, type Placement } from "./folders.treeChoice.ts";
import { withoutLoops } from "./folders.treeLoops.ts";

const ID_CHUNK = 1000;

interface Want {
  userId: string;
  child: string;
}

/**
 * (user, item) → the user's row for it, for these pairs, locked with the gaps of those missing
 * (db/locks.ts): a concurrent move or placement of the same item for the same user waits.
 */
async function rowsOf(
  m: EntityManager,
  pairs: Want[],
): Promise<Map<string, { id: string; parent: string | null }>> {
  const key = (u: string, c: string) => `${u} ${c}`;
  const wanted = new Set(pairs.map((p) => key(p.userId, p.child)));
  const out = new Map<string, { id: string; parent: string | null }>();
  const users = [...new Set(pairs.map((p) => p.userId))];
  const items = [...new Set(pairs.map((p) => p.child))];
  for (const us of chunks(users, ID_CHUNK))
    for (const is of chunks(items, ID_CHUNK)) {
      const rows: { id: string; user_id: string; foreign_id: string; folder_parent_id: string | null }[] =
        await m.query(
          `SELECT id, user_id, foreign_id, folder_parent_id FROM folders_relations
            WHERE user_id IN (${placeholders(us.length)}) AND foreign_id IN (${placeholders(is.length)})${forUpdate(m)}`,
          [...us, ...is],
        );
      for (const r of rows)
        if (wanted.has(key(r.user_id, r.foreign_id)))
          out.set(key(r.user_id, r.foreign_id), { id: r.id, parent: r.folder_parent_id });
    }
  return out;
}

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
  const pairs: Want[] = [];
  for (const [child, list] of byChild) {
    const reaching = access.get(child);
    if (!reaching) continue;
    const users = new Set<string>();
    for (const c of list)
      for (const u of gained.get(c.parentId) ?? [])
        if (reaching.has(u) && !placedNow.get(u)?.has(child)) users.add(u);
    for (const userId of users) pairs.push({ userId, child });
  }
  if (!pairs.length) return;

  const current = await rowsOf(m, pairs);
  // A row under a folder the user did not just gain: filed by the user, unless out of reach.
  const elsewhere = new Map<string, Set<string>>();
  for (const p of pairs) {
    const parent = current.get(`${p.userId} ${p.child}`)?.parent;
    if (parent && !gained.get(parent)?.has(p.userId))
      elsewhere.set(p.userId, (elsewhere.get(p.userId) ?? new Set()).add(parent));
  }
  const reach = new Map<string, Set<string>>();
  for (const [userId, parents] of elsewhere)
    reach.set(userId, new Set((await folderPermissionTypes(m, userId, [...parents])).keys()));

  const rows: FolderRelation[] = [];
  const replaced: string[] = [];
  for (const p of pairs) {
    const row = current.get(`${p.userId} ${p.child}`);
    if (row?.parent && (gained.get(row.parent)?.has(p.userId) || reach.get(p.userId)?.has(row.parent)))
      continue;
    const list = byChild.get(p.child)!;
    const parent = choosePlacement(list, (id) => gained.get(id)?.has(p.userId) ?? false);
    if (!parent) continue;
    if (row) replaced.push(row.id);
    rows.push({
      id: newId(),
      foreignModel: list[0]!.model,
      foreignId: p.child,
      userId: p.userId,
      folderParentId: parent,
      created: now,
      modified: now,
    });
  }
  for (const part of chunks(replaced, ID_CHUNK))
    await m.query(`DELETE FROM folders_relations WHERE id IN (${placeholders(part.length)})`, part);
  await insertRows(m, FolderRelationEntity, await withoutLoops(m, rows));
}

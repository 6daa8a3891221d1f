/**
 * The loop guard of placement (folders.tree.ts placeItemsForUsers). Each new row's parent is
 * chosen alone, from what other users chose, so a batch could close a loop in a recipient's
 * tree: two folders gained together that different users put under each other, or a folder
 * given back under a folder the user had put under it before losing it (that stored row reads
 * as root while the folder is out of reach, and counts again once it is back). A folder in a
 * loop never reaches the root, so the user would not see it at all.
 *
 * Stored rows are followed whether or not their parent is in the user's reach: that can only
 * put a folder at the root when it did not need to be, never let a loop through.
 */
import type { EntityManager } from "typeorm";
import type { FolderRelation } from "../../db/entities/FolderRelation.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";

const ID_CHUNK = 1000;

/** user id → folder id → stored parent (null: a row at the root or no row). */
type Parents = Map<string, Map<string, string | null>>;

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/**
 * The stored parents of every folder met walking up from `starts` (user id → folder ids), one
 * query per tree level (and id chunk) for all users together.
 */
async function storedAncestry(m: EntityManager, starts: Map<string, Set<string>>): Promise<Parents> {
  const known: Parents = new Map();
  let frontier = starts;
  while (frontier.size) {
    const users = [...frontier.keys()];
    const folders = [...new Set([...frontier.values()].flatMap((s) => [...s]))];
    for (const [u, set] of frontier) {
      const mine = getOrAdd(known, u, () => new Map());
      for (const f of set) mine.set(f, null);
    }
    const next = new Map<string, Set<string>>();
    for (const us of chunks(users, ID_CHUNK))
      for (const fs of chunks(folders, ID_CHUNK)) {
        const rows: { user_id: string; foreign_id: string; folder_parent_id: string | null }[] =
          await m.query(
            `SELECT user_id, foreign_id, folder_parent_id FROM folders_relations
            WHERE foreign_model = 'Folder' AND user_id IN (${placeholders(us.length)})
              AND foreign_id IN (${placeholders(fs.length)})`,
            [...us, ...fs],
          );
        for (const r of rows) {
          if (!frontier.get(r.user_id)?.has(r.foreign_id)) continue;
          const mine = known.get(r.user_id)!;
          mine.set(r.foreign_id, r.folder_parent_id);
          const p = r.folder_parent_id;
          if (p && !mine.has(p)) getOrAdd(next, r.user_id, () => new Set<string>()).add(p);
        }
      }
    frontier = next;
  }
  return known;
}

/**
 * The rows to insert, without the folder rows that would close a loop (those folders stay at
 * the user's root). `rows` replace the recipients' earlier rows for their items, which are
 * already deleted. Rows are kept in order: each is checked against the stored tree and the rows
 * kept before it, so the kept set never loops.
 */
export async function withoutLoops(m: EntityManager, rows: FolderRelation[]): Promise<FolderRelation[]> {
  const folderRows = rows.filter((r) => r.foreignModel === "Folder" && r.folderParentId);
  if (!folderRows.length) return rows;
  const placed = new Map<string, Set<string>>(); // user → folders this batch places
  for (const r of folderRows) getOrAdd(placed, r.userId, () => new Set<string>()).add(r.foreignId);
  const starts = new Map<string, Set<string>>();
  for (const r of folderRows)
    if (!placed.get(r.userId)!.has(r.folderParentId!))
      getOrAdd(starts, r.userId, () => new Set<string>()).add(r.folderParentId!);
  const stored = await storedAncestry(m, starts);

  const kept = new Map<string, Map<string, string>>(); // user → folder → parent kept so far
  const dropped = new Set<FolderRelation>();
  for (const r of folderRows) {
    const mine = getOrAdd(kept, r.userId, () => new Map<string, string>());
    const parentOf = (f: string): string | null =>
      placed.get(r.userId)!.has(f) ? (mine.get(f) ?? null) : (stored.get(r.userId)?.get(f) ?? null);
    const seen = new Set<string>();
    let at: string | null = r.folderParentId;
    while (at && at !== r.foreignId && !seen.has(at)) {
      seen.add(at);
      at = parentOf(at);
    }
    if (at === r.foreignId) dropped.add(r);
    else mine.set(r.foreignId, r.folderParentId!);
  }
  return dropped.size ? rows.filter((r) => !dropped.has(r)) : rows;
}

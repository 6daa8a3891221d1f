/**
 * Reading and removing users' tree rows by exact (user, item) pairs, for placement
 * (folders.tree.ts) and adoption (folders.treeAdopt.ts). The read locks the rows, and the gaps
 * of those missing, on MySQL/MariaDB (db/dialect.ts): a concurrent move or placement of the same
 * item for the same user waits for this transaction.
 */
import type { EntityManager } from "typeorm";
import { forUpdate } from "../../db/dialect.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";

const ID_CHUNK = 1000;

export interface TreePair {
  userId: string;
  itemId: string;
}

export interface TreeRow {
  id: string;
  parent: string | null;
}

export const pairKey = (userId: string, itemId: string): string => `${userId} ${itemId}`;

/** pairKey(user, item) → the user's row for the item, for these pairs (locked). */
export async function lockTreeRows(m: EntityManager, pairs: TreePair[]): Promise<Map<string, TreeRow>> {
  const wanted = new Set(pairs.map((p) => pairKey(p.userId, p.itemId)));
  const out = new Map<string, TreeRow>();
  const users = [...new Set(pairs.map((p) => p.userId))];
  const items = [...new Set(pairs.map((p) => p.itemId))];
  for (const us of chunks(users, ID_CHUNK))
    for (const is of chunks(items, ID_CHUNK)) {
      const rows: { id: string; user_id: string; foreign_id: string; folder_parent_id: string | null }[] =
        await m.query(
          `SELECT id, user_id, foreign_id, folder_parent_id FROM folders_relations
            WHERE user_id IN (${placeholders(us.length)}) AND foreign_id IN (${placeholders(is.length)})${forUpdate(m)}`,
          [...us, ...is],
        );
      for (const r of rows) {
        const key = pairKey(r.user_id, r.foreign_id);
        if (wanted.has(key)) out.set(key, { id: r.id, parent: r.folder_parent_id });
      }
    }
  return out;
}

/** Deletes tree rows by id. */
export async function deleteTreeRows(m: EntityManager, ids: string[]): Promise<void> {
  for (const part of chunks(ids, ID_CHUNK))
    await m.query(`DELETE FROM folders_relations WHERE id IN (${placeholders(part.length)})`, part);
}

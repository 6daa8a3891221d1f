/**
 * How placement picks among what other users chose (Passbolt's priorities): the operator's
 * placement first, then the most used, then the oldest.
 */
import type { EntityManager } from "typeorm";
import type { FolderItemModel } from "../../db/entities/FolderRelation.ts";
import { chunks, placeholders, toDateNotNull } from "../../db/rawRows.ts";

/** A parent users chose for an item: by how many, since when, and whether the operator did. */
export interface Candidate {
  parentId: string;
  uses: number;
  oldest: Date;
  byOperator: boolean;
}

/** A candidate with the item it is about. */
export interface Placement extends Candidate {
  itemId: string;
  model: FolderItemModel;
}

/**
 * Pure: the parent for a user among the candidates, keeping those the user can reach: the
 * operator's first, then the most used, then the oldest; null (root) when none is left.
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
 * Every (item, parent) placement stored in the trees, counted, for these items
 * (`by` foreign_id) or under these folders (`by` folder_parent_id). One query per id chunk.
 */
export async function readPlacements(
  m: EntityManager,
  by: "foreign_id" | "folder_parent_id",
  ids: string[],
  operatorId: string,
): Promise<Placement[]> {
  const out: Placement[] = [];
  for (const part of chunks([...new Set(ids)], 1000)) {
    if (!part.length) continue;
    const rows: {
      foreign_id: string;
      foreign_model: FolderItemModel;
      folder_parent_id: string;
      uses: number | string;
      oldest: unknown;
      by_operator: number | string;
    }[] = await m.query(
      `SELECT foreign_id, foreign_model, folder_parent_id, COUNT(*) AS uses, MIN(created) AS oldest,
              MAX(CASE WHEN user_id = ? THEN 1 ELSE 0 END) AS by_operator
         FROM folders_relations
        WHERE ${by} IN (${placeholders(part.length)}) AND folder_parent_id IS NOT NULL
        GROUP BY foreign_id, foreign_model, folder_parent_id`,
      [operatorId, ...part],
    );
    for (const r of rows)
      out.push({
        itemId: r.foreign_id,
        model: r.foreign_model,
        parentId: r.folder_parent_id,
        uses: Number(r.uses),
        oldest: toDateNotNull(r.oldest),
        byOperator: Number(r.by_operator) === 1,
      });
  }
  return out;
}

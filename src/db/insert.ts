/**
 * Inserting rows without TypeORM's read-back. Repository.insert (and a query builder insert
 * by default) re-selects the inserted rows of an entity with column defaults and merges them
 * into the objects passed in, matching them by position: on a multi-row insert the SELECT does
 * not return them in insert order, so the objects come back with the id and default columns
 * of other rows (seen on MariaDB: a group member's is_admin taken from another member). It is
 * also one more statement per insert. Every insert of the application goes through here: the
 * objects are left as they were, and they already hold every value (ids are ours).
 */
import type { EntityManager, EntitySchema, ObjectLiteral } from "typeorm";
import { chunks } from "./rawRows.ts";

/** Rows per INSERT statement. */
export const INSERT_CHUNK = 500;

/** Inserts the rows, INSERT_CHUNK per statement; `orIgnore` skips rows whose key exists. */
export async function insertRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntitySchema<T>,
  rows: T | T[],
  options: { orIgnore?: boolean } = {},
): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  for (const part of chunks(list, INSERT_CHUNK)) {
    if (!part.length) continue;
    const q = m.createQueryBuilder().insert().into(entity).values(part).updateEntity(false);
    await (options.orIgnore ? q.orIgnore() : q).execute();
  }
}

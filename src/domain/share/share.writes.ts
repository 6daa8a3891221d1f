/**
 * The statements a share writes, each a bulk statement (chunked only for very long lists):
 * no query per recipient. All run inside the share transaction, after lockShareRows().
 */
import type { EntityManager } from "typeorm";
import { PermissionEntity, type Permission } from "../../db/entities/Permission.ts";
import { SecretEntity, type Secret } from "../../db/entities/Secret.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { newId } from "../../db/ids.ts";
import { chunks, placeholders, toDateNotNull } from "../../db/rawRows.ts";
import type { LockedSecret } from "./share.locks.ts";
import type { PlannedChanges } from "./share.rules.ts";
import { insertRows } from "../../db/insert.ts";

/** Rows per multi-row INSERT: well under SQLite's and MySQL's bound-parameter limits. */
/** Deletes, then updates (one statement per type), then inserts: a deleted aro may be added back. */
export async function writePermissions(
  m: EntityManager,
  resourceId: string,
  plan: PlannedChanges,
  now: Date,
): Promise<void> {
  for (const ids of chunks(
    plan.deleted.map((p) => p.id),
    1000,
  ))
    await m.query(`DELETE FROM permissions WHERE id IN (${placeholders(ids.length)})`, ids);
  for (const type of [1, 7, 15] as const) {
    const ids = plan.updated.filter((p) => p.type === type).map((p) => p.id);
    if (ids.length)
      await m
        .getRepository(PermissionEntity)
        .createQueryBuilder()
        .update()
        .set({ type, modified: now })
        .whereInIds(ids)
        .execute();
  }
  const rows: Permission[] = plan.added.map((p) => ({
    id: p.id,
    aco: "Resource",
    acoForeignKey: resourceId,
    aro: p.aro,
    aroForeignKey: p.aroForeignKey,
    type: p.type,
    created: now,
    modified: now,
  }));
  await insertRows(m, PermissionEntity, rows);
}

export interface SecretToWrite {
  userId: string;
  data: string;
}

export interface WrittenSecret {
  id: string;
  userId: string;
  op: "create" | "update";
}

/**
 * Creates each user's secret, or replaces the one they hold (same id and creation, new data).
 * Replacing is a delete and a re-insert so that any number of rows stays two statements.
 */
export async function writeSecrets(
  m: EntityManager,
  resourceId: string,
  actorId: string,
  secrets: SecretToWrite[],
  existing: LockedSecret[],
  now: Date,
): Promise<WrittenSecret[]> {
  const held = new Map(existing.map((s) => [s.userId, s]));
  const replaced = secrets.map((s) => held.get(s.userId)).filter((s): s is LockedSecret => !!s);
  for (const ids of chunks(
    replaced.map((s) => s.id),
    1000,
  ))
    await m.query(`DELETE FROM secrets WHERE id IN (${placeholders(ids.length)})`, ids);
  const rows: Secret[] = secrets.map((s) => {
    const old = held.get(s.userId);
    return {
      id: old?.id ?? newId(),
      userId: s.userId,
      resourceId,
      data: s.data,
      created: old ? toDateNotNull(old.created) : now,
      modified: now,
      createdBy: old ? old.createdBy : actorId,
      modifiedBy: actorId,
      deleted: null,
      secretRevisionId: null,
    };
  });
  await insertRows(m, SecretEntity, rows);
  return rows.map((r) => ({ id: r.id, userId: r.userId, op: held.has(r.userId) ? "update" : "create" }));
}

/** Removes the secrets (any state) and favorites of these users on this resource. */
export async function deleteUserData(
  m: EntityManager,
  resourceId: string,
  secretsOf: string[],
  favoritesOf: string[],
): Promise<void> {
  for (const ids of chunks(secretsOf, 1000))
    await m.query(`DELETE FROM secrets WHERE resource_id = ? AND user_id IN (${placeholders(ids.length)})`, [
      resourceId,
      ...ids,
    ]);
  for (const ids of chunks(favoritesOf, 1000))
    await m.query(
      `DELETE FROM favorites WHERE foreign_key = ? AND foreign_model = 'Resource' AND user_id IN (${placeholders(ids.length)})`,
      [resourceId, ...ids],
    );
}

/** The secrets changed: the resource is modified (as Passbolt), by the actor. */
export async function touchResource(m: EntityManager, resourceId: string, actorId: string, now: Date) {
  await m.getRepository(ResourceEntity).update({ id: resourceId }, { modified: now, modifiedBy: actorId });
}

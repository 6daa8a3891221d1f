/**
 * Who reaches what through groups, and keeping secrets in line with it after a group or user
 * change: the secrets (and favorites) of users who lost access are removed, resources nobody can
 * reach any more are soft-deleted, and at the end the invariant "users holding a secret =
 * users with access" is checked against the database for every resource the change touched.
 *
 * "Users with access" and the invariant check are the access module's (src/domain/access/).
 * Lists are chunked for SQLite's bound-variable limit.
 */
import { expireResourcesIfAutomatic } from "../passwordExpiry/passwordExpiry.expire.ts";
import { In, type EntityManager } from "typeorm";
import { FavoriteEntity } from "../../db/entities/Favorite.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { SecretEntity } from "../../db/entities/Secret.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { findAccessPairs, findSecretHolders } from "../access/index.ts";
import { selectForUpdate } from "./groups.locks.ts";

/**
 * The resources these users or groups have a permission row on, read with a lock on the rows
 * (groups.locks.ts). Deleted resources keep no permission rows.
 */
export async function findResourceIdsOfAros(m: EntityManager, aroIds: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const part of chunks([...new Set(aroIds)], 2000)) {
    if (!part.length) continue;
    const rows: { id: string }[] = await selectForUpdate(
      m,
      `SELECT p.aco_foreign_key AS id FROM permissions p
        WHERE p.aro_foreign_key IN (${placeholders(part.length)}) AND p.aco = 'Resource'`,
      part,
    );
    for (const r of rows) out.add(r.id);
  }
  return [...out].sort();
}

/**
 * Removes the secrets and favorites of users who can no longer reach these resources.
 * @returns how many (resource, user) secret pairs were removed
 */
export async function removeLostAccess(m: EntityManager, resourceIds: string[]): Promise<number> {
  if (!resourceIds.length) return 0;
  const access = await findAccessPairs(m, resourceIds);
  const holders = await findSecretHolders(m, resourceIds);
  const lostByUser = new Map<string, string[]>();
  for (const [resourceId, users] of holders)
    for (const userId of users)
      if (!access.get(resourceId)?.has(userId))
        lostByUser.set(userId, [...(lostByUser.get(userId) ?? []), resourceId]);
  let removed = 0;
  // resources whose secrets go because someone lost access: expired when automatic_expiry is on
  await expireResourcesIfAutomatic(m, [...new Set([...lostByUser.values()].flat())]);
  for (const [userId, ids] of lostByUser)
    for (const part of chunks(ids)) {
      await m.getRepository(SecretEntity).delete({ userId, resourceId: In(part) });
      removed += part.length;
    }
  for (const part of chunks(resourceIds)) {
    const favorites = await m
      .getRepository(FavoriteEntity)
      .find({ select: { id: true, userId: true, foreignKey: true }, where: { foreignKey: In(part) } });
    const lost = favorites.filter((f) => !access.get(f.foreignKey)?.has(f.userId)).map((f) => f.id);
    if (lost.length) await m.getRepository(FavoriteEntity).delete({ id: In(lost) });
  }
  return removed;
}

/**
 * Soft-deletes, among these resources, those left without any permission (nobody can reach
 * them): deleted = true, username/uri/description nulled, secrets and favorites removed.
 * @returns the ids soft-deleted
 */
export async function softDeleteOrphanResources(
  m: EntityManager,
  resourceIds: string[],
  actorId: string,
  now: Date,
): Promise<string[]> {
  const orphans: string[] = [];
  for (const part of chunks(resourceIds)) {
    const rows: { id: string }[] = await m.query(
      `SELECT r.id FROM resources r
        WHERE r.id IN (${placeholders(part.length)}) AND r.deleted = 0
          AND NOT EXISTS (SELECT 1 FROM permissions p WHERE p.aco_foreign_key = r.id)`,
      part,
    );
    orphans.push(...rows.map((r) => r.id));
  }
  for (const part of chunks(orphans)) {
    await m
      .getRepository(ResourceEntity)
      .update(
        { id: In(part) },
        { deleted: true, username: null, uri: null, description: null, modified: now, modifiedBy: actorId },
      );
    await m.getRepository(SecretEntity).delete({ resourceId: In(part) });
    await m.getRepository(FavoriteEntity).delete({ foreignKey: In(part), foreignModel: "Resource" });
  }
  return orphans;
}

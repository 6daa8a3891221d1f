/**
 * Who reaches what through groups, and keeping secrets in line with it after a group or user
 * change: the secrets (and favorites) of users who lost access are removed, resources nobody can
 * reach any more are soft-deleted, and at the end the invariant "users holding a secret =
 * users with access" is checked against the database for every resource the change touched.
 *
 * "Users with access" is the definition of permissions.queries.ts (direct `User` rows plus the
 * members of non-deleted groups with a `Group` row; deleted users excluded), over many resources
 * at once. Lists are chunked for SQLite's bound-variable limit.
 */
import { expireResourcesIfAutomatic } from "../passwordExpiry/passwordExpiry.expire.ts";
import { In, type EntityManager } from "typeorm";
import { FavoriteEntity } from "../../db/entities/Favorite.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { SecretEntity } from "../../db/entities/Secret.ts";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { validationFailed } from "../../http/errors.ts";
import { accessibleAcosSql, orderedJoin } from "../permissions/permissions.queries.ts";
import { selectForUpdate } from "./groups.locks.ts";

type Pairs = Map<string, Set<string>>;

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

/** The resources among `resourceIds` that the user cannot reach (directly or through a group). */
export async function findUnreachable(
  m: EntityManager,
  userId: string,
  resourceIds: string[],
): Promise<string[]> {
  const reached = new Set<string>();
  for (const part of chunks(resourceIds, 2000)) {
    const q = accessibleAcosSql(orderedJoin(m), userId, "Resource", part);
    const rows: { resource_id: string }[] = await m.query(q.sql, q.params);
    for (const r of rows) reached.add(r.resource_id);
  }
  return resourceIds.filter((id) => !reached.has(id));
}

function addPair(pairs: Pairs, resourceId: string, userId: string): void {
  let users = pairs.get(resourceId);
  if (!users) pairs.set(resourceId, (users = new Set()));
  users.add(userId);
}

/** resource id → the users with access. */
export async function findAccessPairs(m: EntityManager, resourceIds: string[]): Promise<Pairs> {
  const pairs: Pairs = new Map();
  for (const part of chunks(resourceIds, 2000)) {
    const list = placeholders(part.length);
    const rows: { resource_id: string; user_id: string }[] = await m.query(
      `SELECT p.aco_foreign_key AS resource_id, p.aro_foreign_key AS user_id
         FROM permissions p JOIN users u ON u.id = p.aro_foreign_key AND u.deleted = 0
        WHERE p.aco_foreign_key IN (${list}) AND p.aro = 'User'
       UNION
       SELECT p.aco_foreign_key AS resource_id, gu.user_id
         FROM permissions p
         JOIN \`groups\` g ON g.id = p.aro_foreign_key AND g.deleted = 0
         JOIN groups_users gu ON gu.group_id = g.id
         JOIN users u ON u.id = gu.user_id AND u.deleted = 0
        WHERE p.aco_foreign_key IN (${list}) AND p.aro = 'Group'`,
      [...part, ...part],
    );
    for (const r of rows) addPair(pairs, r.resource_id, r.user_id);
  }
  return pairs;
}

/** resource id → the users holding a current secret. */
export async function findSecretHolders(m: EntityManager, resourceIds: string[]): Promise<Pairs> {
  const pairs: Pairs = new Map();
  for (const part of chunks(resourceIds, 5000)) {
    const rows: { resource_id: string; user_id: string }[] = await m.query(
      `SELECT s.resource_id, s.user_id FROM secrets s
        WHERE s.resource_id IN (${placeholders(part.length)}) AND s.deleted IS NULL`,
      part,
    );
    for (const r of rows) addPair(pairs, r.resource_id, r.user_id);
  }
  return pairs;
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

/**
 * The invariant, read from the database inside the caller's transaction: for each resource the
 * users holding a secret are exactly the users with access.
 * @throws AppError 400 secrets.secrets_provided naming no secret, with the counts in the log
 */
export async function assertAccessInvariant(
  m: EntityManager,
  resourceIds: string[],
  message: string,
): Promise<void> {
  if (!resourceIds.length) return;
  const access = await findAccessPairs(m, resourceIds);
  const holders = await findSecretHolders(m, resourceIds);
  let missing = 0;
  let extra = 0;
  const broken: string[] = [];
  for (const id of resourceIds) {
    const a = access.get(id) ?? new Set<string>();
    const h = holders.get(id) ?? new Set<string>();
    const miss = [...a].filter((u) => !h.has(u)).length;
    const more = [...h].filter((u) => !a.has(u)).length;
    if (miss || more) broken.push(id);
    missing += miss;
    extra += more;
  }
  if (broken.length)
    throw validationFailed(
      message,
      {
        secrets: {
          secrets_provided:
            "The secrets do not match the users with access: redo the dry run and send the secrets again.",
        },
      },
      `invariant broken on ${broken.length} resource(s) (${missing} missing, ${extra} extra secrets): ${broken
        .slice(0, 10)
        .join(",")}`,
    );
}

/**
 * Loads what a page of resources contains: at most one query per contain for the whole page
 * (ids are chunked only past a few thousand, for SQLite's bound-variable limit), never one per row.
 */
import { In, IsNull, type EntityManager } from "typeorm";
import { FavoriteEntity, type Favorite } from "../../db/entities/Favorite.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import type { Permission } from "../../db/entities/Permission.ts";
import { ResourceTypeEntity, type ResourceType } from "../../db/entities/ResourceType.ts";
import { SecretEntity, type Secret } from "../../db/entities/Secret.ts";
import { chunks } from "../../db/rawRows.ts";
import { findPermissionsOf } from "../permissions/permissions.queries.ts";
import type { ResourceContain } from "./resources.schemas.ts";
import type { Resource } from "../../db/entities/Resource.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import type { Tag } from "../../db/entities/Tag.ts";
import { findTagsOfResources } from "../tags/tags.queries.ts";
import { effectiveParents } from "../folders/folders.tree.ts";
import { countUsersWithAccess, findHighestPermissions } from "../access/index.ts";

export interface Contained {
  contains: Set<ResourceContain>;
  /** Distinct users who can reach each resource (personal = 1). */
  userCounts: Map<string, number>;
  /** The parent of each resource in the actor's folder tree (null: root). */
  folderParents: Map<string, string | null>;
  /** creator, modifier and permissions.user (with profile when permissions.user.profile) */
  users: Map<string, UserWithRelations>;
  favorites: Map<string, Favorite>;
  secrets: Map<string, Secret[]>;
  types: Map<string, ResourceType>;
  permission: Map<string, Permission>;
  permissions: Map<string, Permission[]>;
  groups: Map<string, Group>;
  /** contain[tag]: the actor's personal tags and the shared tags, by resource, sorted by slug. */
  tags: Map<string, Tag[]>;
}

async function findIn<T extends object>(
  m: EntityManager,
  entity: Parameters<EntityManager["getRepository"]>[0],
  ids: string[],
  where: (ids: string[]) => object,
): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks([...new Set(ids)])) {
    if (part.length) out.push(...((await m.getRepository(entity).findBy(where(part))) as T[]));
  }
  return out;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/**
 * @param contains the contains asked for; `permissions.user.profile` and `permissions.group`
 *   imply `permissions`
 */
export async function loadContains(
  m: EntityManager,
  actorId: string,
  resources: Resource[],
  contains: Set<ResourceContain>,
): Promise<Contained> {
  const ids = resources.map((r) => r.id);
  const has = (c: ResourceContain) => contains.has(c);
  const out: Contained = {
    contains,
    userCounts: ids.length ? await countUsersWithAccess(m, ids) : new Map(),
    folderParents: ids.length ? await effectiveParents(m, actorId, ids) : new Map(),
    users: new Map(),
    favorites: new Map(),
    secrets: new Map(),
    types: new Map(),
    permission: new Map(),
    permissions: new Map(),
    groups: new Map(),
    tags: new Map(),
  };
  if (!ids.length) return out;

  const userIds: string[] = [];
  if (has("creator")) userIds.push(...resources.map((r) => r.createdBy));
  if (has("modifier")) userIds.push(...resources.map((r) => r.modifiedBy));
  if (has("favorite")) {
    const favorites = await findIn<Favorite>(m, FavoriteEntity, ids, (part) => ({
      userId: actorId,
      foreignKey: In(part),
    }));
    out.favorites = new Map(favorites.map((f) => [f.foreignKey, f]));
  }
  if (has("secret")) {
    const secrets = await findIn<Secret>(m, SecretEntity, ids, (part) => ({
      userId: actorId,
      resourceId: In(part),
      deleted: IsNull(),
    }));
    out.secrets = groupBy(secrets, (s) => s.resourceId);
  }
  if (has("resource-type")) {
    const typeIds = resources.map((r) => r.resourceTypeId).filter((id): id is string => !!id);
    const types = await findIn<ResourceType>(m, ResourceTypeEntity, typeIds, (part) => ({ id: In(part) }));
    out.types = new Map(types.map((t) => [t.id, t]));
  }
  if (has("tag")) out.tags = await findTagsOfResources(m, actorId, ids);
  if (has("permission")) out.permission = await findHighestPermissions(m, actorId, ids);
  if (has("permissions") || has("permissions.user.profile") || has("permissions.group")) {
    const rows = await findPermissionsOf(m, ids);
    out.permissions = groupBy(rows, (p) => p.acoForeignKey);
    if (has("permissions.user.profile"))
      userIds.push(...rows.filter((p) => p.aro === "User").map((p) => p.aroForeignKey));
    if (has("permissions.group")) {
      const groupIds = rows.filter((p) => p.aro === "Group").map((p) => p.aroForeignKey);
      const groups = await findIn<Group>(m, GroupEntity, groupIds, (part) => ({ id: In(part) }));
      out.groups = new Map(groups.map((g) => [g.id, g]));
    }
  }
  // creator, modifier and permission users together: users, then profiles if asked
  if (userIds.length) {
    const users = await findUsersWithRelations(m, userIds, {
      profile: has("permissions.user.profile"),
      gpgkey: false,
      role: false,
      groups_users: false,
    });
    out.users = new Map(users.map((u) => [u.id, u]));
  }
  return out;
}

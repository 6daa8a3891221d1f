import type { Favorite } from "../../db/entities/Favorite.ts";
import type { Group } from "../../db/entities/Group.ts";
import type { Permission } from "../../db/entities/Permission.ts";
import type { Resource } from "../../db/entities/Resource.ts";
import { isoDate, isoDateOrNull } from "../../http/dates.ts";
import { presentResourceType } from "../resourceTypes/resourceTypes.presenter.ts";
import { presentSecret } from "../secrets/secrets.presenter.ts";
import type { Contained } from "./resources.contains.ts";
import { presentUser, type UserWithRelations } from "../users/users.presenter.ts";
import { presentTag } from "../tags/tags.presenter.ts";

export function presentPermission(p: Permission) {
  return {
    id: p.id,
    aco: p.aco,
    aco_foreign_key: p.acoForeignKey,
    aro: p.aro,
    aro_foreign_key: p.aroForeignKey,
    type: p.type,
    created: isoDate(p.created),
    modified: isoDate(p.modified),
  };
}

const presentFavorite = (f: Favorite) => ({
  id: f.id,
  user_id: f.userId,
  foreign_key: f.foreignKey,
  foreign_model: f.foreignModel,
  created: isoDate(f.created),
  modified: isoDateOrNull(f.modified),
});

export const presentGroup = (g: Group) => ({
  id: g.id,
  name: g.name,
  deleted: g.deleted,
  created: isoDate(g.created),
  modified: isoDate(g.modified),
  created_by: g.createdBy,
  modified_by: g.modifiedBy,
});

/**
 * The wire shape of a v4 resource and what it contains. `folder_parent_id` is the parent in
 * the caller's folder tree (null: root); `personal` is true when exactly one user can reach it.
 * @param appUrl base of the default avatar URLs in permissions.user.profile
 */
export function presentResource(r: Resource, c: Contained, appUrl: string) {
  const has = (name: Parameters<Contained["contains"]["has"]>[0]) => c.contains.has(name);
  const out: Record<string, unknown> = {
    id: r.id,
    name: r.name,
    username: r.username,
    uri: r.uri,
    description: r.description,
    deleted: r.deleted,
    created: isoDate(r.created),
    modified: isoDate(r.modified),
    created_by: r.createdBy,
    modified_by: r.modifiedBy,
    resource_type_id: r.resourceTypeId,
    expired: isoDateOrNull(r.expired),
    folder_parent_id: c.folderParents.get(r.id) ?? null,
    personal: (c.userCounts.get(r.id) ?? 0) === 1,
  };
  // creator and modifier come without their profile, as Passbolt contains them
  const bare = (u: UserWithRelations) => presentUser({ ...u, profile: undefined }, appUrl);
  if (has("creator") && c.users.has(r.createdBy)) out.creator = bare(c.users.get(r.createdBy)!);
  if (has("modifier") && c.users.has(r.modifiedBy)) out.modifier = bare(c.users.get(r.modifiedBy)!);
  if (has("favorite")) {
    const f = c.favorites.get(r.id);
    out.favorite = f ? presentFavorite(f) : null;
  }
  if (has("tag")) out.tags = (c.tags.get(r.id) ?? []).map(presentTag);
  if (has("secret")) out.secrets = (c.secrets.get(r.id) ?? []).map(presentSecret);
  if (has("resource-type") && r.resourceTypeId && c.types.has(r.resourceTypeId))
    out.resource_type = presentResourceType(c.types.get(r.resourceTypeId)!);
  if (has("permission") && c.permission.has(r.id))
    out.permission = presentPermission(c.permission.get(r.id)!);
  if (has("permissions") || has("permissions.user.profile") || has("permissions.group")) {
    out.permissions = (c.permissions.get(r.id) ?? []).map((p) => {
      const row: Record<string, unknown> = presentPermission(p);
      const u = p.aro === "User" && has("permissions.user.profile") && c.users.get(p.aroForeignKey);
      if (u) row.user = presentUser(u, appUrl);
      if (p.aro === "Group" && has("permissions.group") && c.groups.has(p.aroForeignKey))
        row.group = presentGroup(c.groups.get(p.aroForeignKey)!);
      return row;
    });
  }
  return out;
}

import { isoDate } from "../../http/dates.ts";
import { presentGroup, presentPermission, presentResource } from "../resources/resources.presenter.ts";
import { presentUser, type UserWithRelations } from "../users/users.presenter.ts";
import type { FolderContained } from "./folders.list.ts";
import type { FolderRow } from "./folders.queries.ts";

/** The folder fields (no contains): also the shape of children_folders. */
function folderFields(f: FolderRow, c: FolderContained) {
  return {
    id: f.id,
    name: f.name,
    created: isoDate(f.created),
    modified: isoDate(f.modified),
    created_by: f.createdBy,
    modified_by: f.modifiedBy,
    folder_parent_id: f.folderParentId,
    personal: (c.userCounts.get(f.id) ?? 0) === 1,
  };
}

/**
 * The wire shape of a folder and what it contains; `folder_parent_id` is the parent in the
 * caller's tree. @param appUrl base of the default avatar URLs
 */
export function presentFolder(f: FolderRow, c: FolderContained, appUrl: string) {
  const has = (name: Parameters<FolderContained["contains"]["has"]>[0]) => c.contains.has(name);
  const out: Record<string, unknown> = folderFields(f, c);
  const user = (id: string, withProfile: boolean) => {
    const u = c.users.get(id);
    if (!u) return undefined;
    const shown: UserWithRelations = withProfile ? u : { ...u, profile: undefined };
    return presentUser(shown, appUrl);
  };
  if (has("creator") || has("creator.profile")) {
    const u = user(f.createdBy, has("creator.profile"));
    if (u) out.creator = u;
  }
  if (has("modifier") || has("modifier.profile")) {
    const u = user(f.modifiedBy, has("modifier.profile"));
    if (u) out.modifier = u;
  }
  if (has("permission") && c.permission.has(f.id))
    out.permission = presentPermission(c.permission.get(f.id)!);
  if (has("permissions") || has("permissions.user.profile") || has("permissions.group"))
    out.permissions = (c.permissions.get(f.id) ?? []).map((p) => {
      const row: Record<string, unknown> = presentPermission(p);
      const u = p.aro === "User" && has("permissions.user.profile") && c.users.get(p.aroForeignKey);
      if (u) row.user = presentUser(u, appUrl);
      if (p.aro === "Group" && has("permissions.group") && c.groups.has(p.aroForeignKey))
        row.group = presentGroup(c.groups.get(p.aroForeignKey)!);
      return row;
    });
  if (has("children_folders"))
    out.children_folders = (c.childFolders.get(f.id) ?? []).map((x) => folderFields(x, c));
  if (has("children_resources"))
    out.children_resources = (c.childResources.get(f.id) ?? []).map((r) =>
      presentResource(r, c.resourcesContained!, appUrl),
    );
  return out;
}

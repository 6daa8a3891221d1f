/** A permission row with the user (and profile) or group it names, when contained. */
import type { Permission } from "../../db/entities/Permission.ts";
import { presentGroup, presentPermission } from "../resources/resources.presenter.ts";
import { presentUser } from "../users/users.presenter.ts";
import type { ResourcePermissions } from "./permissions.service.ts";

export function presentPermissionWith(p: Permission, found: ResourcePermissions, appUrl: string) {
  const row: Record<string, unknown> = presentPermission(p);
  const user = p.aro === "User" ? found.users.get(p.aroForeignKey) : undefined;
  if (user) row.user = presentUser(user, appUrl);
  const group = p.aro === "Group" ? found.groups.get(p.aroForeignKey) : undefined;
  if (group) row.group = presentGroup(group);
  return row;
}

/**
 * The `data` of a permission.change audit entry, for resource and folder shares: counts, and
 * the changed permission rows (ids, aro, type: never secret data) so that the activity of the
 * item can say who got what. A share that changes more than LISTED_CHANGES_MAX rows records
 * counts only, which keeps the entry well under the 64 KiB of a MySQL TEXT column.
 */
import type { PlannedChanges, PermissionRow } from "./share.rules.ts";

export const LISTED_CHANGES_MAX = 300;

const listed = (rows: PermissionRow[]) =>
  rows.map((p) => ({ id: p.id, aro: p.aro, aroForeignKey: p.aroForeignKey, type: p.type }));

export function permissionChangeData(
  plan: Pick<PlannedChanges, "added" | "updated" | "deleted">,
  outcome: { added: string[]; removed: string[] },
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    permissionsAdded: plan.added.length,
    permissionsUpdated: plan.updated.length,
    permissionsDeleted: plan.deleted.length,
    usersGainingAccess: outcome.added.length,
    usersLosingAccess: outcome.removed.length,
  };
  if (plan.added.length + plan.updated.length + plan.deleted.length > LISTED_CHANGES_MAX) return data;
  return { ...data, added: listed(plan.added), updated: listed(plan.updated), deleted: listed(plan.deleted) };
}

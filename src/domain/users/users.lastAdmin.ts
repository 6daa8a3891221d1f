/**
 * A Watchword instance always keeps an administrator who can act: taking the admin role from
 * the last active, enabled, non-deleted admin is refused (Passbolt allows it, and the only way
 * back is the database). Deleting or disabling oneself is refused elsewhere, so demotion is the
 * one way to lose the last admin.
 */
import type { EntityManager } from "typeorm";
import { roleId } from "../../db/ids.ts";
import { toBool, toDate } from "../../db/rawRows.ts";
import { validationFailed } from "../../http/errors.ts";
import { forUpdate } from "../../db/dialect.ts";

export const LAST_ADMIN = "The last administrator cannot lose the administrator role.";

/**
 * @param user the user whose role changes, as read in this transaction
 * @param newRoleId the role asked for
 * @throws AppError 400 role_id.isNotLastAdmin
 */
export async function assertKeepsAnAdmin(
  m: EntityManager,
  user: { id: string; roleId: string },
  newRoleId: string,
  message: string,
): Promise<void> {
  const admin = roleId("admin");
  if (user.roleId !== admin || newRoleId.toLowerCase() === admin) return;
  // locked on MySQL: two admins demoting each other at once cannot both pass
  const lock = forUpdate(m);
  const others: { active: unknown; deleted: unknown; disabled: unknown }[] = await m.query(
    `SELECT active, deleted, disabled FROM users WHERE role_id = ? AND id <> ? ORDER BY id${lock}`,
    [admin, user.id],
  );
  const now = Date.now();
  const usable = others.some((u) => {
    const disabled = toDate(u.disabled);
    return toBool(u.active) && !toBool(u.deleted) && (!disabled || disabled.getTime() > now);
  });
  if (!usable) throw validationFailed(message, { role_id: { isNotLastAdmin: LAST_ADMIN } });
}

/**
 * The wire shape of activity entries, as Passbolt's action log parser builds them: `data` names
 * the item as `resource` or `folder`, with its current name.
 */
import { v5 as uuidv5 } from "uuid";
import { PASSBOLT_NAMESPACE } from "../../http/action.ts";
import { isoDate } from "../../http/dates.ts";
import { presentUser } from "../users/users.presenter.ts";
import { permissionChangesOf, secretChangesOf, type PermissionChange } from "./actionlog.data.ts";
import { ENTRY_TYPES, type ActivityGroup } from "./actionlog.queries.ts";
import type { Activity } from "./actionlog.service.ts";

function presentEntry(g: ActivityGroup, a: Activity, appUrl: string) {
  const first = g.rows[0]!;
  const user = (id: string | null) => (id && a.users.has(id) ? presentUser(a.users.get(id)!, appUrl) : null);
  const key = a.item.kind === "Resource" ? "resource" : "folder";
  const item = { [key]: { id: a.item.id, name: a.item.name } };
  const permission = (p: PermissionChange) => {
    const group = p.aro === "Group" ? a.aroGroups.get(p.aroForeignKey) : undefined;
    return {
      id: p.id,
      aco: a.item.kind,
      aco_foreign_key: a.item.id,
      aro: p.aro,
      aro_foreign_key: p.aroForeignKey,
      type: p.type,
      user: p.aro === "User" ? user(p.aroForeignKey) : null,
      group: group ? { id: group.id, name: group.name } : null,
    };
  };
  let data: Record<string, unknown> = item;
  if (g.action === "permission.change") {
    const c = permissionChangesOf(g.rows);
    data = {
      ...item,
      permissions: {
        added: c.added.map(permission),
        updated: c.updated.map(permission),
        removed: c.removed.map(permission),
      },
    };
  }
  if (g.action === "secret.write")
    data = {
      ...item,
      secrets: secretChangesOf(g.rows).map((s) => ({ user_id: s.userId, user: user(s.userId) })),
    };
  return {
    id: uuidv5(`actionlog.entry.${first.id}`, PASSBOLT_NAMESPACE),
    action_log_id: first.requestId ?? first.id,
    type: ENTRY_TYPES[g.action],
    data,
    creator: user(first.actorId),
    created: isoDate(first.created),
  };
}

/** The page's entries, in the order of the page. */
export const presentActivity = (a: Activity, appUrl: string) =>
  a.groups.map((g) => presentEntry(g, a, appUrl));

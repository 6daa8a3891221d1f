/** The wire shape of a group, its memberships and the update dry run. */
import type { Group } from "../../db/entities/Group.ts";
import type { GroupUser } from "../../db/entities/GroupUser.ts";
import type { Secret } from "../../db/entities/Secret.ts";
import { isoDate } from "../../http/dates.ts";
import { presentUser, type GroupUserJson, type UserJson } from "../users/users.presenter.ts";
import type { GroupContained } from "./groups.queries.ts";

export function presentGroupUser(gu: GroupUser): GroupUserJson {
  return {
    id: gu.id,
    group_id: gu.groupId,
    user_id: gu.userId,
    is_admin: Boolean(gu.isAdmin),
    created: isoDate(gu.created),
  };
}

export interface GroupJson {
  id: string;
  name: string | null;
  deleted: boolean;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
  modifier?: UserJson;
  my_group_user?: GroupUserJson | null;
  users?: UserJson[];
  groups_users?: (GroupUserJson & { user?: UserJson })[];
}

/**
 * @param c what was contained (groups.queries.ts loadGroupContains); none when omitted
 * @param appUrl base of the default avatar URLs in profiles
 */
export function presentGroup(g: Group, c: GroupContained | undefined, appUrl: string): GroupJson {
  const json: GroupJson = {
    id: g.id,
    name: g.name,
    deleted: Boolean(g.deleted),
    created: isoDate(g.created),
    modified: isoDate(g.modified),
    created_by: g.createdBy,
    modified_by: g.modifiedBy,
  };
  if (!c) return json;
  const has = (name: Parameters<GroupContained["contains"]["has"]>[0]) => c.contains.has(name);
  const members = c.members.get(g.id) ?? [];
  const user = (id: string) => {
    const u = c.users.get(id);
    return u ? presentUser(u, appUrl) : undefined;
  };
  if ((has("modifier") || has("modifier.profile")) && c.modifiers.has(g.modifiedBy))
    json.modifier = presentUser(c.modifiers.get(g.modifiedBy)!, appUrl);
  if (has("my_group_user")) {
    const mine = members.find((gu) => gu.userId === c.actorId);
    json.my_group_user = mine ? presentGroupUser(mine) : null;
  }
  if (has("users")) json.users = members.map((gu) => user(gu.userId)).filter((u): u is UserJson => !!u);
  const withUser =
    has("groups_users.user") || has("groups_users.user.profile") || has("groups_users.user.gpgkey");
  if (has("groups_users") || withUser)
    json.groups_users = members.map((gu) => {
      const row: GroupUserJson & { user?: UserJson } = presentGroupUser(gu);
      const u = withUser ? user(gu.userId) : undefined;
      if (u) row.user = u;
      return row;
    });
  return json;
}

/** Passbolt's v1 dry-run body: the secrets to send, and the caller's own copies to re-encrypt. */
export function presentGroupDryRun(needed: { resourceId: string; userId: string }[], mine: Secret[]) {
  return {
    "dry-run": {
      SecretsNeeded: needed.map((n) => ({ Secret: { resource_id: n.resourceId, user_id: n.userId } })),
      Secrets: mine.map((s) => ({
        Secret: [{ id: s.id, resource_id: s.resourceId, user_id: s.userId, data: s.data }],
      })),
    },
  };
}

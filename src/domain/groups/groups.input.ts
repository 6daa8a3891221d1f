/**
 * The typed input of the group routes (groups.schemas.ts validates it first), and the folding of
 * Passbolt's legacy v1 keys (`Group`, `GroupUsers[].GroupUser`, `Secrets[].Secret`) into one shape.
 */
import { validationFailed } from "../../http/errors.ts";
import { INVALID_GROUP } from "./groups.schemas.ts";

export interface NewMemberBody {
  user_id: string;
  is_admin?: boolean;
}

export interface MemberChange {
  id?: string;
  user_id?: string;
  is_admin?: boolean;
  delete?: boolean;
}

export interface GroupSecretBody {
  resource_id: string;
  user_id: string;
  data: string;
}

export interface CreateGroupBody {
  name?: string;
  groups_users?: NewMemberBody[];
  Group?: { name?: string };
  GroupUsers?: { GroupUser: NewMemberBody }[];
}

export interface UpdateGroupBody {
  name?: string;
  groups_users?: MemberChange[];
  secrets?: GroupSecretBody[];
  Group?: { name?: string };
  GroupUsers?: { GroupUser: MemberChange }[];
  Secrets?: { Secret: GroupSecretBody }[];
}

export interface DeleteGroupBody {
  transfer?: { owners?: { id: string; aco_foreign_key: string }[] };
}

export interface CreateGroupInput {
  name: string;
  members: { user_id: string; is_admin: boolean }[];
}

export interface UpdateGroupInput {
  name?: string;
  changes: MemberChange[];
  secrets: GroupSecretBody[];
}

const lower = (id: string | undefined) => id?.toLowerCase();

/**
 * The create body with legacy keys folded in and ids lower-cased.
 * @throws AppError 400 name._required when no name is given
 */
export function readCreateGroup(body: CreateGroupBody): CreateGroupInput {
  const groupName = body.name ?? body.Group?.name;
  if (groupName === undefined)
    throw validationFailed(INVALID_GROUP, { name: { _required: "A name is required." } });
  const rows = body.groups_users ?? body.GroupUsers?.map((r) => r.GroupUser) ?? [];
  return {
    name: groupName,
    members: rows.map((r) => ({ user_id: r.user_id.toLowerCase(), is_admin: r.is_admin === true })),
  };
}

/** The update body with legacy keys folded in and ids lower-cased. */
export function readUpdateGroup(body: UpdateGroupBody): UpdateGroupInput {
  const changes = body.groups_users ?? body.GroupUsers?.map((r) => r.GroupUser) ?? [];
  const secrets = body.secrets ?? body.Secrets?.map((r) => r.Secret) ?? [];
  return {
    name: body.name ?? body.Group?.name,
    changes: changes.map((c) => ({ ...c, id: lower(c.id), user_id: lower(c.user_id) })),
    secrets: secrets.map((s) => ({
      ...s,
      resource_id: s.resource_id.toLowerCase(),
      user_id: s.user_id.toLowerCase(),
    })),
  };
}

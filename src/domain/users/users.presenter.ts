/**
 * The wire shape of a user. Other domains (share, groups, resources contain[creator]) load
 * users with `loadUserRelations()` (users.queries.ts) and present them with `presentUser()`.
 */
import type { User } from "../../db/entities/User.ts";
import type { Profile } from "../../db/entities/Profile.ts";
import type { Gpgkey } from "../../db/entities/Gpgkey.ts";
import type { Role } from "../../db/entities/Role.ts";
import { isoDate, isoDateOrNull } from "../../http/dates.ts";
import { presentGpgkey, type GpgkeyJson } from "../gpgkeys/gpgkeys.presenter.ts";
import { presentRole, type RoleJson } from "../roles/roles.presenter.ts";

/** A user and whichever associations were loaded: `undefined` = not contained. */
export interface UserWithRelations extends User {
  profile?: Profile;
  /** null: contained, but the user has no current key (setup not completed). */
  gpgkey?: Gpgkey | null;
  role?: Role;
  /** Group memberships (in non-deleted groups), already in their wire shape. */
  groupsUsers?: GroupUserJson[];
}

export interface GroupUserJson {
  id: string;
  group_id: string;
  user_id: string;
  is_admin: boolean;
  created: string;
}

export interface ProfileJson {
  id: string;
  user_id: string;
  first_name: string;
  last_name: string;
  created: string;
  modified: string;
  avatar: { url: { medium: string; small: string } };
}

export interface UserJson {
  id: string;
  role_id: string;
  username: string;
  active: boolean;
  deleted: boolean;
  disabled: string | null;
  created: string;
  modified: string;
  last_logged_in: string | null;
  profile?: ProfileJson;
  gpgkey?: GpgkeyJson | null;
  role?: RoleJson;
  groups_users?: GroupUserJson[];
}

/**
 * @param appUrl the public base URL (config.appUrl): avatars are not stored, so every profile gets
 *   Passbolt's default images as absolute URLs, as Passbolt 4+ does.
 */
export function presentProfile(p: Profile, appUrl: string): ProfileJson {
  return {
    id: p.id,
    user_id: p.userId,
    first_name: p.firstName,
    last_name: p.lastName,
    created: isoDate(p.created),
    modified: isoDate(p.modified),
    avatar: {
      url: { medium: `${appUrl}/img/avatar/user_medium.png`, small: `${appUrl}/img/avatar/user.png` },
    },
  };
}

/** @param appUrl the public base URL (config.appUrl), for the avatar URLs */
export function presentUser(u: UserWithRelations, appUrl: string): UserJson {
  const json: UserJson = {
    id: u.id,
    role_id: u.roleId,
    username: u.username,
    active: Boolean(u.active),
    deleted: Boolean(u.deleted),
    disabled: isoDateOrNull(u.disabled),
    created: isoDate(u.created),
    modified: isoDate(u.modified),
    last_logged_in: isoDateOrNull(u.lastLoggedIn),
  };
  if (u.profile) json.profile = presentProfile(u.profile, appUrl);
  if (u.gpgkey !== undefined) json.gpgkey = u.gpgkey ? presentGpgkey(u.gpgkey) : null;
  if (u.role) json.role = presentRole(u.role);
  if (u.groupsUsers) json.groups_users = u.groupsUsers;
  return json;
}

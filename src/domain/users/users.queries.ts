/**
 * Reading users: the index finder (filters, sort, page) and the association loader that fetches
 * profiles, keys and roles for a whole page in a fixed number of queries (no N+1).
 */
import { In, type EntityManager } from "typeorm";
import { GroupEntity } from "../../db/entities/Group.ts";
import { GroupUserEntity, type GroupUser } from "../../db/entities/GroupUser.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { ProfileEntity } from "../../db/entities/Profile.ts";
import { RoleEntity } from "../../db/entities/Role.ts";
import { roleId } from "../../db/ids.ts";
import type { PageRequest } from "../../http/pagination.ts";
import { chunks } from "../../db/rawRows.ts";
import { isMysql } from "../../db/dialect.ts";
import { findCurrentKeysByUserIds } from "../gpgkeys/gpgkeys.service.ts";
import type { GroupUserJson, UserWithRelations } from "./users.presenter.ts";
import { isoDate } from "../../http/dates.ts";

export interface UserContain {
  profile: boolean;
  gpgkey: boolean;
  role: boolean;
  groups_users: boolean;
}

export const ALL_CONTAIN: UserContain = { profile: true, gpgkey: true, role: true, groups_users: true };

/** Passbolt's sortable fields (and the singular spellings older clients send) → query columns. */
export const USER_SORTABLE: Record<string, string> = {};
for (const [field, column] of Object.entries({
  "Profiles.first_name": "p.firstName",
  "Profiles.last_name": "p.lastName",
  "Profiles.created": "p.created",
  "Profiles.modified": "p.modified",
  "Users.username": "u.username",
  "Users.created": "u.created",
  "Users.modified": "u.modified",
  "Users.last_logged_in": "u.lastLoggedIn",
})) {
  USER_SORTABLE[field] = column;
  USER_SORTABLE[field.replace(/^Profiles\./, "Profile.").replace(/^Users\./, "User.")] = column;
}
export const USER_DEFAULT_ORDER: PageRequest["order"] = [["u.username", "ASC"]];

export interface UserFilter {
  /** Only this user (view). */
  id?: string;
  /** Case-insensitive substring of username, first name or last name. */
  search?: string;
  /** true: admins only; false: everybody but admins. */
  isAdmin?: boolean;
  /** Only users with this `active` value (admins choose; non-admins always get true). */
  active?: boolean;
  /** Members of every one of these groups. */
  groupIds?: string[];
  /** Users who can reach this resource, directly or through a group. */
  accessTo?: string;
}

/** LIKE pattern for a substring, with `!` as the escape character (same on MySQL and SQLite). */
const containsPattern = (s: string) => `%${s.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** Users matching the filter: never deleted users nor guests. @returns the page and the total count */
export async function findUsersPage(
  m: EntityManager,
  filter: UserFilter,
  page: Pick<PageRequest, "order" | "offset" | "limit">,
): Promise<{ users: User[]; count: number }> {
  const qb = m
    .getRepository(UserEntity)
    .createQueryBuilder("u")
    .leftJoin(ProfileEntity.options.name, "p", "p.userId = u.id")
    .where("u.deleted = :deleted", { deleted: false })
    .andWhere("u.roleId <> :guest", { guest: roleId("guest") });
  if (filter.id !== undefined) qb.andWhere("u.id = :id", { id: filter.id });
  if (filter.active !== undefined) qb.andWhere("u.active = :active", { active: filter.active });
  if (filter.isAdmin !== undefined)
    qb.andWhere(filter.isAdmin ? "u.roleId = :admin" : "u.roleId <> :admin", { admin: roleId("admin") });
  if (filter.search !== undefined)
    qb.andWhere(
      "(LOWER(u.username) LIKE :s ESCAPE '!' OR LOWER(p.firstName) LIKE :s ESCAPE '!' OR LOWER(p.lastName) LIKE :s ESCAPE '!')",
      { s: containsPattern(filter.search) },
    );
  if (filter.groupIds?.length) {
    const groupIds = [...new Set(filter.groupIds)];
    qb.andWhere(
      `u.id IN (SELECT gu.user_id FROM groups_users gu WHERE gu.group_id IN (:...groupIds)
        GROUP BY gu.user_id HAVING COUNT(DISTINCT gu.group_id) = :groupCount)`,
      { groupIds, groupCount: groupIds.length },
    );
  }
  if (filter.accessTo !== undefined)
    qb.andWhere(
      `u.id IN (SELECT p.aro_foreign_key FROM permissions p WHERE p.aco_foreign_key = :accessTo AND p.aro = 'User'
        UNION SELECT gu.user_id FROM permissions p
          JOIN \`groups\` g ON g.id = p.aro_foreign_key AND g.deleted = 0
          JOIN groups_users gu ON gu.group_id = g.id
         WHERE p.aco_foreign_key = :accessTo AND p.aro = 'Group')`,
      { accessTo: filter.accessTo },
    );
  for (const [column, dir] of page.order) qb.addOrderBy(column, dir);
  qb.addOrderBy("u.id", "ASC"); // a stable order, so that pages do not overlap
  if (page.limit) qb.offset(page.offset).limit(page.limit);
  const [users, count] = await qb.getManyAndCount();
  return { users, count };
}

/** The memberships (in non-deleted groups) of each user, oldest first. One query per 5,000 users. */
async function findMembershipsOf(m: EntityManager, userIds: string[]): Promise<Map<string, GroupUserJson[]>> {
  const out = new Map<string, GroupUserJson[]>();
  for (const part of chunks(userIds)) {
    const rows: GroupUser[] = await m
      .getRepository(GroupUserEntity)
      .createQueryBuilder("gu")
      .innerJoin(GroupEntity.options.name, "g", "g.id = gu.groupId AND g.deleted = :deleted", {
        deleted: false,
      })
      .where("gu.userId IN (:...part)", { part })
      .orderBy("gu.created", "ASC")
      .addOrderBy("gu.id", "ASC")
      .getMany();
    for (const gu of rows)
      out.set(gu.userId, [
        ...(out.get(gu.userId) ?? []),
        {
          id: gu.id,
          group_id: gu.groupId,
          user_id: gu.userId,
          is_admin: Boolean(gu.isAdmin),
          created: isoDate(gu.created),
        },
      ]);
  }
  return out;
}

/**
 * Attaches the contained associations to a list of users: one query each for profiles, current
 * keys, roles and group memberships, whatever the number of users. Order is kept.
 */
export async function loadUserRelations(
  m: EntityManager,
  users: User[],
  contain: UserContain = ALL_CONTAIN,
): Promise<UserWithRelations[]> {
  if (!users.length) return [];
  const ids = users.map((u) => u.id);
  const [profiles, keys, roles, memberships] = await Promise.all([
    contain.profile ? m.getRepository(ProfileEntity).findBy({ userId: In(ids) }) : [],
    contain.gpgkey ? findCurrentKeysByUserIds(m, ids) : new Map(),
    contain.role
      ? m.getRepository(RoleEntity).findBy({ id: In([...new Set(users.map((u) => u.roleId))]) })
      : [],
    contain.groups_users ? findMembershipsOf(m, ids) : new Map<string, GroupUserJson[]>(),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const roleOf = new Map(roles.map((r) => [r.id, r]));
  return users.map((u) => {
    const row: UserWithRelations = { ...u };
    if (contain.profile) row.profile = profileOf.get(u.id);
    if (contain.gpgkey) row.gpgkey = keys.get(u.id) ?? null;
    if (contain.role) row.role = roleOf.get(u.roleId);
    if (contain.groups_users) row.groupsUsers = memberships.get(u.id) ?? [];
    return row;
  });
}

/** Users by id (any state), with associations, in the order given; unknown ids are skipped. */
export async function findUsersWithRelations(
  m: EntityManager,
  ids: string[],
  contain: UserContain = ALL_CONTAIN,
): Promise<UserWithRelations[]> {
  if (!ids.length) return [];
  const users = await m.getRepository(UserEntity).findBy({ id: In([...new Set(ids)]) });
  const byId = new Map(users.map((u) => [u.id, u]));
  const ordered = ids.map((id) => byId.get(id)).filter((u): u is User => !!u);
  return loadUserRelations(m, ordered, contain);
}

/**
 * True when a non-deleted user already has this username (case-insensitive, as Passbolt). On
 * MySQL a locking read: `username = ?` (a case-insensitive collation, so every case variant)
 * locks that range of ix_users_username_deleted, so two transactions creating one username
 * cannot both find it free. SQLite runs one transaction at a time.
 */
export async function isUsernameTaken(
  m: EntityManager,
  username: string,
  exceptUserId?: string,
): Promise<boolean> {
  const mysql = isMysql(m);
  const rows: unknown[] = await m.query(
    `SELECT id FROM users WHERE ${mysql ? "username = ? AND " : ""}LOWER(username) = LOWER(?) AND deleted = 0` +
      `${exceptUserId ? " AND id <> ?" : ""}${mysql ? " FOR UPDATE" : ""}`,
    [...(mysql ? [username] : []), username, ...(exceptUserId ? [exceptUserId] : [])],
  );
  return rows.length > 0;
}

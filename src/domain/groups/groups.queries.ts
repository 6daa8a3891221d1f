/**
 * Reading groups: the list finder (filters, order), one group (optionally locked), members,
 * the users being added, and what a page of groups contains: at most one query per contain
 * for the whole list, never one per group.
 */
import { In, type EntityManager } from "typeorm";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import { GroupUserEntity, type GroupUser } from "../../db/entities/GroupUser.ts";
import { UserEntity } from "../../db/entities/User.ts";
import { roleId } from "../../db/ids.ts";
import { chunks } from "../../db/rawRows.ts";
import { isMysql } from "../../db/dialect.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import type { CandidateUser } from "./groups.rules.ts";
import type { GroupContain } from "./groups.schemas.ts";
import { locksRows } from "./groups.locks.ts";

export interface GroupFilter {
  /** Groups that have every one of these users as a member. */
  hasUsers?: string[];
  /** Groups that have every one of these users as a manager. */
  hasManagers?: string[];
}

/** Non-deleted groups matching the filter, by name then id. */
export async function findGroups(
  m: EntityManager,
  filter: GroupFilter,
  dir: "ASC" | "DESC",
): Promise<Group[]> {
  const qb = m
    .getRepository(GroupEntity)
    .createQueryBuilder("g")
    .where("g.deleted = :deleted", { deleted: false });
  const members = (ids: string[], managersOnly: boolean, key: string) =>
    qb.andWhere(
      `g.id IN (SELECT gu.group_id FROM groups_users gu WHERE gu.user_id IN (:...${key})` +
        `${managersOnly ? " AND gu.is_admin = :isAdmin" : ""}` +
        ` GROUP BY gu.group_id HAVING COUNT(DISTINCT gu.user_id) = :${key}Count)`,
      { [key]: ids, [`${key}Count`]: ids.length, isAdmin: true },
    );
  if (filter.hasUsers?.length) members([...new Set(filter.hasUsers)], false, "hasUsers");
  if (filter.hasManagers?.length) members([...new Set(filter.hasManagers)], true, "hasManagers");
  return qb.orderBy("g.name", dir).addOrderBy("g.id", "ASC").getMany();
}

/**
 * One non-deleted group, or null. With `lock` (MySQL/MariaDB), the row is locked for the rest
 * of the transaction: call it first (groups.locks.ts).
 */
export async function findGroup(m: EntityManager, id: string, lock = false): Promise<Group | null> {
  const group = await m.getRepository(GroupEntity).findOne({
    where: { id },
    ...(lock && locksRows(m) ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  return group && !group.deleted ? group : null;
}

/** The members of each group, oldest membership first. One query per 5,000 groups. */
export async function findMembersOf(m: EntityManager, groupIds: string[]): Promise<Map<string, GroupUser[]>> {
  const out = new Map<string, GroupUser[]>(groupIds.map((id) => [id, []]));
  for (const part of chunks([...new Set(groupIds)])) {
    if (!part.length) continue;
    const rows = await m
      .getRepository(GroupUserEntity)
      .find({ where: { groupId: In(part) }, order: { created: "ASC", id: "ASC" } });
    for (const row of rows) out.get(row.groupId)?.push(row);
  }
  return out;
}

export async function findMembers(m: EntityManager, groupId: string): Promise<GroupUser[]> {
  return (await findMembersOf(m, [groupId])).get(groupId) ?? [];
}

/** What the membership rules need to know about the users named by additions (guests do not exist). */
export async function findCandidateUsers(
  m: EntityManager,
  ids: string[],
): Promise<Map<string, CandidateUser>> {
  if (!ids.length) return new Map();
  const users = await m.getRepository(UserEntity).find({
    select: { id: true, active: true, deleted: true, roleId: true },
    where: { id: In([...new Set(ids)]) },
  });
  return new Map(
    users
      .filter((u) => u.roleId !== roleId("guest"))
      .map((u) => [u.id, { id: u.id, active: Boolean(u.active), deleted: Boolean(u.deleted) }]),
  );
}

/** True when another non-deleted group has this name (case-insensitive on both databases). */
export async function isGroupNameTaken(m: EntityManager, name: string, exceptId?: string): Promise<boolean> {
  // A locking read on MySQL: `name = ?` (a case-insensitive collation, so every case variant)
  // locks that range of the (deleted, name) index and its gap, so two transactions creating (or
  // renaming to) one name cannot both find it free; the second waits for the first to commit
  // and then sees its group. SQLite runs one transaction at a time.
  const mysql = isMysql(m);
  const rows: unknown[] = await m.query(
    `SELECT id FROM \`groups\` WHERE deleted = 0 AND ${mysql ? "name = ? AND " : ""}LOWER(name) = LOWER(?)` +
      `${exceptId ? " AND id <> ?" : ""}${mysql ? " FOR UPDATE" : ""}`,
    [...(mysql ? [name] : []), name, ...(exceptId ? [exceptId] : [])],
  );
  return rows.length > 0;
}

/** What a list of groups contains, keyed by group or user id. */
export interface GroupContained {
  contains: Set<GroupContain>;
  /** Memberships, for groups_users, users and my_group_user. */
  members: Map<string, GroupUser[]>;
  /** Modifiers (with profile when modifier.profile). */
  modifiers: Map<string, UserWithRelations>;
  /** Members as users (with profile / gpgkey when asked). */
  users: Map<string, UserWithRelations>;
  actorId: string;
}

/** Loads the contains of a list of groups: memberships once, users once, modifiers once. */
export async function loadGroupContains(
  m: EntityManager,
  actorId: string,
  groups: Group[],
  contains: Set<GroupContain>,
): Promise<GroupContained> {
  const has = (c: GroupContain) => contains.has(c);
  const ids = groups.map((g) => g.id);
  const out: GroupContained = {
    contains,
    members: new Map(),
    modifiers: new Map(),
    users: new Map(),
    actorId,
  };
  if (!ids.length) return out;
  const rowUser =
    has("groups_users.user") || has("groups_users.user.profile") || has("groups_users.user.gpgkey");
  if (has("groups_users") || has("my_group_user") || has("users") || rowUser)
    out.members = await findMembersOf(m, ids);
  if (has("modifier") || has("modifier.profile")) {
    const users = await findUsersWithRelations(
      m,
      groups.map((g) => g.modifiedBy),
      { profile: has("modifier.profile"), gpgkey: false, role: false, groups_users: false },
    );
    out.modifiers = new Map(users.map((u) => [u.id, u]));
  }
  if (has("users") || rowUser) {
    const userIds = [...out.members.values()].flat().map((gu) => gu.userId);
    const users = await findUsersWithRelations(m, userIds, {
      profile: has("groups_users.user.profile"),
      gpgkey: has("groups_users.user.gpgkey"),
      role: false,
      groups_users: false,
    });
    out.users = new Map(users.map((u) => [u.id, u]));
  }
  return out;
}

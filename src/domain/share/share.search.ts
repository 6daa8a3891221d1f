/**
 * GET /share/search-aros.json: whom a resource can be shared with. Active, non-deleted users
 * (never guests) and non-deleted groups, at most 25 of each, matched case-insensitively on the
 * username, first or last name, or group name, then mixed in one list sorted case-insensitively
 * by username or group name (Passbolt's ShareSearchController).
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import type { Group } from "../../db/entities/Group.ts";
import { roleId } from "../../db/ids.ts";
import { toBool, toDateNotNull } from "../../db/rawRows.ts";
import { isTrue } from "../../http/schemas/common.ts";
import { findUsersWithRelations, type UserContain } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import type { SearchArosQuery } from "./share.schemas.ts";

export const SEARCH_AROS_LIMIT = 25;

export type GroupWithCount = Group & { userCount: number };

export type Aro = { kind: "user"; user: UserWithRelations } | { kind: "group"; group: GroupWithCount };

/** LIKE pattern for a substring, with `!` as the escape character (same on MySQL and SQLite). */
const containsPattern = (s: string) => `%${s.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/**
 * Passbolt: with no contain, users come with gpgkey, role and groups_users; once any contain is
 * given, those three are only included when asked. The profile is always included.
 */
export function searchContain(query: SearchArosQuery): UserContain {
  const asked = Object.keys(query).some((k) => k.startsWith("contain["));
  const on = (k: string) => !asked || isTrue(query[`contain[${k}]`]);
  return { profile: true, gpgkey: on("gpgkey"), role: on("role"), groups_users: on("groups_users") };
}

async function findUserIds(m: EntityManager, search: string | undefined): Promise<string[]> {
  const params: unknown[] = [roleId("guest")];
  let match = "";
  if (search !== undefined) {
    match = ` AND (LOWER(u.username) LIKE ? ESCAPE '!' OR LOWER(p.first_name) LIKE ? ESCAPE '!'
                   OR LOWER(p.last_name) LIKE ? ESCAPE '!')`;
    const pattern = containsPattern(search);
    params.push(pattern, pattern, pattern);
  }
  const rows: { id: string }[] = await m.query(
    `SELECT u.id FROM users u LEFT JOIN profiles p ON p.user_id = u.id
      WHERE u.active = 1 AND u.deleted = 0 AND u.role_id <> ?${match}
      ORDER BY LOWER(u.username), u.id LIMIT ${SEARCH_AROS_LIMIT}`,
    params,
  );
  return rows.map((r) => r.id);
}

async function findGroups(m: EntityManager, search: string | undefined): Promise<GroupWithCount[]> {
  const params: unknown[] = [];
  let match = "";
  if (search !== undefined) {
    match = " AND LOWER(g.name) LIKE ? ESCAPE '!'";
    params.push(containsPattern(search));
  }
  const rows: Record<string, unknown>[] = await m.query(
    `SELECT g.id, g.name, g.deleted, g.created, g.modified, g.created_by, g.modified_by,
            (SELECT COUNT(*) FROM groups_users gu JOIN users u ON u.id = gu.user_id AND u.deleted = 0
              WHERE gu.group_id = g.id) AS user_count
       FROM \`groups\` g
      WHERE g.deleted = 0${match}
      ORDER BY LOWER(g.name), g.id LIMIT ${SEARCH_AROS_LIMIT}`,
    params,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: (r.name as string | null) ?? null,
    deleted: toBool(r.deleted),
    created: toDateNotNull(r.created),
    modified: toDateNotNull(r.modified),
    createdBy: String(r.created_by),
    modifiedBy: String(r.modified_by),
    userCount: Number(r.user_count),
  }));
}

const sortKey = (a: Aro) => (a.kind === "user" ? a.user.username : (a.group.name ?? "")).toLowerCase();

/** Users and groups matching `search` (all of them, up to the limits, without it). */
export async function searchAros(db: Db, query: SearchArosQuery): Promise<Aro[]> {
  const search = query["filter[search]"] ?? query["filter[search][]"] ?? query["filter[keywords]"];
  const contain = searchContain(query);
  const { users, groups } = await db.read(async (m) => ({
    users: await findUsersWithRelations(m, await findUserIds(m, search), contain),
    groups: await findGroups(m, search),
  }));
  const aros: Aro[] = [
    ...users.map((user): Aro => ({ kind: "user", user })),
    ...groups.map((group): Aro => ({ kind: "group", group })),
  ];
  return aros.sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

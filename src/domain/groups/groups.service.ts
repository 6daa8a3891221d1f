/**
 * Groups: list, view and create. Membership changes are in groups.update.ts, deletion in
 * groups.delete.ts.
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import { GroupUserEntity, type GroupUser } from "../../db/entities/GroupUser.ts";
import { newId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import type { Actor } from "../../http/auth.ts";
import { addError, notFound, validationFailed } from "../../http/errors.ts";
import { readPageRequest } from "../../http/pagination.ts";
import { isTrue } from "../../http/schemas/common.ts";
import { recordAudits, type AuditEvent } from "../audit/audit.service.ts";
import { lockRows } from "./groups.locks.ts";
import {
  findCandidateUsers,
  findGroup,
  findGroups,
  isGroupNameTaken,
  loadGroupContains,
  type GroupContained,
} from "./groups.queries.ts";
import { planMembershipChanges } from "./groups.rules.ts";
import { GROUP_CONTAINS, INVALID_GROUP, LEGACY_CONTAINS, type GroupContain } from "./groups.schemas.ts";
import type { CreateGroupInput } from "./groups.input.ts";
import { insertRows } from "../../db/insert.ts";
import { mailMembershipChanges } from "../email/email.events.ts";

export const GROUP_NOT_FOUND = "The group does not exist.";

/** contain[x] (and the deprecated singular spellings) → the set of contains asked for. */
export function readGroupContains(query: Record<string, unknown>): Set<GroupContain> {
  const out = new Set<GroupContain>(GROUP_CONTAINS.filter((c) => isTrue(query[`contain[${c}]`])));
  for (const [old, now] of Object.entries(LEGACY_CONTAINS))
    if (isTrue(query[`contain[${old}]`])) out.add(now);
  return out;
}

const ORDER = { "Group.name": "g.name", "Groups.name": "g.name" };

export interface GroupListing {
  groups: Group[];
  contained: GroupContained;
}

/**
 * GET /groups.json: every non-deleted group (not paginated), filtered and ordered.
 * @throws AppError 400 for an order other than Group.name
 */
export async function listGroups(
  db: Db,
  actor: Actor,
  query: Record<string, unknown>,
): Promise<GroupListing> {
  const [[, dir]] = readPageRequest({ "order[]": query["order[]"] }, ORDER, [["g.name", "ASC"]]).order as [
    [string, "ASC" | "DESC"],
  ];
  const lower = (v: unknown) => (v as string[] | undefined)?.map((id) => id.toLowerCase());
  const filter = {
    hasUsers: lower(query["filter[has-users][]"]),
    hasManagers: lower(query["filter[has-managers][]"]),
  };
  return db.read(async (m) => {
    const groups = await findGroups(m, filter, dir);
    return { groups, contained: await loadGroupContains(m, actor.id, groups, readGroupContains(query)) };
  });
}

/** One group with what it contains, inside the caller's unit of work. @throws AppError 404 */
export async function viewGroupIn(
  m: EntityManager,
  actor: Actor,
  id: string,
  contains: Set<GroupContain>,
): Promise<{ group: Group; contained: GroupContained }> {
  const group = await findGroup(m, id);
  if (!group) throw notFound(GROUP_NOT_FOUND);
  return { group, contained: await loadGroupContains(m, actor.id, [group], contains) };
}

/** GET /groups/{id}.json. @throws AppError 404 when it does not exist or is deleted */
export async function viewGroup(db: Db, actor: Actor, id: string, contains: Set<GroupContain>) {
  return db.read((m) => viewGroupIn(m, actor, id, contains));
}

/** The audit entries of added members. */
export const memberAddedEvents = (actor: Actor, groupId: string, rows: GroupUser[], requestId?: string) =>
  rows.map((gu): AuditEvent => ({
    action: "group.member.add",
    actorId: actor.id,
    targetType: "Group",
    targetId: groupId,
    requestId,
    data: { userId: gu.userId, isAdmin: gu.isAdmin },
  }));

/**
 * POST /groups.json (admin): a group with its members, at least one of them a manager. A new
 * group reaches no resource, so no secret is involved. The members (but the actor) are mailed
 * that they were added (with `config`).
 * @throws AppError 400 name.group_unique, groups_users.at_least_one_group_manager,
 *   groups_users.<i>.user_id.<rule>
 */
export async function createGroup(
  db: Db,
  actor: Actor,
  input: CreateGroupInput,
  requestId?: string,
  config?: Config,
): Promise<Group> {
  const changes = input.members.map((x) => ({ user_id: x.user_id, is_admin: x.is_admin }));
  return db.tx(async (m) => {
    // members cannot be deleted while they join (users.deletion.ts locks the user row first)
    await lockRows(
      m,
      "users",
      changes.map((c) => c.user_id),
      "share",
    );
    const users = await findCandidateUsers(
      m,
      changes.map((c) => c.user_id),
    );
    const { plan, errors } = planMembershipChanges([], changes, users);
    if (await isGroupNameTaken(m, input.name))
      addError(errors, ["name"], "group_unique", "The name is already used by another group.");
    if (Object.keys(errors).length) throw validationFailed(INVALID_GROUP, errors);
    const now = nowSeconds();
    const group: Group = {
      id: newId(),
      name: input.name,
      deleted: false,
      created: now,
      modified: now,
      createdBy: actor.id,
      modifiedBy: actor.id,
    };
    await insertRows(m, GroupEntity, group);
    const rows: GroupUser[] = plan.added.map((a) => ({
      id: newId(),
      groupId: group.id,
      userId: a.userId,
      isAdmin: a.isAdmin,
      created: now,
    }));
    await insertRows(m, GroupUserEntity, rows);
    await recordAudits(m, [
      {
        action: "group.create",
        actorId: actor.id,
        targetType: "Group",
        targetId: group.id,
        requestId,
        data: { members: rows.length, managers: rows.filter((r) => r.isAdmin).length },
      },
      ...memberAddedEvents(actor, group.id, rows, requestId),
    ]);
    if (config)
      await mailMembershipChanges(
        m,
        config,
        actor.id,
        group,
        rows.map((r) => ({ userId: r.userId, change: "add", isAdmin: r.isAdmin })),
      );
    return group;
  });
}

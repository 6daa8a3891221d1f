/**
 * PUT /groups/{id}.json and its dry run. Both go through prepareGroupUpdate(): who may do what,
 * the membership plan, and the secrets each added member needs (one per resource the group
 * reaches that they do not reach yet). The update then runs it twice: once outside any
 * transaction to check the secrets (OpenPGP work, outside the SQLite lock), and once in its
 * transaction, under the locks, where it must come to the same answer before anything is written.
 *
 * Decisions (see the report):
 * - a renaming by anybody but an administrator answers 403 (Passbolt silently ignores it); an
 *   unchanged name is accepted from anybody, as the extension always sends it back;
 * - additions by an administrator who is not a manager answer 403 (Passbolt silently skips
 *   them, which leaves the caller believing the member was added).
 */
import { In, IsNull, type EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { GroupEntity, type Group } from "../../db/entities/Group.ts";
import { GroupUserEntity, type GroupUser } from "../../db/entities/GroupUser.ts";
import { SecretEntity, type Secret } from "../../db/entities/Secret.ts";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds } from "../../db/rawRows.ts";
import type { Actor } from "../../http/auth.ts";
import { addError, forbidden, notFound, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { recordAudits, type AuditEvent } from "../audit/audit.service.ts";
import { placeItemsForUsers, type ItemPlacement } from "../folders/folders.tree.ts";
import { recordSecretAccesses } from "../secrets/secrets.service.ts";
import {
  assertKeysStillCurrent,
  assertSecretsEncryptedForUsers,
  findCurrentKeys,
} from "../secrets/secrets.rules.ts";
import { findResourceIdsOfAros, removeLostAccess } from "./groups.access.ts";
import { lockRows, selectForUpdate } from "./groups.locks.ts";
import { findCandidateUsers, findGroup, findMembers, isGroupNameTaken } from "./groups.queries.ts";
import {
  changeKind,
  checkAdditionSecrets,
  planMembershipChanges,
  type Addition,
  type MembershipPlan,
} from "./groups.rules.ts";
import { INVALID_GROUP } from "./groups.schemas.ts";
import type { UpdateGroupInput } from "./groups.input.ts";
import { GROUP_NOT_FOUND, memberAddedEvents } from "./groups.service.ts";
import { insertRows } from "../../db/insert.ts";
import { mailMembershipChanges, type MembershipNotice } from "../email/email.events.ts";
import { assertAccessInvariant, findUnreachable, permissionsOn } from "../access/index.ts";

export const NOT_ALLOWED = "You are not authorized to access that location.";

export interface GroupsDeps {
  db: Db;
  secretMaxBytes: number;
  /** Mails each member whose membership changes (email.events.ts); none when absent. */
  config?: Config;
}

/** Each member added, removed or whose role changed, for their mail. */
function membershipNotices(plan: MembershipPlan): MembershipNotice[] {
  return [
    ...plan.added.map((a) => ({ userId: a.userId, change: "add" as const, isAdmin: a.isAdmin })),
    ...plan.removed.map((r) => ({ userId: r.member.userId, change: "delete" as const, isAdmin: false })),
    ...plan.updated.map((u) => ({ userId: u.member.userId, change: "update" as const, isAdmin: u.isAdmin })),
  ];
}

export interface UpdateContext {
  group: Group;
  rename: boolean;
  plan: MembershipPlan;
  /** Every resource the group reaches. */
  resourceIds: string[];
  /** Per added member, in request order: the resources they need a secret for. */
  additions: Addition[];
}

/**
 * Loads, authorises and plans an update. With `lock`, call it first in a transaction.
 * @throws AppError 404 (no such group), 403 (not manager nor admin; rename by a non-admin;
 *   additions by a non-manager), 400 (membership rules, name)
 */
export async function prepareGroupUpdate(
  m: EntityManager,
  actor: Actor,
  groupId: string,
  input: UpdateGroupInput,
  lock: boolean,
): Promise<UpdateContext> {
  const addedUserIds = input.changes.filter((c) => changeKind(c) === "add").map((c) => c.user_id!);
  if (lock) await lockRows(m, "users", addedUserIds, "share");
  const group = await findGroup(m, groupId, lock);
  if (!group) throw notFound(GROUP_NOT_FOUND);
  const resourceIds = await findResourceIdsOfAros(m, [groupId]);
  if (lock) await lockRows(m, "resources", resourceIds);
  const members = await findMembers(m, groupId);
  const isAdmin = actor.role === "admin";
  const isManager = members.some((gu) => gu.userId === actor.id && gu.isAdmin);
  if (!isManager && !isAdmin) throw forbidden(NOT_ALLOWED, "neither a manager of the group nor an admin");
  const rename = input.name !== undefined && input.name !== group.name;
  if (rename && !isAdmin) throw forbidden("Only an administrator can rename a group.");
  if (addedUserIds.length && !isManager) throw forbidden("Only a group manager can add members to a group.");
  const users = await findCandidateUsers(m, addedUserIds);
  const { plan, errors } = planMembershipChanges(members, input.changes, users);
  if (rename && (await isGroupNameTaken(m, input.name!, groupId)))
    addError(errors, ["name"], "group_unique", "The name is already used by another group.");
  if (Object.keys(errors).length) throw validationFailed(INVALID_GROUP, errors);
  const additions: Addition[] = [];
  for (const a of plan.added)
    additions.push({
      row: a.row,
      userId: a.userId,
      needed: await findUnreachable(m, a.userId, "Resource", resourceIds),
    });
  return { group, rename, plan, resourceIds, additions };
}

/** @throws AppError 400 with the secrets rules when they do not match the additions */
function assertAdditionSecrets(ctx: UpdateContext, input: UpdateGroupInput): void {
  const errors: ErrorTree | null = checkAdditionSecrets(ctx.additions, input.secrets);
  if (errors) throw validationFailed(INVALID_GROUP, errors);
}

/** The membership and name writes, and the new members' secrets. */
async function applyGroupUpdate(
  m: EntityManager,
  actor: Actor,
  ctx: UpdateContext,
  input: UpdateGroupInput,
  now: Date,
): Promise<GroupUser[]> {
  const groupId = ctx.group.id;
  const changed = ctx.rename || ctx.plan.added.length + ctx.plan.updated.length + ctx.plan.removed.length > 0;
  if (changed)
    await m
      .getRepository(GroupEntity)
      .update(
        { id: groupId },
        { ...(ctx.rename ? { name: input.name! } : {}), modified: now, modifiedBy: actor.id },
      );
  const removed = ctx.plan.removed.map((r) => r.member.id);
  if (removed.length) await m.getRepository(GroupUserEntity).delete({ id: In(removed) });
  for (const u of ctx.plan.updated)
    await m.getRepository(GroupUserEntity).update({ id: u.member.id }, { isAdmin: u.isAdmin });
  const added: GroupUser[] = ctx.plan.added.map((a) => ({
    id: newId(),
    groupId,
    userId: a.userId,
    isAdmin: a.isAdmin,
    created: now,
  }));
  if (added.length) await insertRows(m, GroupUserEntity, added);
  const secrets: Secret[] = input.secrets.map((s) => ({
    id: newId(),
    userId: s.user_id,
    resourceId: s.resource_id,
    data: s.data,
    created: now,
    modified: now,
    createdBy: actor.id,
    modifiedBy: actor.id,
    deleted: null,
    secretRevisionId: null,
  }));
  for (const part of chunks(secrets, 200)) await insertRows(m, SecretEntity, part);
  return added;
}

/**
 * Per added member, the group's folders they do not reach yet. Call it before the memberships
 * are inserted, in the update's transaction (one query per added member).
 */
async function findNewlyReachedFolders(m: EntityManager, ctx: UpdateContext): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ctx.additions.length) return out;
  // locked (MySQL): a concurrent folder share waits, and does not place the same folder twice
  const rows = await selectForUpdate<{ id: string }>(
    m,
    "SELECT aco_foreign_key AS id FROM permissions WHERE aro_foreign_key = ? AND aco = 'Folder'",
    [ctx.group.id],
  );
  const folderIds = [...new Set(rows.map((r) => r.id))];
  for (const a of ctx.additions) {
    const reached = folderIds.length ? await permissionsOn(m, a.userId, "Folder", folderIds) : new Map();
    out.set(
      a.userId,
      folderIds.filter((id) => !reached.has(id)),
    );
  }
  return out;
}

/** Places what each added member newly reaches (folders, resources) in their tree. */
async function placeForAddedMembers(
  m: EntityManager,
  ctx: UpdateContext,
  newFolders: Map<string, string[]>,
  operatorId: string,
  now: Date,
): Promise<void> {
  const items: ItemPlacement[] = [];
  for (const a of ctx.additions) {
    for (const itemId of newFolders.get(a.userId) ?? [])
      items.push({ model: "Folder", itemId, userIds: [a.userId] });
    for (const itemId of a.needed) items.push({ model: "Resource", itemId, userIds: [a.userId] });
  }
  await placeItemsForUsers(m, items, operatorId, now);
}

function auditEvents(actor: Actor, ctx: UpdateContext, added: GroupUser[], lost: number, requestId?: string) {
  const base = { actorId: actor.id, targetType: "Group" as const, targetId: ctx.group.id, requestId };
  const events: AuditEvent[] = [];
  if (ctx.rename) events.push({ ...base, action: "group.update", data: { renamed: true } });
  events.push(...memberAddedEvents(actor, ctx.group.id, added, requestId));
  for (const a of ctx.additions)
    if (a.needed.length)
      events.push({ ...base, action: "secret.write", data: { userId: a.userId, secrets: a.needed.length } });
  for (const u of ctx.plan.updated)
    events.push({
      ...base,
      action: "group.member.update",
      data: { userId: u.member.userId, isAdmin: u.isAdmin },
    });
  for (const r of ctx.plan.removed)
    events.push({ ...base, action: "group.member.remove", data: { userId: r.member.userId } });
  if (lost) events.push({ ...base, action: "group.member.remove", data: { secretsRemoved: lost } });
  return events;
}

/**
 * PUT /groups/{id}.json: rename, add members with their secrets, promote, demote, remove, in one
 * transaction. Removed members lose the secrets and favorites of what they no longer reach. Each
 * member added, removed or promoted/demoted (but the actor) is mailed, in the same transaction.
 * @throws AppError 404, 403, 400 (membership rules; secrets.all_missing, all_missing_only,
 *   user_id.same_user, resource_id.only_missing; secrets.<j>.data.<message rule>;
 *   secrets.secrets_provided when the invariant check fails)
 */
export async function updateGroup(
  deps: GroupsDeps,
  actor: Actor,
  groupId: string,
  input: UpdateGroupInput,
  requestId?: string,
): Promise<void> {
  const { db } = deps;
  const pre = await db.read((m) => prepareGroupUpdate(m, actor, groupId, input, false));
  assertAdditionSecrets(pre, input);
  const keys = await db.read((m) =>
    findCurrentKeys(
      m,
      pre.additions.map((a) => a.userId),
    ),
  );
  const toCheck = input.secrets.map((s) => ({ userId: s.user_id, data: s.data }));
  const keysUsed = await assertSecretsEncryptedForUsers(keys, toCheck, deps.secretMaxBytes, INVALID_GROUP);
  await db.tx(async (m) => {
    const ctx = await prepareGroupUpdate(m, actor, groupId, input, !db.isSqlite);
    assertAdditionSecrets(ctx, input); // the state may have moved since the checks
    await assertKeysStillCurrent(
      m,
      keysUsed,
      toCheck.map((s) => s.userId),
      INVALID_GROUP,
    );
    const now = nowSeconds();
    const newFolders = await findNewlyReachedFolders(m, ctx);
    const added = await applyGroupUpdate(m, actor, ctx, input, now);
    await placeForAddedMembers(m, ctx, newFolders, actor.id, now);
    const lost = await removeLostAccess(m, ctx.resourceIds);
    await assertAccessInvariant(m, ctx.resourceIds, INVALID_GROUP);
    await recordAudits(m, auditEvents(actor, ctx, added, lost, requestId));
    if (deps.config)
      await mailMembershipChanges(
        m,
        deps.config,
        actor.id,
        { id: groupId, name: ctx.rename ? input.name! : ctx.group.name },
        membershipNotices(ctx.plan),
      );
  });
}

export interface DryRunResult {
  needed: { resourceId: string; userId: string }[];
  /** The caller's own secrets of the needed resources. */
  mine: Secret[];
}

/**
 * PUT /groups/{id}/dry-run.json: the same preparation (only groups_users counts), nothing
 * written but the log of the caller's secrets read.
 * @throws AppError 404, 403, 400 as updateGroup before any secret is looked at
 */
export async function dryRunGroupUpdate(
  db: Db,
  actor: Actor,
  groupId: string,
  input: UpdateGroupInput,
): Promise<DryRunResult> {
  return db.read(async (m) => {
    const ctx = await prepareGroupUpdate(
      m,
      actor,
      groupId,
      { ...input, name: undefined, secrets: [] },
      false,
    );
    const needed = ctx.additions.flatMap((a) =>
      a.needed.map((resourceId) => ({ resourceId, userId: a.userId })),
    );
    const resourceIds = [...new Set(needed.map((n) => n.resourceId))];
    const mine: Secret[] = [];
    for (const part of chunks(resourceIds))
      mine.push(
        ...(await m.getRepository(SecretEntity).find({
          where: { userId: actor.id, resourceId: In(part), deleted: IsNull() },
          order: { resourceId: "ASC" },
        })),
      );
    if (mine.length) await recordSecretAccesses(m, actor.id, mine);
    return { needed, mine };
  });
}

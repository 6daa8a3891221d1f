/**
 * The reads behind a user deletion: the locks (in the order of groups/groups.locks.ts), what the
 * deletion touches and what blocks it, and the manager transfers that unblock it.
 */
import { In, type EntityManager } from "typeorm";
import { GroupUserEntity } from "../../db/entities/GroupUser.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { addError, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { findResourceIdsOfAros } from "../groups/groups.access.ts";
import { lockRows, locksRows, selectForUpdate } from "../groups/groups.locks.ts";
import {
  findOwnershipConflicts,
  TRANSFER_REFUSED,
  type OwnershipConflicts,
} from "../groups/groups.ownership.ts";
import { findMembersOf } from "../groups/groups.queries.ts";

/**
 * Locks, in order, the user row, their memberships, their groups, the permission rows of both,
 * their secrets, and every resource they touch; all before the transaction's first plain read.
 * @returns the user (null when unknown) and the resources they touch: reached directly or
 *   through a group, or holding a secret of
 */
export async function lockDeletion(
  m: EntityManager,
  userId: string,
  lock: boolean,
): Promise<{ user: User | null; touched: string[] }> {
  const user = await m.getRepository(UserEntity).findOne({
    where: { id: userId },
    ...(lock && locksRows(m) ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  if (!user) return { user, touched: [] };
  const memberships: { group_id: string }[] = await selectForUpdate(
    m,
    "SELECT group_id FROM groups_users WHERE user_id = ?",
    [userId],
  );
  const groupIds = memberships.map((r) => r.group_id);
  if (lock) await lockRows(m, "groups", groupIds);
  const reached = await findResourceIdsOfAros(m, [userId, ...groupIds]);
  const held: { resource_id: string }[] = await selectForUpdate(
    m,
    "SELECT resource_id FROM secrets WHERE user_id = ?",
    [userId],
  );
  const touched = [...new Set([...reached, ...held.map((r) => r.resource_id)])].sort();
  if (lock) await lockRows(m, "resources", touched);
  return { user, touched };
}

export interface DeletionAnalysis {
  /** Non-deleted groups where the user is the only member: deleted with them. */
  groupsToDelete: string[];
  /** Groups where the user is the only manager and others are members: blocking. */
  soleManagerOf: string[];
  /** Resources blocking (sole owner) and orphaned, counting the groups deleted with the user. */
  conflicts: OwnershipConflicts;
}

export async function analyseDeletion(m: EntityManager, userId: string): Promise<DeletionAnalysis> {
  const memberships = await m
    .getRepository(GroupUserEntity)
    .createQueryBuilder("gu")
    .innerJoin("Group", "g", "g.id = gu.groupId AND g.deleted = :deleted", { deleted: false })
    .where("gu.userId = :userId", { userId })
    .getMany();
  const members = await findMembersOf(
    m,
    memberships.map((gu) => gu.groupId),
  );
  const groupsToDelete: string[] = [];
  const soleManagerOf: string[] = [];
  for (const own of memberships) {
    const all = members.get(own.groupId) ?? [];
    if (all.length === 1) groupsToDelete.push(own.groupId);
    else if (own.isAdmin && all.filter((gu) => gu.isAdmin).length === 1) soleManagerOf.push(own.groupId);
  }
  groupsToDelete.sort();
  soleManagerOf.sort();
  const conflicts = await findOwnershipConflicts(m, [userId, ...groupsToDelete]);
  return { groupsToDelete, soleManagerOf, conflicts };
}

/**
 * Promotes the named memberships to manager. Each must exist in the group it names, belong to
 * somebody else than the user being deleted, and that group must be blocking.
 * @returns how many were promoted
 * @throws AppError 400 "The transfer is not authorized." with transfer.managers.<i>.<field>.<rule>
 */
export async function applyManagerTransfers(
  m: EntityManager,
  userId: string,
  managers: { id: string; group_id: string }[],
  blocking: Set<string>,
): Promise<number> {
  if (!managers.length) return 0;
  const ids = managers.map((x) => x.id.toLowerCase());
  const rows = await m.getRepository(GroupUserEntity).findBy({ id: In(ids) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: ErrorTree = {};
  managers.forEach((x, i) => {
    const row = byId.get(x.id.toLowerCase());
    const groupId = x.group_id.toLowerCase();
    const at = ["transfer", "managers", i];
    if (!row || row.groupId !== groupId || row.userId === userId)
      addError(errors, [...at, "id"], "exists", "The membership does not exist in this group.");
    else if (!blocking.has(groupId))
      addError(errors, [...at, "group_id"], "is_sole_manager", "Nothing needs transferring in this group.");
  });
  if (Object.keys(errors).length) throw validationFailed(TRANSFER_REFUSED, errors);
  await m.getRepository(GroupUserEntity).update({ id: In(ids) }, { isAdmin: true });
  return ids.length;
}

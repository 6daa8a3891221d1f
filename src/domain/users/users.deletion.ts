/**
 * DELETE /users/{id}.json and its dry run: the same transaction, the dry run rolled back at the
 * end. Refused while the user is the sole owner of resources somebody else can reach, or the
 * sole manager of a group with other members, unless `transfer` promotes somebody first.
 *
 * The soft delete (Passbolt's UsersTable::softDelete): groups where the user is the only member
 * are deleted with them; their memberships, permissions, secrets and favorites go; resources
 * only they could reach are soft-deleted; their keys are marked deleted, their sessions end and
 * their tokens stop working; the user is marked deleted. At the end the invariant (secret holders
 * = users with access) is checked for every resource they touched. Locks: groups.locks.ts.
 */
import { expireResourcesIfAutomatic } from "../passwordExpiry/passwordExpiry.expire.ts";
import { In, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { MfaAccountEntity } from "../../db/entities/MfaAccount.ts";
import { FavoriteEntity } from "../../db/entities/Favorite.ts";
import { GroupEntity } from "../../db/entities/Group.ts";
import { GroupUserEntity } from "../../db/entities/GroupUser.ts";
import { PermissionEntity } from "../../db/entities/Permission.ts";
import { SecretEntity } from "../../db/entities/Secret.ts";
import { SessionEntity } from "../../db/entities/Session.ts";
import { UserEntity } from "../../db/entities/User.ts";
import { roleId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import type { Actor } from "../../http/auth.ts";
import { badRequest, notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { deleteUserKeys } from "../gpgkeys/gpgkeys.service.ts";
import { removeLostAccess, softDeleteOrphanResources } from "../groups/groups.access.ts";
import { DryRunRollback, softDeleteGroup } from "../groups/groups.delete.ts";
import { applyOwnerTransfers, presentBlockedResources } from "../groups/groups.ownership.ts";
import { presentGroup } from "../groups/groups.presenter.ts";
import { loadGroupContains } from "../groups/groups.queries.ts";
import {
  analyseDeletion,
  applyManagerTransfers,
  lockDeletion,
  type DeletionAnalysis,
} from "./users.deletion.rules.ts";
import type { DeleteUserInput } from "./users.schemas.ts";
import { assertAccessInvariant } from "../access/index.ts";

/**
 * Passbolt's 400 body when a user cannot be deleted: the content only they own or manage, each
 * item presented with what a client needs to pick a new owner or manager, and the groups that
 * will be deleted with them.
 */
export interface DeletionBlockers {
  errors: {
    resources: { sole_owner: unknown[] };
    groups: { sole_manager: unknown[] };
    folders: { sole_owner: unknown[] };
  };
  groups_to_delete: unknown[];
}

export const USER_DELETE_REFUSED =
  "The user cannot be deleted. They are the sole owner of shared resources or the sole manager of groups: " +
  "transfer them first.";

/** @returns the 400 body, or null when nothing blocks the deletion */
async function presentBlockers(
  m: EntityManager,
  actorId: string,
  a: DeletionAnalysis,
  appUrl: string,
): Promise<DeletionBlockers | null> {
  if (!a.conflicts.soleOwner.length && !a.soleManagerOf.length) return null;
  const groups = await m
    .getRepository(GroupEntity)
    .findBy({ id: In([...a.soleManagerOf, ...a.groupsToDelete]) });
  const byId = new Map(groups.map((g) => [g.id, g]));
  const managed = a.soleManagerOf.map((id) => byId.get(id)!).filter(Boolean);
  const contained = await loadGroupContains(
    m,
    actorId,
    managed,
    new Set(["groups_users", "groups_users.user.profile"]),
  );
  return {
    errors: {
      resources: { sole_owner: await presentBlockedResources(m, actorId, a.conflicts.soleOwner, appUrl) },
      groups: { sole_manager: managed.map((g) => presentGroup(g, contained, appUrl)) },
      folders: { sole_owner: [] },
    },
    groups_to_delete: a.groupsToDelete
      .map((id) => byId.get(id))
      .filter((g) => !!g)
      .map((g) => presentGroup(g!, undefined, appUrl)),
  };
}

/** The writes of a deletion, inside the caller's transaction. */
async function softDeleteUser(
  m: EntityManager,
  id: string,
  actorId: string,
  a: DeletionAnalysis,
  touched: string[],
  now: Date,
): Promise<{ groupsDeleted: number; resourcesDeleted: number }> {
  let resourcesDeleted = 0;
  for (const groupId of a.groupsToDelete)
    resourcesDeleted += (await softDeleteGroup(m, groupId, actorId, now)).orphans.length;
  await m.getRepository(GroupUserEntity).delete({ userId: id });
  await m.getRepository(PermissionEntity).delete({ aro: "User", aroForeignKey: id });
  resourcesDeleted += (await softDeleteOrphanResources(m, touched, actorId, now)).length;
  const held = await m
    .getRepository(SecretEntity)
    .find({ select: { resourceId: true }, where: { userId: id } });
  await expireResourcesIfAutomatic(
    m,
    held.map((s) => s.resourceId),
  );
  await m.getRepository(SecretEntity).delete({ userId: id });
  await m.getRepository(FavoriteEntity).delete({ userId: id });
  await removeLostAccess(m, touched);
  await m.getRepository(UserEntity).update({ id }, { deleted: true, modified: now });
  await deleteUserKeys(m, id, now);
  // a deleted user's TOTP secret is kept by no one (the tokens are deactivated below)
  await m.getRepository(MfaAccountEntity).delete({ userId: id });
  // Same effect as destroyUserSessions(), but inside this transaction (that one runs on its own).
  await m.getRepository(SessionEntity).delete({ userId: id });
  await m
    .getRepository(AuthenticationTokenEntity)
    .update({ userId: id, active: true }, { active: false, modified: now });
  return { groupsDeleted: a.groupsToDelete.length, resourcesDeleted };
}

export interface DeleteUserOptions {
  appUrl: string;
  requestId?: string;
}

/**
 * @param dryRun run every step, then roll back
 * @throws AppError 400 (self; a transfer that does not match; blockers, with DeletionBlockers as
 *   body), 404 (no such user or already deleted)
 */
export async function deleteUser(
  db: Db,
  actor: Actor,
  id: string,
  input: DeleteUserInput,
  dryRun: boolean,
  opts: DeleteUserOptions = { appUrl: "" },
): Promise<void> {
  if (id === actor.id) throw badRequest("You are not allowed to delete yourself.");
  try {
    await db.tx(async (m) => {
      const { user, touched } = await lockDeletion(m, id, !db.isSqlite);
      if (!user || user.deleted || user.roleId === roleId("guest"))
        throw notFound("The user does not exist or has been already deleted.");
      const now = nowSeconds();
      let a = await analyseDeletion(m, id);
      const { owners = [], managers = [] } = input.transfer ?? {};
      const leaving = new Set([id, ...a.groupsToDelete]);
      const ownersMoved = await applyOwnerTransfers(m, owners, new Set(a.conflicts.soleOwner), leaving, now);
      const managersMoved = await applyManagerTransfers(m, id, managers, new Set(a.soleManagerOf));
      if (ownersMoved || managersMoved) a = await analyseDeletion(m, id);
      const blockers = await presentBlockers(m, actor.id, a, opts.appUrl);
      if (blockers) throw badRequest(USER_DELETE_REFUSED, blockers);
      const stats = await softDeleteUser(m, id, actor.id, a, touched, now);
      await assertAccessInvariant(m, touched, "The user could not be deleted.");
      await recordAudit(m, {
        action: "user.delete",
        actorId: actor.id,
        targetType: "User",
        targetId: id,
        requestId: opts.requestId,
        data: {
          ...stats,
          resourcesTouched: touched.length,
          ownersTransferred: ownersMoved,
          managersTransferred: managersMoved,
        },
      });
      if (dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
}

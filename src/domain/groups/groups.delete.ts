/**
 * DELETE /groups/{id}.json and its dry run: the same transaction, the dry run rolled back at the
 * end. Refused while the group holds the only owner permission of a resource somebody else can
 * reach, unless `transfer.owners` promotes another permission first. The soft delete removes the
 * group's permissions and memberships, the secrets (and favorites) of members who lose access,
 * soft-deletes the resources only the group reached, and marks the group deleted.
 */
import type { EntityManager } from "typeorm";
import { GroupEntity } from "../../db/entities/Group.ts";
import { GroupUserEntity } from "../../db/entities/GroupUser.ts";
import { PermissionEntity } from "../../db/entities/Permission.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import type { Actor } from "../../http/auth.ts";
import { badRequest, forbidden, notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { mailGroupDeleted } from "../email/email.events.ts";
import { findResourceIdsOfAros, removeLostAccess, softDeleteOrphanResources } from "./groups.access.ts";
import { lockRows } from "./groups.locks.ts";
import { applyOwnerTransfers, findOwnershipConflicts, presentBlockedResources } from "./groups.ownership.ts";
import { findGroup, findMembers } from "./groups.queries.ts";
import type { DeleteGroupBody } from "./groups.input.ts";
import { GROUP_NOT_FOUND } from "./groups.service.ts";
import { NOT_ALLOWED } from "./groups.update.ts";
import { assertAccessInvariant } from "../access/index.ts";

export const GROUP_DELETE_REFUSED =
  "The group cannot be deleted. It is the sole owner of resources other users can reach: transfer their ownership first.";

/** Thrown to roll a dry run back after its last step. */
export class DryRunRollback extends Error {}

export interface GroupSoftDeletion {
  resourceIds: string[];
  orphans: string[];
  secretsRemoved: number;
  members: number;
}

/**
 * The writes of a group deletion, inside the caller's transaction (also used when a deleted
 * user was a group's only member). The caller has checked the ownership rule.
 */
export async function softDeleteGroup(
  m: EntityManager,
  groupId: string,
  actorId: string,
  now: Date,
): Promise<GroupSoftDeletion> {
  const resourceIds = await findResourceIdsOfAros(m, [groupId]);
  const members = (await findMembers(m, groupId)).length;
  await m.getRepository(PermissionEntity).delete({ aro: "Group", aroForeignKey: groupId });
  await m.getRepository(GroupUserEntity).delete({ groupId });
  await m
    .getRepository(GroupEntity)
    .update({ id: groupId }, { deleted: true, modified: now, modifiedBy: actorId });
  const orphans = await softDeleteOrphanResources(m, resourceIds, actorId, now);
  const secretsRemoved = await removeLostAccess(m, resourceIds);
  return { resourceIds, orphans, secretsRemoved, members };
}

export interface DeleteGroupOptions {
  dryRun: boolean;
  appUrl: string;
  requestId?: string;
  /** Mails the members (but the actor) of a deleted group; none when absent or in a dry run. */
  config?: Config;
}

/**
 * @throws AppError 404 (no such group, or deleted), 403 (neither a manager nor an admin),
 *   400 (sole owner: `{errors: {resources: {sole_owner}, folders: {sole_owner}}}`; a transfer
 *   that does not match)
 */
export async function deleteGroup(
  db: Db,
  actor: Actor,
  groupId: string,
  body: DeleteGroupBody,
  opts: DeleteGroupOptions,
): Promise<void> {
  try {
    await db.tx(async (m) => {
      const group = await findGroup(m, groupId, !db.isSqlite);
      if (!group) throw notFound(GROUP_NOT_FOUND);
      await lockRows(m, "resources", await findResourceIdsOfAros(m, [groupId]));
      const members = await findMembers(m, groupId);
      const isManager = members.some((gu) => gu.userId === actor.id && gu.isAdmin);
      if (!isManager && actor.role !== "admin")
        throw forbidden(NOT_ALLOWED, "neither a manager nor an admin");
      const now = nowSeconds();
      const leaving = new Set([groupId]);
      let conflicts = await findOwnershipConflicts(m, [groupId]);
      const owners = body.transfer?.owners ?? [];
      const transferred = await applyOwnerTransfers(m, owners, new Set(conflicts.soleOwner), leaving, now);
      if (transferred) conflicts = await findOwnershipConflicts(m, [groupId]);
      if (conflicts.soleOwner.length)
        throw badRequest(GROUP_DELETE_REFUSED, {
          errors: {
            resources: {
              sole_owner: await presentBlockedResources(m, actor.id, conflicts.soleOwner, opts.appUrl),
            },
            folders: { sole_owner: [] },
          },
        });
      const done = await softDeleteGroup(m, groupId, actor.id, now);
      await assertAccessInvariant(m, done.resourceIds, "The group could not be deleted.");
      await recordAudit(m, {
        action: "group.delete",
        actorId: actor.id,
        targetType: "Group",
        targetId: groupId,
        requestId: opts.requestId,
        data: {
          members: done.members,
          resources: done.resourceIds.length,
          resourcesDeleted: done.orphans.length,
          secretsRemoved: done.secretsRemoved,
          ownersTransferred: transferred,
        },
      });
      if (opts.dryRun) throw new DryRunRollback();
      if (opts.config)
        await mailGroupDeleted(
          m,
          opts.config,
          actor.id,
          group,
          members.map((gu) => gu.userId),
        );
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
}

/**
 * DELETE /users/{id}.json and its dry run: the same code, the dry run rolled back at the end.
 * A soft delete: the user and their keys are marked deleted, their sessions end and their
 * authentication tokens (setup links, refresh tokens) stop working, all in one transaction.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { SessionEntity } from "../../db/entities/Session.ts";
import { UserEntity } from "../../db/entities/User.ts";
import { roleId } from "../../db/ids.ts";
import type { Actor } from "../../http/auth.ts";
import { badRequest, notFound } from "../../http/errors.ts";
import { deleteUserKeys } from "../gpgkeys/gpgkeys.service.ts";
import type { DeleteUserInput } from "./users.schemas.ts";

/**
 * Passbolt's 400 body when a user cannot be deleted: the content only they own or manage.
 * Each list holds the presented resources, groups or folders.
 */
export interface DeletionBlockers {
  errors: {
    resources?: { sole_owner: unknown[] };
    groups?: { sole_manager: unknown[] };
    folders?: { sole_owner: unknown[] };
  };
  groups_to_delete?: unknown[];
}

/**
 * What stops the deletion of a user: shared resources and folders they are the sole owner of,
 * non-empty groups they are the sole manager of (Passbolt's IsNotSoleOwnerOfSharedResourcesRule
 * and IsNotSoleManagerOfNonEmptyGroupRule).
 * @returns the 400 body parts, or null when nothing blocks
 */
export async function findDeletionBlockers(
  _m: EntityManager,
  _userId: string,
): Promise<DeletionBlockers | null> {
  // TODO(permissions, groups, folders): the tables these rules read do not exist yet.
  return null;
}

/**
 * Applies `transfer.owners` / `transfer.managers` (promote another owner or manager) before the
 * blockers are checked. With no blockers possible yet, any transfer is one Passbolt refuses.
 * @throws AppError 400 when the transfer does not match what blocks the deletion
 */
async function applyTransfers(_m: EntityManager, _userId: string, input: DeleteUserInput): Promise<void> {
  const { owners = [], managers = [] } = input.transfer ?? {};
  if (owners.length || managers.length) throw badRequest("The transfer is not authorized.");
}

/** Thrown to roll the dry run back after the last step. */
class DryRunRollback extends Error {}

/**
 * @param dryRun run every step, then roll back
 * @throws AppError 400 (self, transfer, blockers), 404 (no such user or already deleted)
 */
export async function deleteUser(
  db: Db,
  actor: Actor,
  id: string,
  input: DeleteUserInput,
  dryRun: boolean,
): Promise<void> {
  if (id === actor.id) throw badRequest("You are not allowed to delete yourself.");
  try {
    await db.tx(async (m) => {
      const user = await m.getRepository(UserEntity).findOneBy({ id, deleted: false });
      if (!user || user.roleId === roleId("guest"))
        throw notFound("The user does not exist or has been already deleted.");
      await applyTransfers(m, id, input);
      const blockers = await findDeletionBlockers(m, id);
      if (blockers) throw badRequest("The user cannot be deleted.", blockers);
      await softDeleteUser(m, id, new Date());
      if (dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
}

/** The writes of a deletion, inside the caller's transaction. */
async function softDeleteUser(m: EntityManager, id: string, now: Date): Promise<void> {
  await m.getRepository(UserEntity).update({ id }, { deleted: true, modified: now });
  await deleteUserKeys(m, id, now);
  // Same effect as destroyUserSessions(), but inside this transaction (that one runs on its own).
  await m.getRepository(SessionEntity).delete({ userId: id });
  await m
    .getRepository(AuthenticationTokenEntity)
    .update({ userId: id, active: true }, { active: false, modified: now });
  // TODO(permissions, groups, folders, secrets, favorites): remove the user's rows there too
  // (Passbolt's UsersTable::softDelete) when those tables exist.
}

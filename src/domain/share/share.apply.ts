/**
 * The body of the share transaction, shared by PUT /share (committed) and POST /share/simulate
 * (rolled back): lock, re-check the caller, apply the permission changes, compute who gains and
 * loses access, then (real share only) check and write the secrets, remove what the users who
 * lost access held, check the invariant against the database, and place the resource in the
 * trees of the users who gained it and take it out of the trees of those who lost it
 * (folders.tree.ts); last, the users who gained access are mailed (in the same transaction).
 */
import { expireResourcesIfAutomatic } from "../passwordExpiry/passwordExpiry.expire.ts";
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { newId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { validationFailed, type ErrorTree } from "../../http/errors.ts";
import { recordAudits, type AuditEvent } from "../audit/audit.service.ts";
import { mailResourceEvent } from "../email/email.events.ts";
import { placeForUsers, removeFromTrees } from "../folders/folders.tree.ts";
import { assertKeysStillCurrent, type KeysUsed } from "../secrets/secrets.rules.ts";
import { permissionChangeData } from "./share.audit.ts";
import { lockShareRows, type LockedShareRows } from "./share.locks.ts";
import {
  checkAros,
  checkSecretTargets,
  mergeErrors,
  planPermissionChanges,
  type PermissionChange,
  type PlannedChanges,
} from "./share.rules.ts";
import { deleteUserData, touchResource, writePermissions, writeSecrets } from "./share.writes.ts";
import { assertAccessInvariant, assertCan, diffAccess, findUserIdsWithAccess } from "../access/index.ts";

export const INVALID_SHARE = "Could not validate resource data.";
export const SHARE_FORBIDDEN = "You are not authorized to share this resource.";
export const SECRETS_PROVIDED = "The secrets of all the users having access to the resource are required.";

export interface PreparedSecret {
  userId: string;
  resourceId?: string;
  data: string;
}

export interface ShareRequest {
  actorId: string;
  resourceId: string;
  changes: PermissionChange[];
  secrets: PreparedSecret[];
  /** The message checks, done before the transaction: errors as secrets.<i>.data.<rule>. */
  crypto: { errors: ErrorTree | null; keysUsed: KeysUsed; logDetail: string[] };
  /** The groups with a permission on the resource when the request was read (lock order). */
  knownGroups: string[];
  requestId?: string;
  dryRun: boolean;
}

/** Users who gain and who lose access, sorted. */
export interface ShareOutcome {
  added: string[];
  removed: string[];
}

const hasErrors = (tree: ErrorTree) => Object.keys(tree).length > 0;

/**
 * Only an owner may share; someone who cannot read the resource does not learn it exists.
 * @throws AppError 404 (no such resource, deleted, no permission), 403 (not owner)
 */
export async function assertCanShare(m: EntityManager, actorId: string, resourceId: string): Promise<void> {
  await assertCan(m, actorId, "Resource", resourceId, "owner", { forbidden: SHARE_FORBIDDEN });
}

/** @throws AppError 400 permissions.<i>.id.exists / permission_unique / aro_exists, at_least_one_owner */
function planOrThrow(locked: LockedShareRows, changes: PermissionChange[]): PlannedChanges {
  const { plan, errors } = planPermissionChanges(locked.permissions, changes, newId);
  const aroErrors = checkAros(changes, (aro, id) =>
    aro === "User" ? locked.activeUsers.has(id) : locked.liveGroups.has(id),
  );
  const all = mergeErrors(errors, aroErrors);
  if (hasErrors(all)) throw validationFailed(INVALID_SHARE, all);
  return plan;
}

/**
 * The invariant, read back from the database: the users holding a secret are exactly the users
 * with access (Passbolt's assertAllSecretsAreProvided).
 * @throws AppError 400 secrets.secrets_provided
 */
async function assertHoldersMatchAccess(m: EntityManager, resourceId: string): Promise<void> {
  await assertAccessInvariant(m, [resourceId], INVALID_SHARE, SECRETS_PROVIDED);
}

/**
 * Runs the share in the caller's transaction. Call it first in the transaction (it takes the
 * locks). A dry run stops once the access difference is known; its caller rolls back.
 * @throws AppError 404, 403, 400 (permissions.*, secrets.*)
 */
export async function applyShare(
  m: EntityManager,
  req: ShareRequest,
  config?: Config,
): Promise<ShareOutcome> {
  const { resourceId, actorId } = req;
  const locked = await lockShareRows(m, resourceId, req.changes, req.knownGroups);
  await assertCanShare(m, actorId, resourceId);
  const before = await findUserIdsWithAccess(m, resourceId);
  const plan = planOrThrow(locked, req.changes);
  const now = nowSeconds();
  await writePermissions(m, resourceId, plan, now);
  const after = new Set(await findUserIdsWithAccess(m, resourceId));
  const outcome = diffAccess(before, after);
  if (req.dryRun) return outcome;

  const secretErrors = mergeErrors(
    checkSecretTargets(req.secrets, resourceId, after),
    req.crypto.errors ?? {},
  );
  if (hasErrors(secretErrors))
    throw validationFailed(INVALID_SHARE, secretErrors, req.crypto.logDetail.join("; ") || undefined);
  await assertKeysStillCurrent(
    m,
    req.crypto.keysUsed,
    req.secrets.map((s) => s.userId),
    INVALID_SHARE,
  );
  const written = await writeSecrets(m, resourceId, actorId, req.secrets, locked.secrets, now);
  const holders = new Set([...locked.secrets.map((s) => s.userId), ...req.secrets.map((s) => s.userId)]);
  const orphans = [...holders].filter((u) => !after.has(u)).sort();
  await deleteUserData(m, resourceId, orphans, outcome.removed);
  if (orphans.length) await expireResourcesIfAutomatic(m, [resourceId]);
  await assertHoldersMatchAccess(m, resourceId);
  await placeForUsers(m, "Resource", resourceId, outcome.added, actorId, now);
  await removeFromTrees(m, resourceId, outcome.removed);
  if (written.length || orphans.length) await touchResource(m, resourceId, actorId, now);
  await recordAudits(m, auditEvents(req, plan, outcome, written, orphans));
  if (config?.mail && outcome.added.length) {
    const resource = await m.getRepository(ResourceEntity).findOneByOrFail({ id: resourceId });
    await mailResourceEvent(m, config, "share", actorId, outcome.added, resource);
  }
  return outcome;
}

/** Ids and counts only: never secret data. */
function auditEvents(
  req: ShareRequest,
  plan: PlannedChanges,
  outcome: ShareOutcome,
  written: { id: string; userId: string; op: string }[],
  orphans: string[],
): AuditEvent[] {
  const base = {
    actorId: req.actorId,
    targetType: "Resource" as const,
    targetId: req.resourceId,
    requestId: req.requestId,
  };
  const events: AuditEvent[] = [];
  if (plan.added.length || plan.updated.length || plan.deleted.length)
    events.push({
      ...base,
      action: "permission.change",
      data: permissionChangeData(plan, outcome),
    });
  for (const s of written)
    events.push({ ...base, action: "secret.write", data: { op: s.op, secretId: s.id, userId: s.userId } });
  for (const userId of orphans)
    events.push({ ...base, action: "secret.write", data: { op: "delete", userId } });
  return events;
}

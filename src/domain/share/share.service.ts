/**
 * Sharing a resource (PUT /share/resource/{id}) and its dry run (POST /share/simulate/...).
 *
 * Both run the same steps (share.apply.ts) in one db.tx; the dry run throws at the end so that
 * the transaction rolls back. Before the transaction: the 404/403 answer (no crypto work for a
 * request that will be refused), the shape of the changes, and the CPU-heavy check of each
 * secret against its user's current key. On SQLite a transaction holds the process-wide lock,
 * so that work must not run inside it; the transaction then confirms the keys are still current.
 */
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { validationFailed } from "../../http/errors.ts";
import { checkSecrets, findCurrentKeys } from "../secrets/secrets.rules.ts";
import {
  applyShare,
  assertCanShare,
  INVALID_SHARE,
  type PreparedSecret,
  type ShareOutcome,
  type ShareRequest,
} from "./share.apply.ts";
import { findGroupsOnResource } from "./share.locks.ts";
import { checkChangeShapes, type PermissionChange } from "./share.rules.ts";
import type { ShareBody } from "./share.schemas.ts";

export interface ShareDeps {
  db: Db;
  secretMaxBytes: number;
  /** Mails the users who gain access (email.events.ts); none when absent. */
  config?: Config;
}

const lower = (s: string | undefined) => s?.toLowerCase();

/** Only the fields that mean something; ids lowercased (clients may send upper-case UUIDs). */
function normalizeChanges(body: ShareBody): PermissionChange[] {
  return (body.permissions ?? []).map((c) => {
    const out: PermissionChange = {};
    if (c.id !== undefined) out.id = lower(c.id);
    if (c.aro !== undefined) out.aro = c.aro;
    if (c.aro_foreign_key !== undefined) out.aro_foreign_key = lower(c.aro_foreign_key);
    if (c.type !== undefined) out.type = c.type;
    if (c.delete !== undefined) out.delete = c.delete;
    return out;
  });
}

function normalizeSecrets(body: ShareBody): PreparedSecret[] {
  return (body.secrets ?? []).map((s) => ({
    userId: s.user_id.toLowerCase(),
    data: s.data,
    ...(s.resource_id !== undefined && { resourceId: s.resource_id.toLowerCase() }),
  }));
}

/** The read phase and the checks outside the transaction. */
async function prepare(
  deps: ShareDeps,
  actorId: string,
  resourceId: string,
  body: ShareBody,
  dryRun: boolean,
): Promise<Omit<ShareRequest, "requestId">> {
  const changes = normalizeChanges(body);
  const secrets = dryRun ? [] : normalizeSecrets(body);
  const { keys, knownGroups } = await deps.db.read(async (m) => {
    await assertCanShare(m, actorId, resourceId);
    return {
      keys: await findCurrentKeys(
        m,
        secrets.map((s) => s.userId),
      ),
      knownGroups: await findGroupsOnResource(m, resourceId),
    };
  });
  const shapes = checkChangeShapes(changes);
  if (Object.keys(shapes).length) throw validationFailed(INVALID_SHARE, shapes);
  const { errors, keysUsed, logDetail } = await checkSecrets(secrets, keys, deps.secretMaxBytes);
  return {
    actorId,
    resourceId,
    changes,
    secrets,
    crypto: { errors, keysUsed, logDetail },
    knownGroups,
    dryRun,
  };
}

/**
 * Applies the permission changes and stores the secrets, in one transaction: everything or
 * nothing. Every user who gains access needs a secret encrypted for their current key; the
 * secrets and favorites of users who lose access are removed.
 * @throws AppError 404 (cannot see the resource), 403 (not owner), 400 (permissions.*,
 *   secrets.<i>.*, secrets.secrets_provided), 503 (lock contention outlasted the retries)
 */
export async function shareResource(
  deps: ShareDeps,
  actorId: string,
  resourceId: string,
  body: ShareBody,
  requestId?: string,
): Promise<ShareOutcome> {
  const req = await prepare(deps, actorId, resourceId, body, false);
  return deps.db.tx((m) => applyShare(m, { ...req, requestId }, deps.config));
}

/** Carries the dry run's answer out of the transaction it rolls back. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ShareOutcome) {
    super("share dry run: rolled back");
  }
}

/**
 * The same steps as shareResource() up to the access difference, then rolled back.
 * @returns the users who would gain and lose access
 * @throws AppError 404, 403, 400 (permissions.*) as shareResource()
 */
export async function simulateShare(
  deps: ShareDeps,
  actorId: string,
  resourceId: string,
  body: ShareBody,
): Promise<ShareOutcome> {
  const req = await prepare(deps, actorId, resourceId, body, true);
  try {
    await deps.db.tx(async (m) => {
      throw new DryRunRollback(await applyShare(m, req));
    });
  } catch (err) {
    if (err instanceof DryRunRollback) return err.outcome;
    throw err;
  }
  throw new Error("unreachable: the dry run always rolls back");
}

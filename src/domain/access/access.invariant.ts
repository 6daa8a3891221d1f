/**
 * The invariant of the product: for each resource, the users holding a current secret are
 * exactly the users with access to it. Checked in memory against a planned change (share: the
 * secrets a request brings for the access it grants) and, after a change of groups or users,
 * against the database inside the change's transaction.
 */
import type { EntityManager } from "typeorm";
import { chunks, placeholders } from "../../db/rawRows.ts";
import { validationFailed } from "../../http/errors.ts";
import { findAccessPairs, type AccessPairs } from "./access.sql.ts";

/** The users who gain and lose access from `before` to `after`, sorted for stable answers. */
export function diffAccess(
  before: Iterable<string>,
  after: Iterable<string>,
): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return {
    added: [...a].filter((id) => !b.has(id)).sort(),
    removed: [...b].filter((id) => !a.has(id)).sort(),
  };
}

/** The users missing a secret and the users holding one without access. */
export function invariantGaps(
  holders: Iterable<string>,
  withAccess: Iterable<string>,
): { missing: string[]; extra: string[] } {
  const { added: missing, removed: extra } = diffAccess(holders, withAccess);
  return { missing, extra };
}

/** resource id → the users holding a current secret. */
export async function findSecretHolders(m: EntityManager, resourceIds: string[]): Promise<AccessPairs> {
  const pairs: AccessPairs = new Map();
  for (const part of chunks(resourceIds, 5000)) {
    const rows: { resource_id: string; user_id: string }[] = await m.query(
      `SELECT s.resource_id, s.user_id FROM secrets s
        WHERE s.resource_id IN (${placeholders(part.length)}) AND s.deleted IS NULL`,
      part,
    );
    for (const r of rows) {
      let users = pairs.get(r.resource_id);
      if (!users) pairs.set(r.resource_id, (users = new Set()));
      users.add(r.user_id);
    }
  }
  return pairs;
}

/**
 * The invariant, read from the database inside the caller's transaction, for every resource a
 * change touched.
 * @throws AppError 400 secrets.secrets_provided naming no secret, with the counts in the log
 */
export async function assertAccessInvariant(
  m: EntityManager,
  resourceIds: string[],
  message: string,
  ruleMessage = "The secrets do not match the users with access: redo the dry run and send the secrets again.",
): Promise<void> {
  if (!resourceIds.length) return;
  const access = await findAccessPairs(m, resourceIds);
  const holders = await findSecretHolders(m, resourceIds);
  let missing = 0;
  let extra = 0;
  const broken: string[] = [];
  for (const id of resourceIds) {
    const gaps = invariantGaps(holders.get(id) ?? [], access.get(id) ?? []);
    if (gaps.missing.length || gaps.extra.length) broken.push(id);
    missing += gaps.missing.length;
    extra += gaps.extra.length;
  }
  if (broken.length)
    throw validationFailed(
      message,
      {
        secrets: { secrets_provided: ruleMessage },
      },
      `invariant broken on ${broken.length} resource(s) (${missing} missing, ${extra} extra secrets): ${broken
        .slice(0, 10)
        .join(",")}`,
    );
}

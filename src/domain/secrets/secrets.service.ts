import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import type { Secret } from "../../db/entities/Secret.ts";
import { toDate, toDateNotNull } from "../../db/rawRows.ts";
import { notFound } from "../../http/errors.ts";
import { insertAuditRows } from "../audit/audit.service.ts";
import { insertAccessRows, secretReadLog, secretReadRows } from "./secrets.readLog.ts";
import { type OrderedJoin, orderedJoin } from "../../db/dialect.ts";

export const SECRET_NOT_FOUND = "The secret does not exist.";

/**
 * Logs that `userId` read these secrets (secret_accesses) and audits each read (audit_log,
 * `secret.read` on the resource), in the caller's transaction: multi-row inserts, chunked only
 * for very long lists.
 */
export async function recordSecretAccesses(
  m: EntityManager,
  userId: string,
  secrets: Secret[],
): Promise<void> {
  const rows = secretReadRows(userId, secrets);
  await insertAccessRows(m, rows.accesses);
  await insertAuditRows(m, rows.audits);
}

interface SecretRow {
  id: string;
  user_id: string;
  resource_id: string;
  data: string;
  created: unknown;
  modified: unknown;
  created_by: string | null;
  modified_by: string | null;
  deleted: unknown;
  secret_revision_id: string | null;
}

/**
 * The caller's current secret of a resource, only if the resource is not deleted and the caller
 * holds a permission on it, directly or through a non-deleted group (the same rule as
 * findEffectivePermissionType: any permission row counts). One statement, every part of it an
 * index lookup: the secret by (resource_id, user_id), the resource by its key, each EXISTS by the
 * permissions (aro_foreign_key, aco, aco_foreign_key) index, written in the planner-proof join
 * order of permissions.queries.ts.
 */
const readableSecretSql = (join: OrderedJoin) =>
  `SELECT s.id, s.user_id, s.resource_id, s.data, s.created, s.modified, s.created_by,
          s.modified_by, s.deleted, s.secret_revision_id
     FROM secrets s
    WHERE s.resource_id = ? AND s.user_id = ? AND s.deleted IS NULL
      AND EXISTS (SELECT 1 FROM resources r WHERE r.id = s.resource_id AND r.deleted = 0)
      AND (EXISTS (SELECT 1 FROM permissions p
                    WHERE p.aro_foreign_key = ? AND p.aco = 'Resource' AND p.aco_foreign_key = ?)
           OR EXISTS (SELECT 1 FROM groups_users gu
                        ${join} \`groups\` g ON g.id = gu.group_id AND g.deleted = 0
                        ${join} permissions p ON p.aro_foreign_key = gu.group_id AND p.aco = 'Resource'
                              AND p.aco_foreign_key = ?
                       WHERE gu.user_id = ?))`;

const sqlCache = new Map<OrderedJoin, string>();

function toSecret(r: SecretRow): Secret {
  return {
    id: r.id,
    userId: r.user_id,
    resourceId: r.resource_id,
    data: r.data,
    created: toDateNotNull(r.created),
    modified: toDateNotNull(r.modified),
    createdBy: r.created_by,
    modifiedBy: r.modified_by,
    deleted: toDate(r.deleted),
    secretRevisionId: r.secret_revision_id,
  };
}

/**
 * The caller's own current secret of a resource they can reach, with the read logged: one
 * statement reads it, then its secret_accesses row and audit entry are committed (group commit,
 * secrets.readLog.ts) before this returns, so before the answer is sent.
 * @throws AppError 404 "The secret does not exist." alike for no such resource, a deleted one,
 *   no access, or no secret: nothing tells these apart
 */
export async function findSecretFor(db: Db, actorId: string, resourceId: string): Promise<Secret> {
  const readLog = secretReadLog(db);
  const handedOver = readLog.coming();
  const secret = await (async () => {
    const join = orderedJoin(db.dataSource.manager);
    let sql = sqlCache.get(join);
    if (!sql) sqlCache.set(join, (sql = readableSecretSql(join)));
    const rows = await db.prepared<SecretRow>(sql, [
      resourceId,
      actorId,
      actorId,
      resourceId,
      resourceId,
      actorId,
    ]);
    if (rows[0]) return toSecret(rows[0]);
    // the reason goes to the log only; the client sees one answer for all of them
    const own = await db.prepared(
      "SELECT 1 AS x FROM secrets WHERE resource_id = ? AND user_id = ? AND deleted IS NULL",
      [resourceId, actorId],
    );
    throw notFound(SECRET_NOT_FOUND, own.length ? "resource deleted or no permission" : "no secret");
  })().catch((err: unknown) => {
    handedOver(); // nothing to write: the commit need not wait for this read
    throw err;
  });
  let committed: Promise<void>;
  try {
    committed = readLog.write(secretReadRows(actorId, [secret]));
  } finally {
    handedOver();
  }
  await committed;
  return secret;
}

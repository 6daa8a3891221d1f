/**
 * Audit entries of refused authentication attempts (login, refresh, setup links), written by
 * the throttle guard once the failure is counted: no change was made, so the entry gets a
 * transaction of its own. Successes are audited in the transaction that logs the user in.
 */
import type { Db } from "../../db/db.ts";
import { isUuid } from "../../db/ids.ts";
import type { AppError } from "../../http/errors.ts";
import type { GuardOptions } from "../../http/throttle.ts";
import { recordAudit, type AuditAction } from "../audit/audit.service.ts";

/**
 * The guard's onFailure for `action`: the claimed account (a user id becomes the target; a
 * fingerprint or anything else stays in data), the status and the error code. Never the
 * token, challenge or key that was sent.
 */
export function auditFailedAttempt(db: Db, action: AuditAction): NonNullable<GuardOptions["onFailure"]> {
  return async (_ctx, { account, error }: { account: string | null; error: AppError }) => {
    const asUser = isUuid(account) ? account : undefined;
    await db.tx((m) =>
      recordAudit(m, {
        action,
        actorId: null,
        ...(asUser ? { targetType: "User" as const, targetId: asUser } : {}),
        data: { ...(account && !asUser ? { account } : {}), status: error.status, code: error.code },
      }),
    );
  };
}

/**
 * Recording what happened: every authentication success and failure, secret read and write,
 * permission change, group membership change, user creation/deletion and key change is one
 * row of audit_log, written with the EntityManager of the transaction that makes the change
 * (so a rolled-back change leaves no entry, and a committed one always has its entry).
 *
 * Entries are written without a hash: no lock on the hot path (secret reads are audited).
 * The sealer (audit.chain.ts) links them into the hash chain right after the request.
 *
 * `data` holds ids and counts only: never a secret, key, token or password.
 */
import { sqlDate } from "../../db/dialect.ts";
import type { EntityManager } from "typeorm";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds, placeholders } from "../../db/rawRows.ts";
import { currentAuditContext } from "./audit.context.ts";

export type AuditAction =
  | "auth.login.success"
  | "auth.login.failure"
  | "auth.jwt.login.success"
  | "auth.jwt.login.failure"
  | "auth.jwt.refresh.success"
  | "auth.jwt.refresh.failure"
  | "auth.jwt.refresh.reused"
  | "auth.setup.failure"
  | "secret.read"
  | "secret.write"
  | "resource.create"
  | "resource.update"
  | "resource.delete"
  | "folder.create"
  | "folder.update"
  | "folder.delete"
  | "permission.change"
  | "group.create"
  | "group.update"
  | "group.delete"
  | "group.member.add"
  | "group.member.remove"
  | "group.member.update"
  | "user.create"
  | "user.update"
  | "user.delete"
  | "user.key.set"
  | "user.recover"
  | "mfa.setup"
  | "mfa.remove"
  | "mfa.reset"
  | "mfa.verify.success"
  | "mfa.verify.failure";

export interface AuditEvent {
  action: AuditAction;
  actorId: string | null;
  targetType?: "User" | "Resource" | "Group" | "Folder" | "Gpgkey";
  targetId?: string;
  /** Defaults to the id of the request being served (see audit.context.ts). */
  requestId?: string;
  data?: Record<string, unknown>;
}

/** Appends one entry in the caller's transaction. */
export async function recordAudit(m: EntityManager, event: AuditEvent): Promise<void> {
  await recordAudits(m, [event]);
}

/** An entry ready to insert: what recordAudits() writes (the chain columns stay NULL). */
export interface AuditRow {
  id: string;
  created: Date;
  actorId: string | null;
  action: AuditAction;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  data: string | null;
  clientIp: string | null;
}

/**
 * The rows of these events, stamped now with the request's id and client address; marks the
 * request as one that wrote entries (it schedules a seal when it ends). Call it in the request.
 */
export function auditRows(events: AuditEvent[]): AuditRow[] {
  if (!events.length) return [];
  const scope = currentAuditContext();
  const created = nowSeconds();
  if (scope) scope.wrote = true;
  return events.map((e) => ({
    id: newId(),
    created,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    requestId: e.requestId ?? scope?.requestId ?? null,
    data: e.data ? JSON.stringify(e.data) : null,
    clientIp: scope?.clientIp ?? null,
  }));
}

const AUDIT_INSERT =
  "INSERT INTO audit_log (id, created, actor_id, action, target_type, target_id, request_id, data, client_ip) VALUES ";
const AUDIT_ROW = `(${placeholders(9)})`;

/** Inserts prepared rows: hand-written SQL, one statement per 500 (the same text for a given count). */
export async function insertAuditRows(m: EntityManager, rows: AuditRow[]): Promise<void> {
  for (const part of chunks(rows, 500))
    await m.query(
      AUDIT_INSERT + part.map(() => AUDIT_ROW).join(", "),
      part.flatMap((r) => [
        r.id,
        sqlDate(m, r.created),
        r.actorId,
        r.action,
        r.targetType,
        r.targetId,
        r.requestId,
        r.data,
        r.clientIp,
      ]),
    );
}

/**
 * Appends several entries (e.g. one per secret written by a share) in one statement per 500.
 * Inside a request, the entries carry its id and client address, and the request schedules
 * a seal when it ends.
 */
export async function recordAudits(m: EntityManager, events: AuditEvent[]): Promise<void> {
  await insertAuditRows(m, auditRows(events));
}

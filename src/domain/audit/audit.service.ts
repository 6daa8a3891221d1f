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
import type { EntityManager } from "typeorm";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds } from "../../db/rawRows.ts";
import { AuditLogEntity, type AuditLog } from "../../db/entities/AuditLog.ts";
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
  | "user.key.set";

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

/**
 * Appends several entries (e.g. one per secret written by a share) in one statement per 500.
 * Inside a request, the entries carry its id and client address, and the request schedules
 * a seal when it ends.
 */
export async function recordAudits(m: EntityManager, events: AuditEvent[]): Promise<void> {
  if (!events.length) return;
  const scope = currentAuditContext();
  const now = nowSeconds();
  const rows: Omit<AuditLog, "seq">[] = events.map((e) => ({
    id: newId(),
    created: now,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    requestId: e.requestId ?? scope?.requestId ?? null,
    data: e.data ? JSON.stringify(e.data) : null,
    clientIp: scope?.clientIp ?? null,
    chainPos: null,
    prevHash: null,
    hash: null,
  }));
  if (scope) scope.wrote = true;
  for (const part of chunks(rows, 500)) await m.getRepository(AuditLogEntity).insert(part);
}

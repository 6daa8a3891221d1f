/**
 * Recording what happened: every authentication success and failure, secret read and write,
 * permission change, group membership change, user creation/deletion and key change is one
 * row of audit_log, written with the EntityManager of the transaction that makes the change
 * (so a rolled-back change leaves no entry, and a committed one always has its entry).
 *
 * `data` holds ids and counts only: never a secret, key, token or password.
 */
import type { EntityManager } from "typeorm";
import { newId } from "../../db/ids.ts";
import { AuditLogEntity } from "../../db/entities/AuditLog.ts";

export type AuditAction =
  | "auth.login.success"
  | "auth.login.failure"
  | "auth.jwt.login.success"
  | "auth.jwt.login.failure"
  | "auth.jwt.refresh.reused"
  | "secret.read"
  | "secret.write"
  | "resource.create"
  | "resource.update"
  | "resource.delete"
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
  requestId?: string;
  data?: Record<string, unknown>;
}

/** Appends one entry in the caller's transaction. */
export async function recordAudit(m: EntityManager, event: AuditEvent): Promise<void> {
  await recordAudits(m, [event]);
}

/** Appends several entries in one statement (e.g. one per secret written by a share). */
export async function recordAudits(m: EntityManager, events: AuditEvent[]): Promise<void> {
  if (!events.length) return;
  const now = new Date();
  const rows = events.map((e) => ({
    id: newId(),
    created: now,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType ?? null,
    targetId: e.targetId ?? null,
    requestId: e.requestId ?? null,
    data: e.data ? JSON.stringify(e.data) : null,
    chainPos: null,
    prevHash: null,
    hash: null,
  }));
  await m.getRepository(AuditLogEntity).insert(rows);
}

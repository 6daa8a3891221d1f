/**
 * Reading the `data` of audit rows, which holds ids and counts only. permission.change rows
 * may list the rows they changed as `added`, `updated` and `deleted` (or `removed`), each
 * `{id?, aro, aroForeignKey | aro_foreign_key, type}`, at the top level or under `permissions`;
 * rows that give only counts yield empty lists. secret.write rows name the user whose secret
 * was written as `userId` or `user_id`.
 */
import type { Aro, PermissionType } from "../../db/entities/Permission.ts";
import { isUuid } from "../../db/ids.ts";
import type { AuditRow } from "./actionlog.queries.ts";

export interface PermissionChange {
  id: string | null;
  aro: Aro;
  aroForeignKey: string;
  type: PermissionType;
}

export interface PermissionChanges {
  added: PermissionChange[];
  updated: PermissionChange[];
  removed: PermissionChange[];
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function toChange(v: unknown): PermissionChange | null {
  const p = asRecord(v);
  const aro = p.aro;
  const key = p.aroForeignKey ?? p.aro_foreign_key;
  const type = Number(p.type);
  if ((aro !== "User" && aro !== "Group") || !isUuid(key) || ![1, 7, 15].includes(type)) return null;
  return {
    id: isUuid(p.id) ? p.id.toLowerCase() : null,
    aro,
    aroForeignKey: key.toLowerCase(),
    type: type as PermissionType,
  };
}

const changes = (v: unknown): PermissionChange[] =>
  (Array.isArray(v) ? v : []).map(toChange).filter((c): c is PermissionChange => c !== null);

/** The permission rows the permission.change rows of one request say they changed. */
export function permissionChangesOf(rows: AuditRow[]): PermissionChanges {
  const out: PermissionChanges = { added: [], updated: [], removed: [] };
  for (const row of rows) {
    const d =
      row.data.permissions && typeof row.data.permissions === "object"
        ? asRecord(row.data.permissions)
        : row.data;
    out.added.push(...changes(d.added));
    out.updated.push(...changes(d.updated));
    out.removed.push(...changes(d.removed ?? d.deleted));
  }
  return out;
}

/** The users whose secret the secret.write rows of one request wrote (null when not named). */
export function secretChangesOf(rows: AuditRow[]): { userId: string | null }[] {
  return rows.map((r) => {
    const id = r.data.userId ?? r.data.user_id;
    return { userId: isUuid(id) ? id.toLowerCase() : null };
  });
}

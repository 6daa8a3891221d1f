/**
 * Reading the activity of a resource or a folder from audit_log (written by src/domain/audit, only read here).
 * One entry is one row, except that the permission.change and secret.write rows of one request
 * make one entry each (a share or an update writes one secret row per user). The secret rows of
 * a request that also changed permissions belong to the share and make no entry of their own,
 * as Passbolt shows only "changed permissions" there. Rows without an actor that is a user are
 * left out (Passbolt joins the acting user).
 */
import type { EntityManager } from "typeorm";
import { toDateNotNull } from "../../db/rawRows.ts";

/** The audit actions the activity shows, and the entry type of each (Passbolt's names). */
export const ENTRY_TYPES = {
  "resource.create": "Resources.created",
  "resource.update": "Resources.updated",
  "resource.delete": "Resources.deleted",
  "folder.create": "Folders.created",
  "folder.update": "Folders.updated",
  "folder.delete": "Folders.deleted",
  "permission.change": "Permissions.updated",
  "secret.read": "Resource.Secrets.read",
  "secret.write": "Resource.Secrets.updated",
} as const;
export type ActivityAction = keyof typeof ENTRY_TYPES;
export type ActivityItemKind = "Resource" | "Folder";

/** The actions shown in the activity of each kind of item. */
export const ITEM_ACTIONS: Record<ActivityItemKind, readonly ActivityAction[]> = {
  Resource: [
    "resource.create",
    "resource.update",
    "resource.delete",
    "permission.change",
    "secret.read",
    "secret.write",
  ],
  Folder: ["folder.create", "folder.update", "folder.delete", "permission.change"],
};
const GROUPED = ["permission.change", "secret.write"];

export interface AuditRow {
  seq: number;
  id: string;
  created: Date;
  actorId: string;
  action: ActivityAction;
  requestId: string | null;
  data: Record<string, unknown>;
}

export interface ActivityGroup {
  action: ActivityAction;
  /** The request id for grouped actions with one, else the row id. */
  key: string;
  rows: AuditRow[];
}

export interface ActivityPage {
  groups: ActivityGroup[];
  count: number;
}

const list = (items: readonly string[]) => items.map((a) => `'${a}'`).join(", ");
const GROUP_KEY = `CASE WHEN a.action IN (${list(GROUPED)}) AND a.request_id IS NOT NULL THEN a.request_id ELSE a.id END`;

/** The rows that make entries, as a FROM/WHERE clause over audit_log a (params: type, id). */
const rowsSql = (kind: ActivityItemKind) => `FROM audit_log a JOIN users u ON u.id = a.actor_id
  WHERE a.target_type = ? AND a.target_id = ? AND a.action IN (${list(ITEM_ACTIONS[kind])})
    AND NOT (a.action = 'secret.write' AND a.request_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM audit_log p WHERE p.request_id = a.request_id AND p.action = 'permission.change'
         AND p.target_type = a.target_type AND p.target_id = a.target_id))`;

function parseData(v: unknown): Record<string, unknown> {
  if (typeof v !== "string" || !v) return {};
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * One page of the activity of an item, newest first (or oldest first with `ascending`).
 * Index: ix_audit_log_target (target_type, target_id, seq).
 */
export async function findActivityPage(
  m: EntityManager,
  target: { type: ActivityItemKind; id: string },
  page: { limit: number; offset: number; ascending: boolean },
): Promise<ActivityPage> {
  const fromWhere = rowsSql(target.type);
  const dir = page.ascending ? "ASC" : "DESC";
  const heads: { action: ActivityAction; gkey: string; last_seq: number | string; total: number | string }[] =
    await m.query(
      `SELECT a.action, ${GROUP_KEY} AS gkey, MAX(a.seq) AS last_seq, COUNT(*) OVER () AS total
       ${fromWhere}
       GROUP BY a.action, ${GROUP_KEY}
       ORDER BY last_seq ${dir}
       LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}`,
      [target.type, target.id],
    );
  let count = heads.length ? Number(heads[0]!.total) : 0;
  if (!heads.length && page.offset > 0) {
    const [row]: { n: number | string }[] = await m.query(
      `SELECT COUNT(*) AS n FROM (SELECT a.action, ${GROUP_KEY} AS gkey ${fromWhere} GROUP BY a.action, ${GROUP_KEY}) g`,
      [target.type, target.id],
    );
    count = Number(row?.n ?? 0);
  }
  if (!heads.length) return { groups: [], count };

  const wanted = new Map(heads.map((h) => [`${h.action}|${h.gkey}`, h]));
  const keys = [...new Set(heads.map((h) => h.gkey))];
  const rows: Record<string, unknown>[] = await m.query(
    `SELECT a.seq, a.id, a.created, a.actor_id, a.action, a.request_id, a.data, ${GROUP_KEY} AS gkey
     ${fromWhere} AND (a.id IN (${keys.map(() => "?").join(", ")}) OR a.request_id IN (${keys.map(() => "?").join(", ")}))
     ORDER BY a.seq ASC`,
    [target.type, target.id, ...keys, ...keys],
  );
  const groups = new Map<string, ActivityGroup>();
  for (const r of rows) {
    const k = `${String(r.action)}|${String(r.gkey)}`;
    if (!wanted.has(k)) continue;
    const row: AuditRow = {
      seq: Number(r.seq),
      id: String(r.id),
      created: toDateNotNull(r.created),
      actorId: String(r.actor_id),
      action: r.action as ActivityAction,
      requestId: (r.request_id as string | null) ?? null,
      data: parseData(r.data),
    };
    const g = groups.get(k) ?? { action: row.action, key: String(r.gkey), rows: [] };
    g.rows.push(row);
    groups.set(k, g);
  }
  const ordered = heads
    .map((h) => groups.get(`${h.action}|${h.gkey}`))
    .filter((g): g is ActivityGroup => !!g);
  return { groups: ordered, count };
}

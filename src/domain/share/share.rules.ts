/**
 * Pure sharing rules, no I/O: apply a list of permission changes to a resource's current
 * permissions, and compare access sets. The share service feeds them rows it loaded inside
 * its transaction and writes back what they return.
 */
import { addError, type ErrorTree } from "../../http/errors.ts";

export type Aro = "User" | "Group";
export type PermissionType = 1 | 7 | 15;
export const OWNER: PermissionType = 15;

export interface PermissionRow {
  id: string;
  aro: Aro;
  aroForeignKey: string;
  type: PermissionType;
}

/** One entry of `permissions` in a share request: add (no id), update (id + type), delete (id + delete). */
export interface PermissionChange {
  id?: string;
  aro?: Aro;
  aro_foreign_key?: string;
  type?: PermissionType;
  delete?: boolean;
}

export interface PlannedChanges {
  added: PermissionRow[];
  updated: PermissionRow[];
  deleted: PermissionRow[];
  /** The permissions after the changes. */
  next: PermissionRow[];
}

/**
 * Applies the changes in order, collecting errors under `permissions.<index>.<field>.<rule>`
 * the way Passbolt's clients look them up.
 * @param newId makes the id of an added row
 */
export function planPermissionChanges(
  current: PermissionRow[],
  changes: PermissionChange[],
  newId: () => string,
): { plan: PlannedChanges; errors: ErrorTree } {
  const errors: ErrorTree = {};
  const byId = new Map(current.map((p) => [p.id, { ...p }]));
  const added: PermissionRow[] = [];
  const updated: PermissionRow[] = [];
  const deleted: PermissionRow[] = [];
  changes.forEach((change, i) => {
    if (change.id !== undefined) {
      const row = byId.get(change.id);
      if (!row) {
        addError(
          errors,
          ["permissions", i, "id"],
          "exists",
          "The permission does not exist for this resource.",
        );
        return;
      }
      if (change.delete) {
        byId.delete(change.id);
        deleted.push(row);
      } else if (change.type !== undefined && change.type !== row.type) {
        row.type = change.type;
        updated.push(row);
      }
      return;
    }
    const key = `${change.aro}:${change.aro_foreign_key}`;
    const taken = [...byId.values()].some((p) => `${p.aro}:${p.aroForeignKey}` === key);
    if (taken) {
      addError(
        errors,
        ["permissions", i, "aco_foreign_key"],
        "permission_unique",
        "A permission already exists for this user or group.",
      );
      return;
    }
    const row: PermissionRow = {
      id: newId(),
      aro: change.aro!,
      aroForeignKey: change.aro_foreign_key!,
      type: change.type!,
    };
    byId.set(row.id, row);
    added.push(row);
  });
  const next = [...byId.values()];
  if (Object.keys(errors).length === 0 && !next.some((p) => p.type === OWNER))
    addError(
      errors,
      ["permissions"],
      "at_least_one_owner",
      "At least one owner permission must be provided.",
    );
  return { plan: { added, updated, deleted, next }, errors };
}

/** The users who gain and lose access, sorted for stable answers. */
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

/** Users with access: direct user rows plus every member of every group row. */
export function usersWithAccess(
  permissions: PermissionRow[],
  membersOf: (groupId: string) => string[],
): Set<string> {
  const users = new Set<string>();
  for (const p of permissions) {
    if (p.aro === "User") users.add(p.aroForeignKey);
    else for (const u of membersOf(p.aroForeignKey)) users.add(u);
  }
  return users;
}

/**
 * The invariant: the users holding a secret are exactly the users with access.
 * @returns the users missing a secret and the users holding one without access
 */
export function compareSecretHolders(
  withAccess: Iterable<string>,
  holders: Iterable<string>,
): { missing: string[]; extra: string[] } {
  const { added: missing, removed: extra } = diffAccess(holders, withAccess);
  return { missing, extra };
}

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
  // "aro:aro_foreign_key" of every row in byId, so that uniqueness is one lookup per change
  const aroKey = (aro: string | undefined, id: string | undefined) => `${aro}:${id}`;
  const taken = new Set(current.map((p) => aroKey(p.aro, p.aroForeignKey)));
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
        taken.delete(aroKey(row.aro, row.aroForeignKey));
        deleted.push(row);
      } else if (change.type !== undefined && change.type !== row.type) {
        row.type = change.type;
        updated.push(row);
      }
      return;
    }
    const key = aroKey(change.aro, change.aro_foreign_key);
    if (taken.has(key)) {
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
    taken.add(key);
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

/** Merges error trees (the first message for a rule wins). */
export function mergeErrors(...trees: ErrorTree[]): ErrorTree {
  const out: ErrorTree = {};
  const copy = (from: ErrorTree, path: string[]) => {
    for (const [key, value] of Object.entries(from)) {
      if (typeof value === "string") addError(out, path, key, value);
      else copy(value, [...path, key]);
    }
  };
  for (const tree of trees) copy(tree, []);
  return out;
}

/**
 * An add (no id) names its aro, aro_foreign_key and type: permissions.<i>.<field>._required.
 * The types of the fields are checked by the request schema already.
 */
export function checkChangeShapes(changes: PermissionChange[]): ErrorTree {
  const errors: ErrorTree = {};
  changes.forEach((change, i) => {
    if (change.id !== undefined) return;
    for (const field of ["aro", "aro_foreign_key", "type"] as const)
      if (change[field] === undefined || change[field] === null)
        addError(
          errors,
          ["permissions", i, field],
          "_required",
          `The ${field.replace(/_/g, " ")} is required to add a permission.`,
        );
  });
  return errors;
}

/**
 * Each added aro must exist and not be deleted; a user must also be active (Passbolt's
 * aro_exists): permissions.<i>.aro_foreign_key.aro_exists.
 * @param exists whether the user (active, not deleted) or group (not deleted) may be granted access
 */
export function checkAros(changes: PermissionChange[], exists: (aro: Aro, id: string) => boolean): ErrorTree {
  const errors: ErrorTree = {};
  changes.forEach((change, i) => {
    if (change.id !== undefined || !change.aro || !change.aro_foreign_key) return;
    if (!exists(change.aro, change.aro_foreign_key))
      addError(
        errors,
        ["permissions", i, "aro_foreign_key"],
        "aro_exists",
        change.aro === "User"
          ? "The user does not exist, is deleted or is not active."
          : "The group does not exist or is deleted.",
      );
  });
  return errors;
}

/** One submitted secret, as far as the access rules care. */
export interface SecretTarget {
  userId: string;
  resourceId?: string;
}

/**
 * The secrets of a share: each for this resource, at most one per user, and each for a user who
 * has access once the permission changes are applied (Passbolt's has_resource_access).
 * @param usersAfter the users with access after the changes
 */
export function checkSecretTargets(
  secrets: SecretTarget[],
  resourceId: string,
  usersAfter: ReadonlySet<string>,
): ErrorTree {
  const errors: ErrorTree = {};
  const seen = new Set<string>();
  secrets.forEach((s, i) => {
    if (s.resourceId !== undefined && s.resourceId !== resourceId)
      addError(
        errors,
        ["secrets", i, "resource_id"],
        "same_resource",
        "The secret should be for this resource.",
      );
    if (seen.has(s.userId))
      addError(
        errors,
        ["secrets", i, "user_id"],
        "secret_unique",
        "Only one secret per user can be provided.",
      );
    seen.add(s.userId);
    if (!usersAfter.has(s.userId))
      addError(
        errors,
        ["secrets", i, "resource_id"],
        "has_resource_access",
        "The user this secret is for does not have access to the resource.",
      );
  });
  return errors;
}

/**
 * Pure membership rules, no I/O: apply a list of membership changes to a group's members, and
 * check the secrets that come with the additions. The services feed them rows loaded in their
 * transaction and write back what they return. Errors use Passbolt's keys:
 * `groups_users.<row>.<field>.<rule>`, `groups_users.at_least_one_group_manager`,
 * `groups_users.<row>.secrets.all_missing|all_missing_only`, `secrets.<j>.user_id.same_user`,
 * `secrets.<j>.resource_id.only_missing`.
 */
import { addError, type ErrorTree } from "../../http/errors.ts";
import type { GroupSecretBody, MemberChange } from "./groups.input.ts";

export interface MemberRow {
  id: string;
  userId: string;
  isAdmin: boolean;
}

/** What the rules need to know about a user being added. */
export interface CandidateUser {
  id: string;
  active: boolean;
  deleted: boolean;
}

export type ChangeKind = "add" | "update" | "delete";

/** Passbolt's change kinds: add (no id, user_id), update (id, is_admin), delete (id, delete). */
export function changeKind(c: MemberChange): ChangeKind | null {
  const del = c.delete === true;
  if (c.id === undefined && c.user_id !== undefined && !del) return "add";
  if (c.id !== undefined && c.user_id === undefined && c.is_admin !== undefined && !del) return "update";
  if (c.id !== undefined && c.user_id === undefined && c.is_admin === undefined && del) return "delete";
  return null;
}

export interface MembershipPlan {
  added: { row: number; userId: string; isAdmin: boolean }[];
  /** Only rows whose is_admin actually changes. */
  updated: { row: number; member: MemberRow; isAdmin: boolean }[];
  removed: { row: number; member: MemberRow }[];
  /** The members after the changes (added ones without an id yet). */
  next: { userId: string; isAdmin: boolean }[];
}

const MESSAGES = {
  valid_change:
    "A change is an addition (user_id, is_admin), an update (id, is_admin) or a removal (id, delete).",
  exists: "The group user does not exist.",
  user_exists: "The user does not exist.",
  user_is_not_soft_deleted: "The user has been deleted.",
  user_is_active: "The user has not completed the setup yet.",
  group_user_unique: "The user is already a member of this group.",
  at_least_one_group_manager: "At least one group manager must be provided.",
} as const;

/** @returns the errors found checking one user to add, on `groups_users.<row>.user_id` */
function checkCandidate(errors: ErrorTree, row: number, user: CandidateUser | undefined): boolean {
  const rule = !user
    ? "user_exists"
    : user.deleted
      ? "user_is_not_soft_deleted"
      : !user.active
        ? "user_is_active"
        : null;
  if (rule) addError(errors, ["groups_users", row, "user_id"], rule, MESSAGES[rule]);
  return rule === null;
}

/**
 * Applies the changes in order (a later row sees the earlier ones) and checks that a manager
 * remains. For a new group, pass no current members and add-only changes.
 * @param users the users named by additions (missing ones do not exist)
 */
export function planMembershipChanges(
  current: MemberRow[],
  changes: MemberChange[],
  users: Map<string, CandidateUser>,
): { plan: MembershipPlan; errors: ErrorTree } {
  const errors: ErrorTree = {};
  const byId = new Map(current.map((m) => [m.id, { ...m }]));
  const members = new Map<string, { userId: string; isAdmin: boolean }>(
    current.map((m) => [m.userId, { userId: m.userId, isAdmin: m.isAdmin }]),
  );
  const plan: MembershipPlan = { added: [], updated: [], removed: [], next: [] };
  const lostManager: number[] = [];
  changes.forEach((c, row) => {
    const kind = changeKind(c);
    if (!kind) return addError(errors, ["groups_users", row], "valid_change", MESSAGES.valid_change);
    if (kind === "add") {
      const userId = c.user_id!;
      if (!checkCandidate(errors, row, users.get(userId))) return;
      if (members.has(userId))
        return addError(
          errors,
          ["groups_users", row, "user_id"],
          "group_user_unique",
          MESSAGES.group_user_unique,
        );
      const isAdmin = c.is_admin === true;
      members.set(userId, { userId, isAdmin });
      plan.added.push({ row, userId, isAdmin });
      return;
    }
    const member = byId.get(c.id!);
    if (!member) return addError(errors, ["groups_users", row, "id"], "exists", MESSAGES.exists);
    if (kind === "delete") {
      byId.delete(member.id);
      members.delete(member.userId);
      plan.removed.push({ row, member });
      if (member.isAdmin) lostManager.push(row);
      return;
    }
    if (c.is_admin === member.isAdmin) return;
    if (member.isAdmin) lostManager.push(row);
    member.isAdmin = c.is_admin!;
    members.set(member.userId, { userId: member.userId, isAdmin: member.isAdmin });
    plan.updated.push({ row, member, isAdmin: member.isAdmin });
  });
  plan.next = [...members.values()];
  if (Object.keys(errors).length === 0 && !plan.next.some((m) => m.isAdmin)) {
    // on the rows that took the last manager away; on the list itself for a new group
    if (lostManager.length)
      for (const row of lostManager)
        addError(
          errors,
          ["groups_users", row, "is_admin"],
          "at_least_one_group_manager",
          MESSAGES.at_least_one_group_manager,
        );
    else
      addError(errors, ["groups_users"], "at_least_one_group_manager", MESSAGES.at_least_one_group_manager);
  }
  return { plan, errors };
}

/** An added member and the resources they need a secret for. */
export interface Addition {
  row: number;
  userId: string;
  needed: string[];
}

/**
 * Exactly one secret per (added member, resource they now need), nothing else.
 * @returns the errors, or null when the secrets match
 */
export function checkAdditionSecrets(additions: Addition[], secrets: GroupSecretBody[]): ErrorTree | null {
  const errors: ErrorTree = {};
  const byUser = new Map(additions.map((a) => [a.userId, { ...a, needed: new Set(a.needed), sent: 0 }]));
  const covered = new Set<string>();
  secrets.forEach((s, j) => {
    const a = byUser.get(s.user_id);
    if (!a)
      return addError(
        errors,
        ["secrets", j, "user_id"],
        "same_user",
        "The user_id does not match a user added to the group.",
      );
    a.sent += 1;
    const key = `${s.user_id}:${s.resource_id}`;
    if (!a.needed.has(s.resource_id) || covered.has(key))
      return addError(
        errors,
        ["secrets", j, "resource_id"],
        "only_missing",
        "The secret is not one of the secrets missing for this user, or is sent twice.",
      );
    covered.add(key);
  });
  for (const a of byUser.values()) {
    if ([...a.needed].some((r) => !covered.has(`${a.userId}:${r}`)))
      addError(
        errors,
        ["groups_users", a.row, "secrets"],
        "all_missing",
        "Some required secrets are missing.",
      );
    if (a.sent > a.needed.size)
      addError(errors, ["groups_users", a.row, "secrets"], "all_missing_only", "Too many secrets provided.");
  }
  return Object.keys(errors).length ? errors : null;
}

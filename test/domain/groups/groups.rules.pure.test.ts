import { expect } from "chai";
import {
  changeKind,
  checkAdditionSecrets,
  planMembershipChanges,
  type CandidateUser,
  type MemberRow,
} from "../../../src/domain/groups/groups.rules.ts";

const U = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const members: MemberRow[] = [
  { id: "row-1", userId: U(1), isAdmin: true },
  { id: "row-2", userId: U(2), isAdmin: false },
];
const users = new Map<string, CandidateUser>([
  [U(2), { id: U(2), active: true, deleted: false }],
  [U(3), { id: U(3), active: true, deleted: false }],
  [U(4), { id: U(4), active: false, deleted: false }],
  [U(5), { id: U(5), active: true, deleted: true }],
]);

describe("groups.rules changeKind()", () => {
  it("tells additions, updates and removals apart, and nothing else", () => {
    expect(changeKind({ user_id: U(3) })).to.equal("add");
    expect(changeKind({ user_id: U(3), is_admin: true })).to.equal("add");
    expect(changeKind({ id: "row-2", is_admin: true })).to.equal("update");
    expect(changeKind({ id: "row-2", delete: true })).to.equal("delete");
    expect(changeKind({ id: "row-2" })).to.equal(null);
    expect(changeKind({ id: "row-2", user_id: U(3) })).to.equal(null);
    expect(changeKind({ id: "row-2", is_admin: true, delete: true })).to.equal(null);
    expect(changeKind({ user_id: U(3), delete: true })).to.equal(null);
    expect(changeKind({})).to.equal(null);
  });
});

describe("groups.rules planMembershipChanges()", () => {
  it("applies the changes in order and keeps only real updates", () => {
    const { plan, errors } = planMembershipChanges(
      members,
      [
        { user_id: U(3), is_admin: true },
        { id: "row-2", is_admin: false },
        { id: "row-1", delete: true },
      ],
      users,
    );
    expect(errors).to.deep.equal({});
    expect(plan.added).to.deep.equal([{ row: 0, userId: U(3), isAdmin: true }]);
    expect(plan.updated).to.deep.equal([]);
    expect(plan.removed.map((r) => r.member.id)).to.deep.equal(["row-1"]);
    expect(plan.next).to.have.deep.members([
      { userId: U(2), isAdmin: false },
      { userId: U(3), isAdmin: true },
    ]);
  });

  it("reports each row's problem under groups_users.<row>", () => {
    const { errors } = planMembershipChanges(
      members,
      [
        { user_id: U(9) },
        { user_id: U(4) },
        { user_id: U(5) },
        { user_id: U(2) },
        { id: "nope", delete: true },
        { id: "row-2" },
      ],
      users,
    );
    expect(errors).to.have.nested.property("groups_users.0.user_id.user_exists");
    expect(errors).to.have.nested.property("groups_users.1.user_id.user_is_active");
    expect(errors).to.have.nested.property("groups_users.2.user_id.user_is_not_soft_deleted");
    expect(errors).to.have.nested.property("groups_users.3.user_id.group_user_unique");
    expect(errors).to.have.nested.property("groups_users.4.id.exists");
    expect(errors).to.have.nested.property("groups_users.5.valid_change");
  });

  it("keeps a manager: on the rows that remove the last one, or on the list for a new group", () => {
    const demote = planMembershipChanges(members, [{ id: "row-1", is_admin: false }], users);
    expect(demote.errors).to.have.nested.property("groups_users.0.is_admin.at_least_one_group_manager");
    const fresh = planMembershipChanges([], [{ user_id: U(3) }], users);
    expect(fresh.errors).to.have.nested.property("groups_users.at_least_one_group_manager");
    const removeThenAdd = planMembershipChanges(
      members,
      [
        { id: "row-1", delete: true },
        { user_id: U(3), is_admin: true },
      ],
      users,
    );
    expect(removeThenAdd.errors).to.deep.equal({});
  });
});

describe("groups.rules checkAdditionSecrets()", () => {
  const additions = [{ row: 0, userId: U(3), needed: ["r1", "r2"] }];
  const s = (resource_id: string, user_id = U(3)) => ({ resource_id, user_id, data: "x" });

  it("accepts exactly one secret per needed resource", () => {
    expect(checkAdditionSecrets(additions, [s("r2"), s("r1")])).to.equal(null);
    expect(checkAdditionSecrets([], [])).to.equal(null);
  });

  it("names what is missing, in excess, for somebody else or for a resource not needed", () => {
    expect(checkAdditionSecrets(additions, [s("r1")])).to.have.nested.property(
      "groups_users.0.secrets.all_missing",
    );
    const dup = checkAdditionSecrets(additions, [s("r1"), s("r1"), s("r2")]);
    expect(dup).to.have.nested.property("groups_users.0.secrets.all_missing_only");
    expect(dup).to.have.nested.property("secrets.1.resource_id.only_missing");
    expect(checkAdditionSecrets(additions, [s("r1"), s("r3")])).to.have.nested.property(
      "secrets.1.resource_id.only_missing",
    );
    expect(checkAdditionSecrets(additions, [s("r1"), s("r2"), s("r1", U(1))])).to.have.nested.property(
      "secrets.2.user_id.same_user",
    );
  });
});

import { expect } from "chai";
import {
  compareSecretHolders,
  diffAccess,
  planPermissionChanges,
  usersWithAccess,
  type PermissionRow,
} from "../../../src/domain/share/share.rules.ts";

const owner: PermissionRow = { id: "p-ada", aro: "User", aroForeignKey: "ada", type: 15 };
const reader: PermissionRow = { id: "p-betty", aro: "User", aroForeignKey: "betty", type: 1 };
let n = 0;
const newId = () => `new-${++n}`;

describe("share.rules.planPermissionChanges()", () => {
  it("adds, updates and deletes in order", () => {
    const { plan, errors } = planPermissionChanges(
      [owner, reader],
      [
        { aro: "User", aro_foreign_key: "carol", type: 7 },
        { id: "p-betty", type: 15 },
        { id: "p-ada", delete: true },
      ],
      newId,
    );
    expect(errors).to.deep.equal({});
    expect(plan.added.map((p) => p.aroForeignKey)).to.deep.equal(["carol"]);
    expect(plan.updated).to.deep.equal([{ ...reader, type: 15 }]);
    expect(plan.deleted).to.deep.equal([owner]);
    expect(plan.next.map((p) => [p.aroForeignKey, p.type])).to.have.deep.members([
      ["betty", 15],
      ["carol", 7],
    ]);
  });

  it("refuses a permission id of another resource under permissions.<i>.id.exists", () => {
    const { errors } = planPermissionChanges([owner], [{ id: "elsewhere", type: 1 }], newId);
    expect(errors).to.have.nested.property("permissions.0.id.exists");
  });

  it("refuses a second permission for the same aro, existing or in the same request", () => {
    const existing = planPermissionChanges(
      [owner, reader],
      [{ aro: "User", aro_foreign_key: "betty", type: 7 }],
      newId,
    );
    expect(existing.errors).to.have.nested.property("permissions.0.aco_foreign_key.permission_unique");
    const twice = planPermissionChanges(
      [owner],
      [
        { aro: "Group", aro_foreign_key: "g", type: 1 },
        { aro: "Group", aro_foreign_key: "g", type: 7 },
      ],
      newId,
    );
    expect(twice.errors).to.have.nested.property("permissions.1.aco_foreign_key.permission_unique");
  });

  it("refuses to leave no owner", () => {
    const { errors } = planPermissionChanges([owner, reader], [{ id: "p-ada", type: 7 }], newId);
    expect(errors).to.have.nested.property("permissions.at_least_one_owner");
  });

  it("lets a deleted row's aro be added back in the same request", () => {
    const { errors, plan } = planPermissionChanges(
      [owner, reader],
      [
        { id: "p-betty", delete: true },
        { aro: "User", aro_foreign_key: "betty", type: 7 },
      ],
      newId,
    );
    expect(errors).to.deep.equal({});
    expect(plan.next.find((p) => p.aroForeignKey === "betty")!.type).to.equal(7);
  });
});

describe("share.rules.usersWithAccess()", () => {
  it("unions direct users and group members", () => {
    const users = usersWithAccess([owner, { id: "g1", aro: "Group", aroForeignKey: "team", type: 1 }], (g) =>
      g === "team" ? ["betty", "ada", "carol"] : [],
    );
    expect([...users].sort()).to.deep.equal(["ada", "betty", "carol"]);
  });
});

describe("share.rules.diffAccess() and compareSecretHolders()", () => {
  it("lists who gains and who loses access", () => {
    expect(diffAccess(["ada", "betty"], ["ada", "carol"])).to.deep.equal({
      added: ["carol"],
      removed: ["betty"],
    });
  });

  it("finds missing and extra secret holders", () => {
    expect(compareSecretHolders(["ada", "carol"], ["ada", "betty"])).to.deep.equal({
      missing: ["carol"],
      extra: ["betty"],
    });
  });
});

import { expect } from "chai";
import fc from "fast-check";
import {
  checkAros,
  checkChangeShapes,
  checkSecretTargets,
  mergeErrors,
  planPermissionChanges,
  type PermissionRow,
} from "../../../src/domain/share/share.rules.ts";
import { diffAccess, invariantGaps } from "../../../src/domain/access/index.ts";

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

describe("access diffAccess() and invariantGaps()", () => {
  it("lists who gains and who loses access", () => {
    expect(diffAccess(["ada", "betty"], ["ada", "carol"])).to.deep.equal({
      added: ["carol"],
      removed: ["betty"],
    });
  });

  it("finds missing and extra secret holders", () => {
    expect(invariantGaps(["ada", "betty"], ["ada", "carol"])).to.deep.equal({
      missing: ["carol"],
      extra: ["betty"],
    });
  });
});

describe("share.rules.checkChangeShapes()", () => {
  it("requires aro, aro_foreign_key and type on an addition only", () => {
    const errors = checkChangeShapes([
      { aro: "User" },
      { id: "p-ada", delete: true },
      { aro: "User", aro_foreign_key: "x", type: 1 },
    ]);
    expect(errors).to.have.nested.property("permissions.0.aro_foreign_key._required");
    expect(errors).to.have.nested.property("permissions.0.type._required");
    expect(errors).not.to.have.nested.property("permissions.0.aro");
    expect(errors).not.to.have.nested.property("permissions.1");
    expect(errors).not.to.have.nested.property("permissions.2");
  });
});

describe("share.rules.checkAros()", () => {
  it("flags additions whose aro may not be granted access, by index", () => {
    const errors = checkAros(
      [
        { aro: "User", aro_foreign_key: "betty", type: 1 },
        { aro: "User", aro_foreign_key: "ruth", type: 1 },
        { id: "p-ada", delete: true },
        { aro: "Group", aro_foreign_key: "gone", type: 1 },
      ],
      (_aro, id) => id === "betty",
    );
    expect(Object.keys(errors.permissions as object)).to.deep.equal(["1", "3"]);
    expect(errors).to.have.nested.property("permissions.1.aro_foreign_key.aro_exists");
  });
});

describe("share.rules.checkSecretTargets()", () => {
  it("requires access after the changes, one secret per user, and this resource", () => {
    const errors = checkSecretTargets(
      [
        { userId: "ada" },
        { userId: "carol" },
        { userId: "ada", resourceId: "r1" },
        { userId: "betty", resourceId: "r2" },
      ],
      "r1",
      new Set(["ada", "betty"]),
    );
    expect(errors).not.to.have.nested.property("secrets.0");
    expect(errors).to.have.nested.property("secrets.1.resource_id.has_resource_access");
    expect(errors).to.have.nested.property("secrets.2.user_id.secret_unique");
    expect(errors).to.have.nested.property("secrets.3.resource_id.same_resource");
  });
});

describe("share.rules.mergeErrors()", () => {
  it("merges nested trees, the first message for a rule winning", () => {
    expect(
      mergeErrors(
        { permissions: { "0": { id: { exists: "a" } } } },
        { permissions: { "0": { id: { exists: "b" }, type: { inList: "c" } }, at_least_one_owner: "d" } },
      ),
    ).to.deep.equal({
      permissions: { "0": { id: { exists: "a" }, type: { inList: "c" } }, at_least_one_owner: "d" },
    });
  });
});

describe("share.rules.planPermissionChanges() at size", () => {
  it("plans 5,000 additions in well under a second (uniqueness is one lookup per change)", () => {
    const changes = Array.from({ length: 5000 }, (_, i) => ({
      aro: "User" as const,
      aro_foreign_key: `u${i}`,
      type: 1 as const,
    }));
    const t = performance.now();
    const { plan, errors } = planPermissionChanges([owner], changes, newId);
    expect(errors).to.deep.equal({});
    expect(plan.added).to.have.length(5000);
    expect(performance.now() - t).to.be.lessThan(1000);
  });
});

describe("share.rules.planPermissionChanges() properties", () => {
  const aroIds = ["ada", "betty", "carol", "team"];
  const change = fc.oneof(
    fc.record({
      aro: fc.constantFrom("User" as const, "Group" as const),
      aro_foreign_key: fc.constantFrom(...aroIds),
      type: fc.constantFrom(1 as const, 7 as const, 15 as const),
    }),
    fc.record({
      id: fc.constantFrom("p-ada", "p-betty", "new-x"),
      type: fc.constantFrom(1 as const, 7 as const, 15 as const),
    }),
    fc.record({ id: fc.constantFrom("p-ada", "p-betty", "new-x"), delete: fc.constant(true) }),
  );

  it("never plans two rows for one aro, and a plan without errors keeps an owner", () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        let k = 0;
        const { plan, errors } = planPermissionChanges([owner, reader], changes, () => `gen-${++k}`);
        const keys = plan.next.map((p) => `${p.aro}:${p.aroForeignKey}`);
        expect(new Set(keys).size).to.equal(keys.length);
        if (Object.keys(errors).length === 0) expect(plan.next.some((p) => p.type === 15)).to.equal(true);
        const ids = new Set(plan.next.map((p) => p.id));
        for (const d of plan.deleted) expect(ids.has(d.id)).to.equal(false);
        for (const a of plan.added) expect(ids.has(a.id)).to.equal(true);
      }),
    );
  });
});

import { expect } from "chai";
import { newId } from "../../../src/db/ids.ts";
import { LISTED_CHANGES_MAX, permissionChangeData } from "../../../src/domain/share/share.audit.ts";
import type { PermissionRow } from "../../../src/domain/share/share.rules.ts";

const row = (type: 1 | 7 | 15 = 1): PermissionRow => ({
  id: newId(),
  aro: "User",
  aroForeignKey: newId(),
  type,
});

describe("permission.change audit data", () => {
  it("lists the changed rows (ids and types only) with the counts", () => {
    const added = [row(7)];
    const deleted = [row(1)];
    const data = permissionChangeData({ added, updated: [], deleted }, { added: ["u1"], removed: ["u2"] });
    expect(data).to.deep.equal({
      permissionsAdded: 1,
      permissionsUpdated: 0,
      permissionsDeleted: 1,
      usersGainingAccess: 1,
      usersLosingAccess: 1,
      added: [{ id: added[0]!.id, aro: "User", aroForeignKey: added[0]!.aroForeignKey, type: 7 }],
      updated: [],
      deleted: [{ id: deleted[0]!.id, aro: "User", aroForeignKey: deleted[0]!.aroForeignKey, type: 1 }],
    });
  });

  it("keeps counts only past the cap, so the entry fits a MySQL TEXT column", () => {
    const at = Array.from({ length: LISTED_CHANGES_MAX }, () => row());
    const listed = permissionChangeData({ added: at, updated: [], deleted: [] }, { added: [], removed: [] });
    expect(listed.added).to.have.length(LISTED_CHANGES_MAX);
    expect(JSON.stringify(listed).length).to.be.below(60_000);
    const over = permissionChangeData(
      { added: [...at, row()], updated: [], deleted: [] },
      { added: [], removed: [] },
    );
    expect(over).not.to.have.property("added");
    expect(over.permissionsAdded).to.equal(LISTED_CHANGES_MAX + 1);
  });
});

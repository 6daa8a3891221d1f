import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del, get } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import { expectInvariant, holdersOf, readSecret, snapshot, type Tree } from "./groups.helpers.ts";

interface Refused {
  errors: {
    resources: {
      sole_owner: {
        id: string;
        permissions: { id: string; aro_foreign_key: string; user?: unknown; group?: unknown }[];
      }[];
    };
    folders: { sole_owner: unknown[] };
  };
}

describe("DELETE /groups/{id}.json and /groups/{id}/dry-run.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const members: CastName[] = ["betty", "frances"];
  const remove = async (who: CastName, groupId: string, body?: unknown, dryRun = false) =>
    del<unknown>(server.url, `/groups/${groupId}${dryRun ? "/dry-run" : ""}.json`, {
      ...(await sessionFor(server, who)),
      ...(body === undefined ? {} : { body }),
    });
  const permissionOf = async (resourceId: string, aro: string) => {
    const rows: { id: string; type: number }[] = await server.db.read((m) =>
      m.query("SELECT id, type FROM permissions WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
        resourceId,
        aro,
      ]),
    );
    return rows[0];
  };

  /** A group that solely owns a resource ada can read directly. */
  async function soleOwner() {
    const group = await buildGroup(server, { members });
    const r = await buildResource(server, {
      owner: "ada",
      groups: [{ id: group.id, type: 15, members }],
    });
    // ada is demoted to reader: the group is the only owner
    await server.db.read((m) =>
      m.query("UPDATE permissions SET type = 1 WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
        r.id,
        cast.ada.id,
      ]),
    );
    return { group, r };
  }

  it("refuses while the group is the sole owner of a resource others reach, listing it with its permissions", async () => {
    const { group, r } = await soleOwner();
    const before = await snapshot(server);
    for (const dryRun of [true, false]) {
      const res = await remove("betty", group.id, undefined, dryRun);
      expectError(res, 400, /^The group cannot be deleted\./);
      const body = res.json.body as Refused;
      expect(body.errors.folders.sole_owner).to.deep.equal([]);
      const [blocked] = body.errors.resources.sole_owner;
      expect(blocked!.id).to.equal(r.id);
      expect(blocked!.permissions.map((p) => p.aro_foreign_key)).to.have.members([cast.ada.id, group.id]);
      expect(blocked!.permissions.find((p) => p.aro_foreign_key === cast.ada.id)).to.have.nested.property(
        "user.profile",
      );
      expect(blocked!.permissions.find((p) => p.aro_foreign_key === group.id)).to.have.property("group");
    }
    expect(await snapshot(server)).to.deep.equal(before);
  });

  it("refuses a transfer that does not fit: unknown permission, the group's own, a resource not blocking", async () => {
    const { group, r } = await soleOwner();
    const free = await buildResource(server, {
      owner: "ada",
      readers: ["edith"],
      groups: [{ id: group.id, type: 1, members }],
    });
    const cases: [unknown, string][] = [
      [{ id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301", aco_foreign_key: r.id }, "transfer.owners.0.id.exists"],
      [
        { id: (await permissionOf(r.id, cast.ada.id))!.id, aco_foreign_key: free.id },
        "transfer.owners.0.id.exists",
      ],
      [
        { id: (await permissionOf(r.id, group.id))!.id, aco_foreign_key: r.id },
        "transfer.owners.0.id.is_not_leaving",
      ],
      [
        { id: (await permissionOf(free.id, cast.edith.id))!.id, aco_foreign_key: free.id },
        "transfer.owners.0.aco_foreign_key.is_sole_owner",
      ],
    ];
    for (const [owner, path] of cases) {
      const before = await snapshot(server);
      const res = await remove("betty", group.id, { transfer: { owners: [owner] } });
      expectError(res, 400, "The transfer is not authorized.");
      expect(res.json.body as Tree, path).to.have.nested.property(path);
      expect(await snapshot(server)).to.deep.equal(before);
    }
  });

  it("transfers the ownership first, then deletes: the dry run changes nothing, the delete does it all", async () => {
    const { group, r } = await soleOwner();
    const adaPermission = (await permissionOf(r.id, cast.ada.id))!;
    const body = { transfer: { owners: [{ id: adaPermission.id, aco_foreign_key: r.id }] } };
    const before = await snapshot(server);
    const dry = await remove("betty", group.id, body, true);
    expectSuccess(dry);
    expect(dry.json.header.message).to.equal("The group can be deleted.");
    expect(await snapshot(server)).to.deep.equal(before);
    const res = await remove("betty", group.id, body);
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The group was deleted successfully.");
    expect(Number((await permissionOf(r.id, cast.ada.id))!.type)).to.equal(15);
    expect(await permissionOf(r.id, group.id)).to.equal(undefined);
    expect(await holdersOf(server, r.id)).to.deep.equal([cast.ada.id]);
    await expectInvariant(server, [r.id]);
  });

  it("deletes a group: members lose what they reached only through it, resources only it reached are soft-deleted", async () => {
    const group = await buildGroup(server, { members });
    const shared = await buildResource(server, {
      owner: "ada",
      groups: [{ id: group.id, type: 7, members }],
      favoriteOf: ["frances"],
    });
    const direct = await buildResource(server, {
      owner: "ada",
      readers: ["frances"],
      groups: [{ id: group.id, type: 1, members }],
    });
    const own = await buildResource(server, {
      owner: "betty",
      groups: [{ id: group.id, type: 15, members }],
    });
    // own: the group and betty own it; betty then leaves as owner so that only the group reaches it
    await server.db.read((m) =>
      m.query("DELETE FROM permissions WHERE aco_foreign_key = ? AND aro = 'User'", [own.id]),
    );
    const res = await remove("ada", group.id);
    expectSuccess(res);
    const betty = await sessionFor(server, "betty");
    const frances = await sessionFor(server, "frances");
    expect(await readSecret(server, "betty", betty, shared.id)).to.equal(null);
    expect(await readSecret(server, "frances", frances, direct.id)).to.equal(direct.plaintext);
    expect(await holdersOf(server, shared.id)).to.deep.equal([cast.ada.id]);
    expect(await holdersOf(server, own.id)).to.deep.equal([]);
    const [ownRow] = await server.db.read((m) =>
      m.query("SELECT deleted, username FROM resources WHERE id = ?", [own.id]),
    );
    expect(Number(ownRow.deleted)).to.equal(1);
    expect(ownRow.username).to.equal(null);
    const left: unknown[] = await server.db.read((m) =>
      m.query(
        "SELECT id FROM groups_users WHERE group_id = ? UNION ALL SELECT id FROM permissions WHERE aro_foreign_key = ?",
        [group.id, group.id],
      ),
    );
    expect(left).to.deep.equal([]);
    const favorites: unknown[] = await server.db.read((m) =>
      m.query("SELECT id FROM favorites WHERE foreign_key = ?", [shared.id]),
    );
    expect(favorites).to.deep.equal([]);
    expectError(await get(server.url, `/groups/${group.id}.json`, betty), 404);
    await expectInvariant(server, [shared.id, direct.id, own.id]);
    const audit: { action: string }[] = await server.db.read((m) =>
      m.query("SELECT action FROM audit_log WHERE target_id = ?", [group.id]),
    );
    expect(audit.map((a) => a.action)).to.include("group.delete");
    expectError(await remove("ada", group.id), 404, "The group does not exist.");
  });

  it("lets a manager or an admin delete; 403 for a plain member or a stranger, 404 unknown, 400 bad id, 401", async () => {
    const group = await buildGroup(server, { members });
    const before = await snapshot(server);
    for (const dryRun of [true, false]) {
      expectError(await remove("frances", group.id, undefined, dryRun), 403);
      expectError(await remove("carol", group.id, undefined, dryRun), 403);
      expectError(await del(server.url, `/groups/${group.id}${dryRun ? "/dry-run" : ""}.json`), 401);
    }
    expect(await snapshot(server)).to.deep.equal(before);
    expectError(await remove("ada", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"), 404);
    expectError(await remove("ada", "nope"), 400);
    expectSuccess(await remove("betty", group.id, undefined, true));
    expectSuccess(await remove("betty", group.id));
  });
});

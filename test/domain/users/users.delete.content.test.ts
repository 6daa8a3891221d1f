import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildUser, type BuiltUser } from "../../helpers/factories.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import { expectInvariant, holdersOf, snapshot, type Tree } from "../groups/groups.helpers.ts";

interface Refused {
  errors: {
    resources: { sole_owner: { id: string; permissions: { id: string; aro_foreign_key: string }[] }[] };
    groups: {
      sole_manager: {
        id: string;
        groups_users: { id: string; user_id: string; user?: { profile?: unknown } }[];
      }[];
    };
    folders: { sole_owner: unknown[] };
  };
  groups_to_delete: { id: string }[];
}

describe("DELETE /users/{id}.json: what the user owns, manages and reaches", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const remove = async (userId: string, body?: unknown, dryRun = false) =>
    del<unknown>(server.url, `/users/${userId}${dryRun ? "/dry-run" : ""}.json`, {
      ...(await sessionFor(server, "ada")),
      ...(body === undefined ? {} : { body }),
    });
  const rowsOf = async (sql: string, params: unknown[]) =>
    (await server.db.read((m) => m.query(sql, params))) as Record<string, unknown>[];
  const permissionOf = async (resourceId: string, aro: string) =>
    (
      await rowsOf("SELECT id, type FROM permissions WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
        resourceId,
        aro,
      ])
    )[0] as { id: string; type: number } | undefined;
  const membershipOf = async (groupId: string, userId: string) =>
    (
      await rowsOf("SELECT id, is_admin FROM groups_users WHERE group_id = ? AND user_id = ?", [
        groupId,
        userId,
      ])
    )[0] as { id: string; is_admin: unknown } | undefined;

  /**
   * user: sole owner of `owned` (betty reads it), sole manager of `managed` (with frances), only
   * member of `alone` (which owns `viaAlone`, read by frances), member of `team` (managed by
   * betty, reading `teamShared`), sole reader of `personal`.
   */
  async function world(user: BuiltUser) {
    const owned = await buildResource(server, { owner: user, readers: ["betty"], favoriteOf: [user] });
    const managed = await buildGroup(server, { members: [user, "frances"] });
    const alone = await buildGroup(server, { members: [user] });
    const viaAlone = await buildResource(server, {
      owner: "frances",
      groups: [{ id: alone.id, type: 15, members: [user] }],
    });
    await server.db.read((m) =>
      m.query("UPDATE permissions SET type = 1 WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
        viaAlone.id,
        cast.frances.id,
      ]),
    );
    const team = await buildGroup(server, { members: ["betty", user] });
    const teamShared = await buildResource(server, {
      owner: "ada",
      groups: [{ id: team.id, type: 1, members: ["betty", user] }],
    });
    const personal = await buildResource(server, { owner: user });
    return { owned, managed, alone, viaAlone, team, teamShared, personal };
  }

  it("refuses the sole owner of shared content and the sole manager of a group, listing both", async () => {
    const user = await buildUser(server);
    const w = await world(user);
    const before = await snapshot(server);
    for (const dryRun of [true, false]) {
      const res = await remove(user.id, undefined, dryRun);
      expectError(res, 400, /^The user cannot be deleted\./);
      const body = res.json.body as Refused;
      expect(body.errors.resources.sole_owner.map((r) => r.id)).to.have.members([w.owned.id, w.viaAlone.id]);
      const owned = body.errors.resources.sole_owner.find((r) => r.id === w.owned.id)!;
      expect(owned.permissions.map((p) => p.aro_foreign_key)).to.have.members([user.id, cast.betty.id]);
      expect(body.errors.groups.sole_manager.map((g) => g.id)).to.deep.equal([w.managed.id]);
      const rows = body.errors.groups.sole_manager[0]!.groups_users;
      expect(rows.map((r) => r.user_id)).to.have.members([user.id, cast.frances.id]);
      expect(rows.every((r) => r.user?.profile)).to.equal(true);
      expect(body.errors.folders.sole_owner).to.deep.equal([]);
      expect(body.groups_to_delete.map((g) => g.id)).to.deep.equal([w.alone.id]);
    }
    expect(await snapshot(server)).to.deep.equal(before);
  });

  it("refuses a transfer that does not fit, changing nothing", async () => {
    const user = await buildUser(server);
    const w = await world(user);
    const other = await buildGroup(server, { members: ["betty", "frances"] });
    const francesInOther = (await membershipOf(other.id, cast.frances.id))!.id;
    const ownRow = (await membershipOf(w.managed.id, user.id))!.id;
    const cases: [unknown, string][] = [
      [
        { managers: [{ id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301", group_id: w.managed.id }] },
        "transfer.managers.0.id.exists",
      ],
      [{ managers: [{ id: francesInOther, group_id: w.managed.id }] }, "transfer.managers.0.id.exists"],
      [{ managers: [{ id: ownRow, group_id: w.managed.id }] }, "transfer.managers.0.id.exists"],
      [
        { managers: [{ id: francesInOther, group_id: other.id }] },
        "transfer.managers.0.group_id.is_sole_manager",
      ],
      [
        { owners: [{ id: (await permissionOf(w.owned.id, user.id))!.id, aco_foreign_key: w.owned.id }] },
        "transfer.owners.0.id.is_not_leaving",
      ],
      [
        {
          owners: [
            { id: (await permissionOf(w.viaAlone.id, w.alone.id))!.id, aco_foreign_key: w.viaAlone.id },
          ],
        },
        "transfer.owners.0.id.is_not_leaving",
      ],
    ];
    for (const [transfer, path] of cases) {
      const before = await snapshot(server);
      const res = await remove(user.id, { transfer });
      expectError(res, 400, "The transfer is not authorized.");
      expect(res.json.body as Tree, path).to.have.nested.property(path);
      expect(await snapshot(server)).to.deep.equal(before);
    }
  });

  it("transfers ownership and management, then deletes: memberships, permissions, secrets and favorites go", async () => {
    const user = await buildUser(server);
    const w = await world(user);
    const transfer = {
      owners: [
        { id: (await permissionOf(w.owned.id, cast.betty.id))!.id, aco_foreign_key: w.owned.id },
        { id: (await permissionOf(w.viaAlone.id, cast.frances.id))!.id, aco_foreign_key: w.viaAlone.id },
      ],
      managers: [{ id: (await membershipOf(w.managed.id, cast.frances.id))!.id, group_id: w.managed.id }],
    };
    const before = await snapshot(server);
    expectSuccess(await remove(user.id, { transfer }, true));
    expect(await snapshot(server), "the dry run changes nothing").to.deep.equal(before);
    const res = await remove(user.id, { transfer });
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The user was deleted successfully.");

    expect(Number((await permissionOf(w.owned.id, cast.betty.id))!.type)).to.equal(15);
    expect(Number((await permissionOf(w.viaAlone.id, cast.frances.id))!.type)).to.equal(15);
    expect(Boolean(Number((await membershipOf(w.managed.id, cast.frances.id))!.is_admin))).to.equal(true);
    const left = async (sql: string) => (await rowsOf(sql, [user.id])).length;
    expect(await left("SELECT id FROM permissions WHERE aro_foreign_key = ?")).to.equal(0);
    expect(await left("SELECT id FROM secrets WHERE user_id = ?")).to.equal(0);
    expect(await left("SELECT id FROM groups_users WHERE user_id = ?")).to.equal(0);
    expect(await left("SELECT id FROM favorites WHERE user_id = ?")).to.equal(0);
    expect(await left("SELECT id FROM users WHERE id = ? AND deleted = 1")).to.equal(1);
    // the group only they belonged to is deleted with its permissions; the others live on
    const [alone] = await rowsOf("SELECT deleted FROM `groups` WHERE id = ?", [w.alone.id]);
    expect(Number(alone!.deleted)).to.equal(1);
    expect(await permissionOf(w.viaAlone.id, w.alone.id)).to.equal(undefined);
    const [team] = await rowsOf("SELECT deleted FROM `groups` WHERE id = ?", [w.team.id]);
    expect(Number(team!.deleted)).to.equal(0);
    // what only they could reach is soft-deleted; what others share keeps its other holders
    const [personal] = await rowsOf("SELECT deleted FROM resources WHERE id = ?", [w.personal.id]);
    expect(Number(personal!.deleted)).to.equal(1);
    expect(await holdersOf(server, w.teamShared.id)).to.deep.equal([cast.ada.id, cast.betty.id].sort());
    expect(await holdersOf(server, w.owned.id)).to.deep.equal([cast.betty.id]);
    await expectInvariant(server, [w.owned.id, w.viaAlone.id, w.teamShared.id, w.personal.id]);
    const audit = await rowsOf("SELECT action, data FROM audit_log WHERE target_id = ?", [user.id]);
    expect(audit.map((a) => a.action)).to.include("user.delete");
  });

  it("deletes a user who only shares through groups they do not own: nothing blocks", async () => {
    const user = await buildUser(server);
    const team = await buildGroup(server, { members: ["betty", user] });
    const r = await buildResource(server, {
      owner: "ada",
      groups: [{ id: team.id, type: 7, members: ["betty", user] }],
    });
    expectSuccess(await remove(user.id));
    expect(await holdersOf(server, r.id)).to.deep.equal([cast.ada.id, cast.betty.id].sort());
    await expectInvariant(server, [r.id]);
  });
});

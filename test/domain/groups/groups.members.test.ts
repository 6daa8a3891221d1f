import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del, put } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import {
  decryptAs,
  expectInvariant,
  holdersOf,
  readSecret,
  secretsForAddition,
  snapshot,
  type DryRunJson,
  type GroupJson,
  type Tree,
} from "./groups.helpers.ts";

describe("PUT /groups/{id}.json: members and their secrets (resources shared with a group)", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** betty manages the group, frances is a member; r1 (read) and r2 (update) are shared with it. */
  async function setup(extra: { favoriteOf?: CastName[] } = {}) {
    const group = await buildGroup(server, { members: ["betty", "frances"] });
    const members: CastName[] = ["betty", "frances"];
    const r1 = await buildResource(server, {
      owner: "ada",
      groups: [{ id: group.id, type: 1, members }],
      favoriteOf: extra.favoriteOf,
    });
    const r2 = await buildResource(server, { owner: "ada", groups: [{ id: group.id, type: 7, members }] });
    return { group, r1, r2 };
  }
  const membershipId = async (groupId: string, who: CastName) => {
    const rows: { id: string }[] = await server.db.read((m) =>
      m.query("SELECT id FROM groups_users WHERE group_id = ? AND user_id = ?", [groupId, cast[who].id]),
    );
    return rows[0]!.id;
  };
  const update = async (who: CastName, groupId: string, body: unknown) =>
    put<GroupJson>(server.url, `/groups/${groupId}.json`, { ...(await sessionFor(server, who)), body });
  const addEdith = [{ user_id: cast.edith.id, is_admin: false }];

  it("lets every member read the group's resources, and nobody else", async () => {
    const { r1, r2 } = await setup();
    for (const who of ["betty", "frances", "ada"] as const)
      for (const r of [r1, r2])
        expect(await readSecret(server, who, await sessionFor(server, who), r.id)).to.equal(r.plaintext);
    expect(await readSecret(server, "edith", await sessionFor(server, "edith"), r1.id)).to.equal(null);
  });

  it("dry run: lists the secrets an addition needs and gives the caller's own copies, changing nothing", async () => {
    const { group, r1, r2 } = await setup();
    // edith already reaches r3 directly: no secret needed there
    const r3 = await buildResource(server, {
      owner: "ada",
      readers: ["edith"],
      groups: [{ id: group.id, type: 1, members: ["betty", "frances"] }],
    });
    const before = await snapshot(server);
    const res = await put<DryRunJson>(server.url, `/groups/${group.id}/dry-run.json`, {
      ...(await sessionFor(server, "betty")),
      body: { groups_users: addEdith },
    });
    expectSuccess(res);
    const dry = res.json.body["dry-run"];
    expect(dry.SecretsNeeded.map((s) => s.Secret)).to.have.deep.members([
      { resource_id: r1.id, user_id: cast.edith.id },
      { resource_id: r2.id, user_id: cast.edith.id },
    ]);
    expect(dry.Secrets).to.have.length(2);
    for (const { Secret } of dry.Secrets) {
      expect(Secret).to.have.length(1);
      expect(Secret[0]!.user_id).to.equal(cast.betty.id);
      const plain = await decryptAs("betty", Secret[0]!.data);
      expect(plain).to.equal(Secret[0]!.resource_id === r1.id ? r1.plaintext : r2.plaintext);
    }
    expect(dry.SecretsNeeded.map((s) => s.Secret.resource_id)).not.to.include(r3.id);
    expect(await snapshot(server)).to.deep.equal(before);
  });

  it("refuses an addition without its secrets (secrets.all_missing), leaving the database unchanged", async () => {
    const { group, r1 } = await setup();
    const before = await snapshot(server);
    const res = await update("betty", group.id, { groups_users: addEdith });
    expectError(res, 400, "Could not validate group data.");
    expect(res.json.body as unknown as Tree).to.have.nested.property("groups_users.0.secrets.all_missing");
    expect(await snapshot(server)).to.deep.equal(before);
    expect(await readSecret(server, "edith", await sessionFor(server, "edith"), r1.id)).to.equal(null);
  });

  it("adds a member with the secrets the dry run asked for: they decrypt them with OpenPGP.js", async () => {
    const { group, r1, r2 } = await setup();
    const betty = await sessionFor(server, "betty");
    const secrets = await secretsForAddition(server, "betty", betty, group.id, addEdith);
    expect(secrets).to.have.length(2);
    const res = await put<GroupJson>(server.url, `/groups/${group.id}.json`, {
      ...betty,
      body: { groups_users: addEdith, secrets },
    });
    expectSuccess(res);
    const rows = res.json.body.groups_users!;
    expect(rows.map((gu) => gu.user_id)).to.have.members([cast.betty.id, cast.frances.id, cast.edith.id]);
    expect(rows.every((gu) => gu.user?.profile)).to.equal(true);
    const edith = await sessionFor(server, "edith");
    expect(await readSecret(server, "edith", edith, r1.id)).to.equal(r1.plaintext);
    expect(await readSecret(server, "edith", edith, r2.id)).to.equal(r2.plaintext);
    await expectInvariant(server, [r1.id, r2.id]);
    const audit: { action: string; data: string }[] = await server.db.read((m) =>
      m.query("SELECT action, data FROM audit_log WHERE target_id = ? ORDER BY action", [group.id]),
    );
    expect(audit.map((a) => a.action)).to.include.members(["group.member.add", "secret.write"]);
    expect(audit.map((a) => a.data).join()).not.to.include("BEGIN PGP");
  });

  it("removes a member: their secrets and favorites of what they no longer reach go, direct access stays", async () => {
    const { group, r1, r2 } = await setup({ favoriteOf: ["frances", "betty"] });
    const r3 = await buildResource(server, {
      owner: "ada",
      readers: ["frances"],
      groups: [{ id: group.id, type: 1, members: ["betty", "frances"] }],
      favoriteOf: ["frances"],
    });
    const res = await update("betty", group.id, {
      groups_users: [{ id: await membershipId(group.id, "frances"), delete: true }],
    });
    expectSuccess(res);
    expect(res.json.body.groups_users!.map((gu) => gu.user_id)).to.deep.equal([cast.betty.id]);
    const frances = await sessionFor(server, "frances");
    expect(await readSecret(server, "frances", frances, r1.id)).to.equal(null);
    expect(await readSecret(server, "frances", frances, r3.id)).to.equal(r3.plaintext);
    expect(await holdersOf(server, r1.id)).to.deep.equal([cast.ada.id, cast.betty.id].sort());
    expect(await holdersOf(server, r2.id)).not.to.include(cast.frances.id);
    const favorites: { user_id: string; foreign_key: string }[] = await server.db.read((m) =>
      m.query("SELECT user_id, foreign_key FROM favorites WHERE foreign_key IN (?, ?)", [r1.id, r3.id]),
    );
    expect(favorites).to.have.deep.members([
      { user_id: cast.betty.id, foreign_key: r1.id },
      { user_id: cast.frances.id, foreign_key: r3.id },
    ]);
    await expectInvariant(server, [r1.id, r2.id, r3.id]);
  });

  it("promotes and demotes members, and always keeps a manager", async () => {
    const { group } = await setup();
    const [bettyRow, francesRow] = [
      await membershipId(group.id, "betty"),
      await membershipId(group.id, "frances"),
    ];
    expectSuccess(await update("betty", group.id, { groups_users: [{ id: francesRow, is_admin: true }] }));
    expectSuccess(await update("betty", group.id, { groups_users: [{ id: bettyRow, is_admin: false }] }));
    const before = await snapshot(server);
    for (const change of [
      { id: francesRow, is_admin: false },
      { id: francesRow, delete: true },
    ]) {
      const res = await update("frances", group.id, { groups_users: [change] });
      expectError(res, 400, "Could not validate group data.");
      expect(res.json.body as unknown as Tree).to.have.nested.property(
        "groups_users.0.is_admin.at_least_one_group_manager",
      );
    }
    // swapping in the same request is fine
    expectSuccess(
      await update("frances", group.id, {
        groups_users: [
          { id: francesRow, delete: true },
          { id: bettyRow, is_admin: true },
        ],
      }),
    );
    expect(before.groups_users.length - (await snapshot(server)).groups_users.length).to.equal(1);
  });

  it("managers, admins and plain members: who may do what (403/404 as Passbolt)", async () => {
    const { group, r1 } = await setup();
    const francesRow = await membershipId(group.id, "frances");
    const refused = async (who: CastName, body: unknown, status: number, message?: string) => {
      const before = await snapshot(server);
      expectError(await update(who, group.id, body), status, message);
      expect(await snapshot(server), `${who} ${JSON.stringify(body)}`).to.deep.equal(before);
    };
    // a plain member and a stranger can do nothing
    await refused("frances", { name: "Mine now" }, 403);
    await refused("frances", { groups_users: [{ id: francesRow, is_admin: true }] }, 403);
    await refused("carol", { groups_users: [{ id: francesRow, delete: true }] }, 403);
    const dry = async (who: CastName) =>
      put(server.url, `/groups/${group.id}/dry-run.json`, {
        ...(await sessionFor(server, who)),
        body: { groups_users: addEdith },
      });
    expectError(await dry("frances"), 403);
    expectError(await dry("carol"), 403);
    // an admin who is not a manager: no additions (Passbolt silently skips them; we refuse)
    await refused("ada", { groups_users: addEdith }, 403, "Only a group manager can add members to a group.");
    expectError(await dry("ada"), 403, "Only a group manager can add members to a group.");
    // a manager who is not an admin: no renaming, but the unchanged name may be sent back
    await refused("betty", { name: "Renamed by betty" }, 403, "Only an administrator can rename a group.");
    const name = (await snapshot(server)).groups.find((g) => (g as { id: string }).id === group.id) as {
      name: string;
    };
    expectSuccess(await update("betty", group.id, { name: name.name, groups_users: [] }));
    // the admin renames and removes
    const renamed = `Renamed ${group.id.slice(0, 8)}`;
    const res = await update("ada", group.id, {
      name: renamed,
      groups_users: [{ id: francesRow, delete: true }],
    });
    expectSuccess(res);
    expect(res.json.body).to.include({ name: renamed, modified_by: cast.ada.id });
    expect(await holdersOf(server, r1.id)).not.to.include(cast.frances.id);
    // unknown, deleted, malformed, anonymous
    const gone = await buildGroup(server, { members: ["betty"], deleted: true });
    expectError(await update("betty", gone.id, { groups_users: [] }), 404, "The group does not exist.");
    expectError(await update("ada", "3f2504e0-4f89-41d3-9a0c-0305e82c3301", { groups_users: [] }), 404);
    expectError(await update("ada", "nope", { groups_users: [] }), 400);
    expectError(await put(server.url, `/groups/${group.id}.json`, { body: {} }), 401);
    expectError(await del(server.url, `/groups/${group.id}.json`, await sessionFor(server, "frances")), 403);
  });

  it("reads the legacy v1 keys Group, GroupUsers[].GroupUser and Secrets[].Secret", async () => {
    const { group, r1 } = await setup();
    const betty = await sessionFor(server, "betty");
    const secrets = await secretsForAddition(server, "betty", betty, group.id, addEdith);
    const res = await update("betty", group.id, {
      GroupUsers: addEdith.map((GroupUser) => ({ GroupUser })),
      Secrets: secrets.map((Secret) => ({ Secret })),
    });
    expectSuccess(res);
    expect(await readSecret(server, "edith", await sessionFor(server, "edith"), r1.id)).to.equal(
      r1.plaintext,
    );
  });

  it("adds a member to a group that reaches nothing without any secret", async () => {
    const group = await buildGroup(server, { members: ["betty"] });
    const res = await update("betty", group.id, {
      groups_users: [{ user_id: cast.edith.id, is_admin: true }],
    });
    expectSuccess(res);
    expect(res.json.body.groups_users!.find((gu) => gu.user_id === cast.edith.id)).to.include({
      is_admin: true,
    });
  });
});

import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { put } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource, encryptFor } from "../../helpers/resourceFactories.ts";
import { snapshot, type Tree } from "./groups.helpers.ts";

const UNKNOWN = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

describe("PUT /groups/{id}.json: every rule, broken once, changes nothing", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let group: { id: string; name: string };
  let other: { id: string; name: string };
  let r1: string;
  let r2: string;
  let outside: string;
  let bettyRow: string;
  let good: { resource_id: string; user_id: string; data: string }[];
  before(async () => {
    server = await sharedServer();
    group = await buildGroup(server, { members: ["betty", "frances"] });
    other = await buildGroup(server, { members: ["frances"] });
    const members: CastName[] = ["betty", "frances"];
    r1 = (await buildResource(server, { owner: "ada", groups: [{ id: group.id, type: 1, members }] })).id;
    r2 = (await buildResource(server, { owner: "ada", groups: [{ id: group.id, type: 1, members }] })).id;
    outside = (await buildResource(server, { owner: "ada" })).id;
    const rows: { id: string }[] = await server.db.read((m) =>
      m.query("SELECT id FROM groups_users WHERE group_id = ? AND user_id = ?", [group.id, cast.betty.id]),
    );
    bettyRow = rows[0]!.id;
    good = await Promise.all(
      [r1, r2].map(async (id) => ({
        resource_id: id,
        user_id: cast.edith.id,
        data: await encryptFor("edith", "pw"),
      })),
    );
  });

  const addEdith = { user_id: cast.edith.id, is_admin: false };
  const symmetric = async () =>
    (await openpgp.encrypt({
      message: await openpgp.createMessage({ text: "pw" }),
      passwords: ["p"],
    })) as string;

  async function expectRule(body: unknown, path: string, who: CastName = "betty") {
    const before = await snapshot(server);
    const res = await put<Tree>(server.url, `/groups/${group.id}.json`, {
      ...(await sessionFor(server, who)),
      body,
    });
    expectError(res, 400, "Could not validate group data.");
    expect(res.json.body, path).to.have.nested.property(path);
    expect(await snapshot(server), `${path}: database unchanged`).to.deep.equal(before);
  }

  it("membership rules: change kind, unknown row, unknown/deleted/inactive user, duplicate, last manager", async () => {
    await expectRule(
      { groups_users: [{ id: bettyRow, user_id: cast.edith.id }] },
      "groups_users.0.valid_change",
    );
    await expectRule({ groups_users: [{ id: bettyRow }] }, "groups_users.0.valid_change");
    await expectRule({ groups_users: [{ id: UNKNOWN, delete: true }] }, "groups_users.0.id.exists");
    await expectRule({ groups_users: [{ user_id: UNKNOWN }] }, "groups_users.0.user_id.user_exists");
    await expectRule(
      { groups_users: [{ user_id: cast.sofia.id }] },
      "groups_users.0.user_id.user_is_not_soft_deleted",
    );
    await expectRule({ groups_users: [{ user_id: cast.ruth.id }] }, "groups_users.0.user_id.user_is_active");
    await expectRule(
      { groups_users: [{ user_id: cast.frances.id }] },
      "groups_users.0.user_id.group_user_unique",
    );
    await expectRule(
      { groups_users: [addEdith, { ...addEdith, is_admin: true }], secrets: good },
      "groups_users.1.user_id.group_user_unique",
    );
    await expectRule(
      { groups_users: [{ id: bettyRow, is_admin: false }] },
      "groups_users.0.is_admin.at_least_one_group_manager",
    );
    await expectRule(
      { groups_users: [{ id: bettyRow, delete: true }] },
      "groups_users.0.is_admin.at_least_one_group_manager",
    );
    await expectRule({ groups_users: [{ id: bettyRow, is_admin: "yes" }] }, "groups_users.0.is_admin.type");
    await expectRule({ groups_users: [{ user_id: "nope" }] }, "groups_users.0.user_id.uuid");
  });

  it("name rules: unique among live groups (admin), not empty", async () => {
    await expectRule({ name: other.name.toLowerCase() }, "name.group_unique", "ada");
    await expectRule({ name: "" }, "name._empty", "ada");
  });

  it("secrets rules: all missing, only missing, same user, and each message rule", async () => {
    const body = (secrets: unknown[]) => ({ groups_users: [addEdith], secrets });
    await expectRule(body([good[0]]), "groups_users.0.secrets.all_missing");
    await expectRule(body([...good, good[1]]), "groups_users.0.secrets.all_missing_only");
    await expectRule(body([...good, good[1]]), "secrets.2.resource_id.only_missing");
    await expectRule(
      body([good[0], { ...good[1]!, resource_id: outside }]),
      "secrets.1.resource_id.only_missing",
    );
    await expectRule(body([good[0], { ...good[1]!, user_id: cast.ada.id }]), "secrets.1.user_id.same_user");
    await expectRule({ groups_users: [], secrets: good }, "secrets.0.user_id.same_user");
    const forBetty = await encryptFor("betty", "pw");
    await expectRule(
      body([good[0], { ...good[1]!, data: forBetty }]),
      "secrets.1.data.isEncryptedForRecipient",
    );
    await expectRule(
      body([good[0], { ...good[1]!, data: "not a message" }]),
      "secrets.1.data.isValidOpenPGPMessage",
    );
    await expectRule(
      body([{ ...good[0]!, data: await symmetric() }, good[1]]),
      "secrets.0.data.isAsymmetric",
    );
    await expectRule(body([{ ...good[0]!, data: "" }, good[1]]), "secrets.0.data._empty");
    await expectRule(
      body([{ resource_id: r1, user_id: cast.edith.id }, good[1]]),
      "secrets.0.data._required",
    );
  });
});

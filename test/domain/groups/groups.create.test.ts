import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { post } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup } from "../../helpers/resourceFactories.ts";
import { snapshot, type GroupJson, type Tree } from "./groups.helpers.ts";

describe("POST /groups.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const uniqueName = (p = "Group") =>
    `${p} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const create = async (body: unknown, who: "ada" | "betty" = "ada") =>
    post<GroupJson>(server.url, "/groups.json", { ...(await sessionFor(server, who)), body });

  it("creates a group with its managers and members (admin), answering it with groups_users and profiles", async () => {
    const name = uniqueName();
    const res = await create({
      name,
      groups_users: [
        { user_id: cast.betty.id, is_admin: true },
        { user_id: cast.frances.id, is_admin: false },
        { user_id: cast.edith.id.toUpperCase() },
      ],
    });
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The group has been added successfully.");
    const g = res.json.body;
    expect(g).to.include({ name, deleted: false, created_by: cast.ada.id, modified_by: cast.ada.id });
    expect(g.groups_users!.map((gu) => [gu.user_id, gu.is_admin])).to.have.deep.members([
      [cast.betty.id, true],
      [cast.frances.id, false],
      [cast.edith.id, false],
    ]);
    expect(g.groups_users![0]!.user).to.have.property("profile");
    const audit = await server.db.read((m) =>
      m.query("SELECT action FROM audit_log WHERE target_id = ? ORDER BY action", [g.id]),
    );
    expect(audit.map((a: { action: string }) => a.action)).to.deep.equal([
      "group.create",
      "group.member.add",
      "group.member.add",
      "group.member.add",
    ]);
  });

  it("reads the legacy Group / GroupUsers keys", async () => {
    const name = uniqueName("Legacy");
    const res = await create({
      Group: { name },
      GroupUsers: [{ GroupUser: { user_id: cast.frances.id, is_admin: true } }],
    });
    expectSuccess(res);
    expect(res.json.body.groups_users!.map((gu) => gu.user_id)).to.deep.equal([cast.frances.id]);
  });

  it("answers 403 to a non-admin and 401 without a session", async () => {
    const before = await snapshot(server);
    const body = { name: uniqueName(), groups_users: [{ user_id: cast.betty.id, is_admin: true }] };
    expectError(await create(body, "betty"), 403);
    expectError(await post(server.url, "/groups.json", { body }), 401);
    expect(await snapshot(server)).to.deep.equal(before);
  });

  it("refuses each broken rule with Passbolt's key, creating nothing", async () => {
    const taken = await buildGroup(server, { members: ["betty"] });
    const manager = { user_id: cast.betty.id, is_admin: true };
    const cases: [unknown, string][] = [
      [{ groups_users: [manager] }, "name._required"],
      [{ name: "", groups_users: [manager] }, "name._empty"],
      [{ name: "x".repeat(256), groups_users: [manager] }, "name.maxLength"],
      [{ name: taken.name.toUpperCase(), groups_users: [manager] }, "name.group_unique"],
      [{ name: uniqueName(), groups_users: [] }, "groups_users.at_least_one_group_manager"],
      [{ name: uniqueName() }, "groups_users.at_least_one_group_manager"],
      [
        { name: uniqueName(), groups_users: [{ user_id: cast.betty.id }] },
        "groups_users.at_least_one_group_manager",
      ],
      [
        { name: uniqueName(), groups_users: [manager, { user_id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301" }] },
        "groups_users.1.user_id.user_exists",
      ],
      [
        { name: uniqueName(), groups_users: [manager, { user_id: cast.sofia.id }] },
        "groups_users.1.user_id.user_is_not_soft_deleted",
      ],
      [
        { name: uniqueName(), groups_users: [manager, { user_id: cast.ruth.id }] },
        "groups_users.1.user_id.user_is_active",
      ],
      [
        { name: uniqueName(), groups_users: [manager, { ...manager, is_admin: false }] },
        "groups_users.1.user_id.group_user_unique",
      ],
      [
        { name: uniqueName(), groups_users: [{ user_id: "nope", is_admin: true }] },
        "groups_users.0.user_id.uuid",
      ],
      [{ name: uniqueName(), groups_users: [manager], color: "red" }, "color._unexpected"],
    ];
    for (const [body, path] of cases) {
      const before = await snapshot(server);
      const res = await create(body);
      expectError(res, 400, "Could not validate group data.");
      expect(res.json.body as unknown as Tree, path).to.have.nested.property(path);
      expect(await snapshot(server), `${path}: nothing created`).to.deep.equal(before);
    }
  });
});

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup } from "../../helpers/resourceFactories.ts";
import type { GroupJson } from "./groups.helpers.ts";

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

describe("GET /groups.json and /groups/{id}.json", () => {
  let server: RunningServer;
  let tag: string;
  let alpha: { id: string; name: string };
  let beta: { id: string; name: string };
  let gone: { id: string; name: string };
  before(async () => {
    server = await sharedServer();
    tag = `read-${Date.now().toString(36)}`;
    // betty manages alpha (with frances); frances manages beta (with betty and edith)
    alpha = await buildGroup(server, { members: ["betty", "frances"], name: `${tag} Alpha` });
    beta = await buildGroup(server, { members: ["frances", "betty", "edith"], name: `${tag} beta` });
    gone = await buildGroup(server, { members: ["betty"], name: `${tag} gone`, deleted: true });
  });
  const list = async (q = "", who: "betty" | "carol" = "carol") =>
    get<GroupJson[]>(server.url, `/groups.json?api-version=v2${q}`, await sessionFor(server, who));
  const mine = (groups: GroupJson[]) => groups.filter((g) => g.name.startsWith(tag));

  it("lists non-deleted groups to any user, sorted by name, bare by default", async () => {
    const res = await list();
    expectSuccess(res);
    expect(res.json.header).not.to.have.property("pagination");
    const groups = mine(res.json.body);
    expect(groups.map((g) => g.id)).to.deep.equal([alpha.id, beta.id]);
    expect(groups[0]).to.have.all.keys("id name deleted created modified created_by modified_by".split(" "));
    expect(groups[0]).to.include({ deleted: false, created_by: cast.ada.id, modified_by: cast.ada.id });
    expect(groups[0]!.created).to.match(ISO);
    const desc = mine((await list("&order[]=Group.name%20DESC")).json.body);
    expect(desc.map((g) => g.id)).to.deep.equal([beta.id, alpha.id]);
    expectError(
      await list("&order[]=Group.created"),
      400,
      'Invalid order. "Group.created" is not in the list of allowed order.',
    );
    expectSuccess(await get(server.url, "/groups.json", await bearerFor(server, "frances")));
  });

  it("contains memberships, their users with profile and key, the modifier and my own membership", async () => {
    const q =
      "&contain[groups_users]=1&contain[groups_users.user]=1&contain[groups_users.user.profile]=1" +
      "&contain[groups_users.user.gpgkey]=1&contain[modifier]=1&contain[modifier.profile]=1&contain[my_group_user]=1";
    const groups = mine((await list(q, "betty")).json.body);
    const a = groups.find((g) => g.id === alpha.id)!;
    expect(a.groups_users!.map((gu) => [gu.user_id, gu.is_admin])).to.have.deep.members([
      [cast.betty.id, true],
      [cast.frances.id, false],
    ]);
    const row = a.groups_users!.find((gu) => gu.user_id === cast.betty.id)!;
    expect(row).to.include({ group_id: alpha.id });
    expect(row.created).to.match(ISO);
    expect(row.user!.id).to.equal(cast.betty.id);
    expect(row.user).to.have.property("profile").that.includes({ first_name: "Betty" });
    expect(row.user).to.have.property("gpgkey").that.includes({ user_id: cast.betty.id });
    expect(a.modifier).to.include({ id: cast.ada.id }).and.have.property("profile");
    expect(a.my_group_user).to.include({ user_id: cast.betty.id, is_admin: true });
    const b = groups.find((g) => g.id === beta.id)!;
    expect(b.my_group_user).to.include({ user_id: cast.betty.id, is_admin: false });
  });

  it("reads the deprecated singular contains, and users", async () => {
    const groups = mine((await list("&contain[group_user.user.profile]=1&contain[user]=1")).json.body);
    const b = groups.find((g) => g.id === beta.id)!;
    expect(b.groups_users!.map((gu) => gu.user!.id)).to.have.members([
      cast.frances.id,
      cast.betty.id,
      cast.edith.id,
    ]);
    expect(b.users!.map((u) => u.id)).to.have.members([cast.frances.id, cast.betty.id, cast.edith.id]);
    const noMembership = mine((await list("&contain[my_group_user]=1")).json.body);
    expect(noMembership.every((g) => g.my_group_user === null)).to.equal(true);
  });

  it("filters on members (has-users) and managers (has-managers): all of the ids given", async () => {
    const ids = async (q: string) => mine((await list(q)).json.body).map((g) => g.id);
    expect(await ids(`&filter[has-users][]=${cast.betty.id}`)).to.deep.equal([alpha.id, beta.id]);
    expect(
      await ids(`&filter[has-users][]=${cast.betty.id}&filter[has-users][]=${cast.edith.id}`),
    ).to.deep.equal([beta.id]);
    expect(await ids(`&filter[has-users]=${cast.edith.id},${cast.frances.id}`)).to.deep.equal([beta.id]);
    expect(await ids(`&filter[has-managers][]=${cast.frances.id}`)).to.deep.equal([beta.id]);
    expect(await ids(`&filter[has-managers][]=${cast.edith.id}`)).to.deep.equal([]);
    expectError(await list("&filter[has-users][]=nope"), 400);
  });

  it("views one group, 404 for an unknown or deleted one, 400 for a bad id, 401 without a session", async () => {
    const creds = await sessionFor(server, "carol");
    const res = await get<GroupJson>(server.url, `/groups/${alpha.id}.json?contain[groups_users]=1`, creds);
    expectSuccess(res);
    expect(res.json.body).to.include({ id: alpha.id, name: alpha.name });
    expect(res.json.body.groups_users).to.have.length(2);
    expectError(await get(server.url, `/groups/${gone.id}.json`, creds), 404, "The group does not exist.");
    expectError(await get(server.url, "/groups/3f2504e0-4f89-41d3-9a0c-0305e82c3301.json", creds), 404);
    expectError(await get(server.url, "/groups/nope.json", creds), 400);
    expectError(await get(server.url, `/groups/${alpha.id}.json`), 401);
    expectError(await get(server.url, "/groups.json"), 401);
  });
});

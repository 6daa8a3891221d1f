import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildUser } from "../../helpers/factories.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import type { UserJson } from "./users.helpers.ts";

interface Membership {
  id: string;
  group_id: string;
  user_id: string;
  is_admin: boolean;
  created: string;
}

describe("GET /users.json: group memberships, filter[has-groups] and filter[has-access]", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const list = async (query: string, who: CastName = "betty") =>
    get<UserJson[]>(server.url, `/users.json?api-version=v2${query}`, await sessionFor(server, who));
  const ids = (res: { json: { body: UserJson[] } }) => res.json.body.map((u) => u.id);

  it("contains each user's memberships of live groups (groups_users), one query for the page", async () => {
    const user = await buildUser(server);
    const a = await buildGroup(server, { members: [user] });
    const b = await buildGroup(server, { members: ["frances", user] });
    await buildGroup(server, { members: [user], deleted: true });
    const res = await list(`&filter[search]=${encodeURIComponent(user.username)}`);
    expectSuccess(res);
    const rows = res.json.body[0]!.groups_users as Membership[];
    expect(rows.map((r) => [r.group_id, r.is_admin])).to.have.deep.members([
      [a.id, true],
      [b.id, false],
    ]);
    expect(rows.every((r) => r.user_id === user.id && /\+00:00$/.test(r.created))).to.equal(true);
    const me = await get<UserJson>(server.url, `/users/${user.id}.json`, await sessionFor(server, "betty"));
    expect(me.json.body.groups_users).to.have.length(2);
  });

  it("filter[has-groups]: the members of all the groups given", async () => {
    const [u1, u2] = [await buildUser(server), await buildUser(server)];
    const a = await buildGroup(server, { members: [u1, u2] });
    const b = await buildGroup(server, { members: [u1] });
    expect(ids(await list(`&filter[has-groups][]=${a.id}`))).to.have.members([u1.id, u2.id]);
    expect(ids(await list(`&filter[has-groups][]=${a.id}&filter[has-groups][]=${b.id}`))).to.deep.equal([
      u1.id,
    ]);
    expect(ids(await list(`&filter[has-groups]=${b.id},${a.id}`))).to.deep.equal([u1.id]);
    expectError(await list("&filter[has-groups][]=nope"), 400);
  });

  it("filter[has-access]: the users who reach one resource, directly or through a group", async () => {
    const group = await buildGroup(server, { members: ["frances", "edith"] });
    const r = await buildResource(server, {
      owner: "ada",
      readers: ["betty"],
      groups: [{ id: group.id, type: 1, members: ["frances", "edith"] }],
    });
    const found = await list(`&filter[has-access]=${r.id}`, "frances");
    expectSuccess(found);
    expect(ids(found)).to.have.members([cast.ada.id, cast.betty.id, cast.frances.id, cast.edith.id]);
    expect(ids(await list(`&filter[has-access][]=${r.id}&filter[search]=edith`, "betty"))).to.deep.equal([
      cast.edith.id,
    ]);
    // the caller must reach it; one id only
    expectError(await list(`&filter[has-access]=${r.id}`, "carol"), 403);
    expectError(await list("&filter[has-access]=3f2504e0-4f89-41d3-9a0c-0305e82c3301", "ada"), 403);
    const two = await list(`&filter[has-access]=${r.id},${r.id}`, "ada");
    expectError(two, 400);
    expect(two.json.body as unknown as Record<string, unknown>).to.have.property("filter[has-access][]");
    expectError(await list("&filter[has-access]=nope", "ada"), 400);
  });
});

import { expect } from "chai";
import { randomBytes } from "node:crypto";
import type { RunningServer } from "../../../src/server.ts";
import { get } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup } from "../../helpers/resourceFactories.ts";

type Json = Record<string, unknown>;

describe("GET /share/search-aros.json", function () {
  this.timeout(60_000);
  let server: RunningServer;
  const token = `zq${randomBytes(4).toString("hex")}`;
  const ids: Record<string, string> = {};
  before(async () => {
    server = await sharedServer();
    for (const [key, state, username] of [
      ["active1", "active", `${token}-b@watchword.test`],
      ["active2", "active", `${token}-d@watchword.test`],
      ["inactive", "inactive", `${token}-e@watchword.test`],
      ["deleted", "deleted", `${token}-f@watchword.test`],
      ["disabled", "disabled", `${token}-g@watchword.test`],
    ] as const)
      ids[key] = (await buildUser(server, { state, username })).id;
    ids.team = (
      await buildGroup(server, {
        name: `${token.toUpperCase()}-C Team`,
        members: [{ id: ids.active1! }, { id: ids.active2! }, { id: ids.deleted! }],
      })
    ).id;
    ids.oldTeam = (
      await buildGroup(server, { name: `${token}-a old`, members: [{ id: ids.active1! }], deleted: true })
    ).id;
    ids.firstTeam = (await buildGroup(server, { name: `${token}-A Team`, members: [] })).id;
  });

  const search = async (query: string) => {
    const res = await get<Json[]>(
      server.url,
      `/share/search-aros.json?${query}`,
      await sessionFor(server, "betty"),
    );
    expectSuccess(res);
    return res.json.body;
  };

  it("mixes active users (with profile) and live groups (with user_count), sorted case-insensitively", async () => {
    const body = await search(
      `filter[search]=${token.toUpperCase()}&contain[profile]=1&contain[user_count]=1`,
    );
    const label = (a: Json) => (a.username as string | undefined) ?? (a.name as string);
    expect(body.map(label)).to.deep.equal([
      `${token}-A Team`,
      `${token}-b@watchword.test`,
      `${token.toUpperCase()}-C Team`,
      `${token}-d@watchword.test`,
      `${token}-g@watchword.test`,
    ]);
    const team = body.find((a) => a.id === ids.team)!;
    expect(team.user_count, "deleted members are not counted").to.equal(2);
    expect(body.find((a) => a.id === ids.firstTeam)!.user_count).to.equal(0);
    const user = body.find((a) => a.id === ids.active1)!;
    expect(user.profile).to.be.an("object");
    for (const key of ["gpgkey", "role", "groups_users"]) expect(user).not.to.have.property(key);
    expect(body.map((a) => a.id)).not.to.include.members([ids.inactive, ids.deleted, ids.oldTeam]);
  });

  it("contains gpgkey, role and groups_users by default (no contain given), or when asked", async () => {
    const all = await search(`filter[search]=${token}-b`);
    expect(all).to.have.length(1);
    expect(all[0]).to.include.keys("profile", "gpgkey", "role", "groups_users");
    const some = await search(`filter[search]=${token}-b&contain[gpgkey]=1`);
    expect(some[0]).to.include.keys("profile", "gpgkey");
    expect(some[0]).not.to.have.property("role");
  });

  it("returns at most 25 users and 25 groups", async () => {
    const many = `${token}many`;
    for (let i = 0; i < 27; i++)
      await buildGroup(server, { name: `${many} group ${String(i).padStart(2, "0")}`, members: [] });
    for (let i = 0; i < 26; i++)
      await buildUser(server, { username: `${many}-${String(i).padStart(2, "0")}@watchword.test` });
    const body = await search(`filter[search]=${many}`);
    expect(body.filter((a) => "name" in a)).to.have.length(25);
    expect(body.filter((a) => "username" in a)).to.have.length(25);
    expect(
      body.find((a) => a.name === `${many} group 25`),
      "the first 25 by name",
    ).to.equal(undefined);
  });

  it("matches first and last names; 400 on a bad filter; 401 without a session", async () => {
    const named = await buildUser(server, { firstName: `${token}Grace`, lastName: "Hopper" });
    const body = await search(`filter[search]=${token}grace`);
    expect(body.map((a) => a.id)).to.deep.equal([named.id]);
    const tooLong = await get(
      server.url,
      `/share/search-aros.json?filter[search]=${"x".repeat(65)}`,
      await bearerFor(server, "ada"),
    );
    expectError(tooLong, 400);
    expectError(await get(server.url, "/share/search-aros.json"), 401);
  });
});

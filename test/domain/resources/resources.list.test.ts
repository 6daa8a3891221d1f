import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildUser, sessionForUser, bearerForUser, type BuiltUser } from "../../helpers/factories.ts";
import { buildGroup, buildResource, countRows, type BuiltResource } from "../../helpers/resourceFactories.ts";
import type { Credentials } from "../../helpers/auth.ts";
import { expectResource } from "./shapes.ts";

type Json = Record<string, unknown> & { id: string; name: string };
const ALL = [
  "creator",
  "modifier",
  "favorite",
  "secret",
  "resource-type",
  "permission",
  "permissions",
  "permissions.user.profile",
  "permissions.group",
];
const allContains = ALL.map((c) => `contain[${c}]=1`).join("&");

describe("GET /resources.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let me: BuiltUser;
  let other: BuiltUser;
  let creds: Credentials;
  let groupA: { id: string };
  const r: Record<string, BuiltResource> = {};

  before(async () => {
    server = await sharedServer();
    me = await buildUser(server);
    other = await buildUser(server);
    creds = await sessionForUser(server, me.id);
    groupA = await buildGroup(server, { members: [me, other] });
    const groupB = await buildGroup(server, { members: [me] });
    const deletedGroup = await buildGroup(server, { members: [me], deleted: true });
    // Alpha: mine, shared with `other`, my favourite
    r.alpha = await buildResource(server, { owner: me, readers: [other], favoriteOf: [me], name: "Alpha" });
    // Beta: mine only (personal)
    r.beta = await buildResource(server, { owner: me, name: "Beta", type: "totp" });
    // Gamma: ada's, I can read
    r.gamma = await buildResource(server, { owner: "ada", readers: [me], name: "Gamma" });
    // Delta: ada's, update through group A
    r.delta = await buildResource(server, {
      owner: "ada",
      groups: [{ id: groupA.id, type: 7, members: [me, other] }],
      name: "Delta",
    });
    // Epsilon: ada's, direct read + owner through group B: effective owner (MAX)
    r.epsilon = await buildResource(server, {
      owner: "ada",
      readers: [me],
      groups: [{ id: groupB.id, type: 15, members: [me] }],
      name: "Epsilon",
    });
    // not listed: deleted, no access, access only through a deleted group
    const gone = await buildResource(server, { owner: me, name: "Aardvark deleted" });
    await server.db.read((m) => m.query("UPDATE resources SET deleted = 1 WHERE id = ?", [gone.id]));
    await buildResource(server, { owner: "ada", name: "Aaa not mine" });
    await buildResource(server, {
      owner: "ada",
      name: "Aab deleted group",
      groups: [{ id: deletedGroup.id, type: 15, members: [me] }],
    });
  });

  const list = async (query = "", c: Credentials = creds) => {
    const res = await get<Json[]>(server.url, `/resources.json${query ? `?${query}` : ""}`, c);
    expectSuccess(res);
    return res;
  };
  const names = (res: { json: { body: Json[] } }) => res.json.body.map((x) => x.name);

  it("answers 401 without credentials", async () => {
    expectError(await get(server.url, "/resources.json"), 401);
  });

  it("lists what the caller reaches directly or through a live group, by name, with the whole count", async () => {
    const res = await list();
    expect(names(res)).to.deep.equal(["Alpha", "Beta", "Delta", "Epsilon", "Gamma"]);
    expect(res.json.header.pagination).to.deep.equal({ count: 5, page: 1, limit: null });
    for (const x of res.json.body) expectResource(x);
    const personal = Object.fromEntries(res.json.body.map((x) => [x.name, x.personal]));
    expect(personal).to.deep.equal({ Alpha: false, Beta: true, Delta: false, Epsilon: false, Gamma: false });
  });

  it("contains everything asked, checked field by field, and logs the secrets read", async () => {
    const before = await countRows(server);
    const res = await list(allContains);
    const byName = Object.fromEntries(res.json.body.map((x) => [x.name, x]));
    for (const x of res.json.body) {
      expectResource(x, ALL, x.name);
      const secrets = x.secrets as Json[];
      expect(secrets, `${x.name} secrets`).to.have.length(1);
      expect(secrets[0]!.user_id).to.equal(me.id);
    }
    const perm = (n: string) => byName[n]!.permission as Record<string, unknown>;
    expect([
      perm("Alpha").type,
      perm("Beta").type,
      perm("Gamma").type,
      perm("Delta").type,
      perm("Epsilon").type,
    ]).to.deep.equal([15, 15, 1, 7, 15]);
    expect(perm("Delta")).to.include({ aro: "Group", aro_foreign_key: groupA.id });
    expect(perm("Epsilon").aro).to.equal("Group");
    expect(byName.Alpha!.favorite).to.include({ user_id: me.id, foreign_key: r.alpha!.id });
    expect(byName.Beta!.favorite).to.equal(null);
    expect((byName.Beta!.resource_type as Json).slug).to.equal("totp");
    expect((byName.Alpha!.creator as Json).id).to.equal(me.id);
    const alphaPerms = byName.Alpha!.permissions as Json[];
    expect(alphaPerms.map((p) => (p.user as Json).id).sort()).to.deep.equal([me.id, other.id].sort());
    const deltaGroup = (byName.Delta!.permissions as Json[]).find((p) => p.aro === "Group")!;
    expect(deltaGroup.group).to.include({ id: groupA.id, deleted: false });
    expect(deltaGroup).not.to.have.property("user");
    const after = await countRows(server);
    expect(after.secret_accesses - before.secret_accesses).to.equal(5);
  });

  it("contains nothing by default, ignores unknown contains, and treats contain[x]=0 as off", async () => {
    const res = await list("contain[secret]=0&contain[nonsense]=1&contain[permission]=false");
    for (const x of res.json.body) expectResource(x, []);
    expectError(await get(server.url, "/resources.json?contain[secret]=yes", creds), 400);
  });

  it("filters: is-favorite, is-owned-by-me, is-shared-with-me, is-shared-with-group", async () => {
    expect(names(await list("filter[is-favorite]=1"))).to.deep.equal(["Alpha"]);
    expect(names(await list("filter[is-favorite]=false"))).to.deep.equal([
      "Beta",
      "Delta",
      "Epsilon",
      "Gamma",
    ]);
    expect(names(await list("filter[is-owned-by-me]=1"))).to.deep.equal(["Alpha", "Beta", "Epsilon"]);
    // Passbolt only tests that the key is present; here =0 is off (test/http/booleanQuery.test.ts)
    expect(names(await list("filter[is-owned-by-me]=0"))).to.deep.equal([
      "Alpha",
      "Beta",
      "Delta",
      "Epsilon",
      "Gamma",
    ]);
    expect(names(await list("filter[is-shared-with-me]=1"))).to.deep.equal(["Delta", "Gamma"]);
    expect(names(await list(`filter[is-shared-with-group]=${groupA.id}`))).to.deep.equal(["Delta"]);
    expectError(await get(server.url, "/resources.json?filter[is-favorite]=perhaps", creds), 400);
    expectError(await get(server.url, "/resources.json?filter[is-shared-with-group]=nope", creds), 400);
  });

  it("filters by has-id (repeated or comma-separated), never beyond what the caller reaches", async () => {
    const hidden = await buildResource(server, { owner: "ada", name: "Hidden" });
    const ids = [r.gamma!.id, r.alpha!.id, hidden.id];
    expect(names(await list(ids.map((id) => `filter[has-id][]=${id}`).join("&")))).to.deep.equal([
      "Alpha",
      "Gamma",
    ]);
    expect(names(await list(`filter[has-id]=${ids.join(",")}`))).to.deep.equal(["Alpha", "Gamma"]);
    expect(names(await list(`filter[has-id][]=${r.beta!.id.toUpperCase()}`))).to.deep.equal(["Beta"]);
    expectError(await get(server.url, "/resources.json?filter[has-id][]=nope", creds), 400);
    // 80 ids, as the extension sends them
    const many = [r.delta!.id, ...Array.from({ length: 79 }, () => hidden.id)];
    expect(names(await list(many.map((id) => `filter[has-id][]=${id}`).join("&")))).to.deep.equal(["Delta"]);
  });

  it("filters and contains combine", async () => {
    const res = await list(`filter[is-owned-by-me]=1&filter[is-favorite]=0&${allContains}`);
    expect(names(res)).to.deep.equal(["Beta", "Epsilon"]);
    for (const x of res.json.body) expectResource(x, ALL, x.name);
  });

  it("pages and sorts (page, limit, sort, direction, legacy order[])", async () => {
    const first = await list("limit=2");
    expect(names(first)).to.deep.equal(["Alpha", "Beta"]);
    expect(first.json.header.pagination).to.deep.equal({ count: 5, page: 1, limit: 2 });
    const third = await list("limit=2&page=3");
    expect(names(third)).to.deep.equal(["Gamma"]);
    expect(third.json.header.pagination).to.deep.equal({ count: 5, page: 3, limit: 2 });
    expectError(await get(server.url, "/resources.json?limit=2&page=4", creds), 404);
    expect(names(await list("sort=Resources.name&direction=desc"))).to.deep.equal([
      "Gamma",
      "Epsilon",
      "Delta",
      "Beta",
      "Alpha",
    ]);
    expect(names(await list("order[]=Resources.name%20DESC&limit=1"))).to.deep.equal(["Gamma"]);
    expect(names(await list("sort=Resources.modified"))).to.have.length(5);
    expectError(
      await get(server.url, "/resources.json?sort=Resources.secret", creds),
      400,
      /not in the list of allowed order/,
    );
  });

  it("shows a group member what the group reaches, and a JWT caller the same as a session", async () => {
    const res = await list(allContains, await bearerForUser(server, other.id));
    expect(names(res)).to.deep.equal(["Alpha", "Delta"]);
    const delta = res.json.body.find((x) => x.name === "Delta")!;
    expectResource(delta, ALL);
    expect(delta.permission).to.include({ aro: "Group", type: 7 });
    expect((delta.secrets as Json[])[0]!.user_id).to.equal(other.id);
  });

  it("shows nothing of this to a user without access", async () => {
    const res = await list(allContains, await sessionFor(server, "carol"));
    const ids = res.json.body.map((x) => x.id);
    for (const x of Object.values(r)) expect(ids).not.to.include(x.id);
  });
});

describe("GET /resources/:id.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("returns one resource with every contain", async () => {
    const group = await buildGroup(server, { members: ["frances"] });
    const x = await buildResource(server, {
      owner: "ada",
      readers: ["betty"],
      groups: [{ id: group.id, type: 7, members: ["frances"] }],
    });
    const res = await get<Json>(
      server.url,
      `/resources/${x.id}.json?${allContains}`,
      await sessionFor(server, "frances"),
    );
    expectSuccess(res);
    expectResource(res.json.body, ALL);
    expect(res.json.body.permission).to.include({ aro: "Group", aro_foreign_key: group.id, type: 7 });
    expect((res.json.body.permissions as Json[]).map((p) => p.type).sort()).to.deep.equal([1, 15, 7].sort());
  });

  it("answers 404 without access, for a deleted resource, and for an unknown id", async () => {
    const x = await buildResource(server, { owner: "ada" });
    const mine = await buildResource(server, { owner: "carol" });
    const carol = await sessionFor(server, "carol");
    expectSuccess(await get(server.url, `/resources/${mine.id}.json`, carol));
    await server.db.read((m) => m.query("UPDATE resources SET deleted = 1 WHERE id = ?", [mine.id]));
    expectError(
      await get(server.url, `/resources/${mine.id}.json`, carol),
      404,
      "The resource does not exist.",
    );
    expectError(await get(server.url, `/resources/${x.id}.json`, carol), 404, "The resource does not exist.");
    expectError(
      await get(server.url, "/resources/7f3c0f2e-1d4b-4c6a-9b8e-2a1d3c4b5e6f.json", carol),
      404,
      "The resource does not exist.",
    );
    expectError(await get(server.url, "/resources/not-a-uuid.json", carol), 400);
  });
});

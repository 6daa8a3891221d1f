import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { buildUser } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { roleId } from "../../../src/db/ids.ts";
import { expectUserShape, type UserJson } from "./users.helpers.ts";

describe("GET /users.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const list = async (query: string, who: "ada" | "betty" = "betty") =>
    get<UserJson[]>(server.url, `/users.json?api-version=v2${query}`, await sessionFor(server, who));
  const usernames = (body: UserJson[]) => body.map((u) => u.username);

  it("answers 401 without a session", async () => {
    expectError(await get(server.url, "/users.json"), 401, "Authentication is required to continue");
  });

  it("lists active users with profile, gpgkey, groups_users and role by default, sorted by username", async () => {
    const res = await list("");
    expectSuccess(res);
    const names = usernames(res.json.body);
    expect(names).to.include.members([cast.ada.username, cast.betty.username, cast.ursula.username]);
    expect(names, "deleted and inactive users are not listed").not.to.include.members([
      cast.sofia.username,
      cast.ruth.username,
    ]);
    const castOrder = names.filter((n) => Object.values(cast).some((c) => c.username === n));
    expect(castOrder).to.deep.equal([...castOrder].sort());
    const betty = res.json.body.find((u) => u.id === cast.betty.id)!;
    expectUserShape(betty);
    expect(betty).to.have.all.keys(
      "id role_id username active deleted disabled created modified last_logged_in profile gpgkey role groups_users".split(
        " ",
      ),
    );
    expect(betty.gpgkey).to.include({ user_id: cast.betty.id, type: "RSA", bits: 3072 });
    expect(betty.role).to.include({ name: "user", id: roleId("user") });
    // memberships are real now: rows of betty's live groups (test/domain/users/users.filters.test.ts)
    expect(betty.groups_users).to.be.an("array");
    for (const gu of betty.groups_users as { user_id: string }[]) expect(gu.user_id).to.equal(cast.betty.id);
    expect(res.json.header).to.have.nested.property("pagination.count", res.json.body.length);
  });

  it("works with a bearer token too", async () => {
    expectSuccess(await get(server.url, "/users.json", await bearerFor(server, "carol")));
  });

  it("drops a contain with contain[x]=0, as the extension asks", async () => {
    const res = await list("&contain[profile]=1&contain[gpgkey]=1&contain[groups_users]=0&contain[role]=1");
    expectSuccess(res);
    for (const u of res.json.body) expect(u).not.to.have.property("groups_users");
    const bare = await list(
      "&contain[profile]=0&contain[gpgkey]=false&contain[groups_users]=0&contain[role]=0",
    );
    for (const u of bare.json.body) {
      expect(u).to.have.all.keys(
        "id role_id username active deleted disabled created modified last_logged_in".split(" "),
      );
      expectUserShape(u);
    }
  });

  it("answers 400 for a contain value that is not a boolean", async () => {
    const res = await list("&contain[profile]=yes");
    expectError(res, 400);
    expect(res.json.body).to.have.property("contain[profile]");
  });

  it("shows admins the inactive users too, and filters them with is-active (admins only)", async () => {
    const all = usernames((await list("", "ada")).json.body);
    expect(all).to.include(cast.ruth.username).and.not.include(cast.sofia.username);
    const inactive = usernames((await list("&filter[is-active]=0", "ada")).json.body);
    expect(inactive).to.include(cast.ruth.username).and.not.include(cast.ada.username);
    const ignored = usernames((await list("&filter[is-active]=false", "betty")).json.body);
    expect(ignored).to.include(cast.ada.username).and.not.include(cast.ruth.username);
  });

  it("filters admins with is-admin", async () => {
    const admins = (await list("&filter[is-admin]=1")).json.body;
    expect(admins.map((u) => u.role_id)).to.satisfy((ids: string[]) =>
      ids.every((id) => id === roleId("admin")),
    );
    expect(usernames(admins)).to.include(cast.ada.username);
    expect(usernames((await list("&filter[is-admin]=0")).json.body)).not.to.include(cast.ada.username);
    expectError(await list("&filter[is-admin]=maybe"), 400);
  });

  it("searches username, first and last name case-insensitively, first entry only", async () => {
    const user = await buildUser(server, { firstName: "Zephyrine", lastName: "O'Percent" });
    const found = async (q: string) =>
      usernames((await list(`&filter[search]=${encodeURIComponent(q)}`)).json.body);
    expect(await found("zEPHYRINE")).to.deep.equal([user.username]);
    expect(await found("o'percent")).to.deep.equal([user.username]);
    expect(await found(user.username.toUpperCase())).to.deep.equal([user.username]);
    const first = await list("&filter[search][]=LOVELACE&filter[search][]=zephyrine");
    expect(usernames(first.json.body)).to.include(cast.ada.username).and.not.include(user.username);
    expect(await found("ADA@WATCHWORD")).to.include(cast.ada.username);
  });

  it("takes % and _ in a search literally", async () => {
    const percent = await buildUser(server, { lastName: "Qx%Zq" });
    const decoy1 = await buildUser(server, { lastName: "QxaaZq" });
    const under = await buildUser(server, { lastName: "Wy_Vw" });
    const decoy2 = await buildUser(server, { lastName: "WyaVw" });
    const found = async (q: string) =>
      usernames((await list(`&filter[search]=${encodeURIComponent(q)}`)).json.body);
    expect(await found("x%z"))
      .to.include(percent.username)
      .and.not.include(decoy1.username);
    expect(await found("y_v"))
      .to.include(under.username)
      .and.not.include(decoy2.username);
  });

  it("answers 400 for an empty or too long search", async () => {
    const empty = await list("&filter[search]=");
    expectError(empty, 400);
    expect((empty.json.body as unknown as Record<string, object>)["filter[search]"]).to.have.property(
      "_empty",
    );
    expectError(await list(`&filter[search]=${"a".repeat(65)}`), 400);
  });

  it("paginates and sorts on the whitelisted fields", async () => {
    const tag = `sort${Date.now().toString(36)}`;
    for (const [local, last] of [
      ["c", "Bravo"],
      ["a", "Charlie"],
      ["b", "Alpha"],
    ])
      await buildUser(server, { username: `${tag}-${local}@watchword.test`, firstName: tag, lastName: last });
    const q = `&filter[search]=${tag}`;
    const byUsername = await list(q);
    expect(usernames(byUsername.json.body).map((n) => n.slice(tag.length + 1, tag.length + 2))).to.deep.equal(
      ["a", "b", "c"],
    );
    const page1 = await list(`${q}&limit=2&page=1&sort=Profiles.last_name&direction=desc`);
    expectSuccess(page1);
    expect(page1.json.header.pagination).to.deep.equal({ count: 3, page: 1, limit: 2 });
    const page2 = await list(`${q}&limit=2&page=2&sort=Profiles.last_name&direction=desc`);
    expect([...page1.json.body, ...page2.json.body].map((u) => u.profile!.last_name)).to.deep.equal([
      "Charlie",
      "Bravo",
      "Alpha",
    ]);
    const legacy = await list(`${q}&order[]=Profile.last_name%20ASC`);
    expect(legacy.json.body.map((u) => u.profile!.last_name)).to.deep.equal(["Alpha", "Bravo", "Charlie"]);
    expectError(await list(`${q}&limit=2&page=3`), 404);
    expectSuccess(await list(`&filter[search]=nobody-${tag}&limit=2&page=1`));
    const bad = await list("&sort=Users.password");
    expectError(bad, 400, 'Invalid order. "Users.password" is not in the list of allowed order.');
  });

  it("loads a page with the same number of queries whatever its size (no N+1)", async () => {
    for (let i = 0; i < 3; i++) await buildUser(server);
    const ds = server.db.dataSource;
    const original = ds.logger;
    let queries = 0;
    const count = async (query: string) => {
      queries = 0;
      ds.logger = { ...original, logQuery: () => void queries++ } as typeof original;
      try {
        expectSuccess(await list(query, "ada"));
      } finally {
        ds.logger = original;
      }
      return queries;
    };
    const small = await count("&limit=1");
    const large = await count("&limit=50");
    expect(small).to.be.greaterThan(0);
    expect(large).to.equal(small);
  });
});

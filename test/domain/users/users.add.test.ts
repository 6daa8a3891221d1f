import { expect } from "chai";
import { get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { buildUser, uniqueEmail } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { roleId } from "../../../src/db/ids.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { UserEntity } from "../../../src/db/entities/User.ts";
import { expectUserShape, type UserJson } from "./users.helpers.ts";

describe("POST /users.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const create = async (body: unknown, who: "ada" | "betty" = "ada") =>
    post<UserJson>(server.url, "/users.json?api-version=v2", { body, ...(await sessionFor(server, who)) });
  const errors = (res: { json: { body: unknown } }) =>
    res.json.body as Record<string, Record<string, string>>;

  it("lets an admin create an inactive user with a profile and a register token", async () => {
    const username = uniqueEmail("grace");
    const res = await create({ username, profile: { first_name: "Grace", last_name: "Hopper" } });
    expectSuccess(res);
    const user = res.json.body;
    expectUserShape(user);
    expect(user).to.include({
      username,
      active: false,
      deleted: false,
      role_id: roleId("user"),
      gpgkey: null,
    });
    expect(user.profile).to.include({ first_name: "Grace", last_name: "Hopper" });
    expect(user.role!.name).to.equal("user");
    expect(user.groups_users).to.deep.equal([]);
    const tokens = await server.db.read((m) =>
      m.getRepository(AuthenticationTokenEntity).findBy({ userId: user.id }),
    );
    expect(tokens.map((t) => [t.type, t.active])).to.deep.equal([["register", true]]);
    expect(tokens[0]!.token, "stored hashed").to.match(/^[0-9a-f]{64}$/);
    const listed = await get<UserJson>(server.url, `/users/${user.id}.json`, await sessionFor(server, "ada"));
    expectSuccess(listed);
  });

  it("takes an admin role_id", async () => {
    const res = await create({
      username: uniqueEmail("admin"),
      profile: { first_name: "A", last_name: "B" },
      role_id: roleId("admin"),
    });
    expectSuccess(res);
    expect(res.json.body.role!.name).to.equal("admin");
  });

  it("refuses the guest role and an unknown role", async () => {
    const base = { profile: { first_name: "A", last_name: "B" } };
    const guest = await create({ ...base, username: uniqueEmail(), role_id: roleId("guest") });
    expectError(guest, 400, "Could not validate user data.");
    expect(errors(guest).role_id).to.have.property("isNotGuestRole");
    const unknown = await create({
      ...base,
      username: uniqueEmail(),
      role_id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    });
    expectError(unknown, 400);
    expect(errors(unknown).role_id).to.have.property("_existsIn");
  });

  it("answers 400 with the error tree for bad input", async () => {
    const missing = await create({});
    expectError(missing, 400, "Could not validate user data.");
    expect(errors(missing)).to.have.nested.property("username._required");
    expect(errors(missing)).to.have.nested.property("profile._required");

    const bad = await create({
      username: "not-an-email",
      profile: { first_name: "", last_name: "x".repeat(256) },
      gpgkey: {},
    });
    expectError(bad, 400);
    expect(errors(bad)).to.have.nested.property("username.email");
    expect(errors(bad)).to.have.nested.property("profile.first_name._empty");
    expect(errors(bad)).to.have.nested.property("profile.last_name.maxLength");
    expect(errors(bad)).to.have.nested.property("gpgkey._unexpected");

    const long = await create({
      username: `${"a".repeat(250)}@x.test`,
      profile: { first_name: "A", last_name: "B" },
    });
    expectError(long, 400);
    expect(errors(long)).to.have.nested.property("username.maxLength");
  });

  it("refuses a username already used by a non-deleted user, whatever its case", async () => {
    const res = await create({
      username: cast.betty.username.toUpperCase(),
      profile: { first_name: "B", last_name: "H" },
    });
    expectError(res, 400, "Could not validate user data.");
    expect(errors(res)).to.have.nested.property("username.uniqueUsername");
    // a deleted user's username is free again
    const gone = await buildUser(server, { state: "deleted" });
    expectSuccess(
      await create({ username: gone.username, profile: { first_name: "Again", last_name: "K" } }),
    );
  });

  it("answers 403 to a non-admin and 401 without a session, and creates nothing", async () => {
    const username = uniqueEmail("nope");
    const body = { username, profile: { first_name: "N", last_name: "O" } };
    expectError(await create(body, "betty"), 403);
    expectError(await post(server.url, "/users.json", { body }), 401);
    const count = await server.db.read((m) => m.getRepository(UserEntity).countBy({ username }));
    expect(count).to.equal(0);
  });

  it("answers 403 to a cookie session without the CSRF header", async () => {
    const session = await sessionFor(server, "ada");
    const res = await post(server.url, "/users.json", {
      body: { username: uniqueEmail(), profile: { first_name: "C", last_name: "S" } },
      headers: { cookie: session.headers.cookie! },
    });
    expectError(res, 403);
  });
});

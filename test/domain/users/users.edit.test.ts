import { expect } from "chai";
import { get, post, put } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { bearerForUser, buildUser, sessionForUser } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { roleId } from "../../../src/db/ids.ts";
import { expectUserShape, type UserJson } from "./users.helpers.ts";

describe("PUT|POST /users/{id}.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  const edit = (id: string, body: unknown, creds: { headers: Record<string, string> }) =>
    put<UserJson>(server.url, `/users/${id}.json?api-version=v2`, { body, ...creds });
  const tree = (res: { json: { body: unknown } }) => res.json.body as Record<string, Record<string, string>>;

  it("lets a user rename themselves and returns the updated user", async () => {
    const user = await buildUser(server, { firstName: "Old", lastName: "Name" });
    const creds = await sessionForUser(server, user.id);
    const res = await edit(user.id, { profile: { first_name: "New", last_name: "Surname" } }, creds);
    expectSuccess(res);
    expectUserShape(res.json.body);
    expect(res.json.body.profile).to.include({ first_name: "New", last_name: "Surname" });
    expect(res.json.body).to.include.keys("gpgkey", "role", "groups_users");
    const me = await get<UserJson>(server.url, "/users/me.json", creds);
    expect(me.json.body.profile!.first_name).to.equal("New");
  });

  it("takes the body the extension sends (id, username, profile, role_id, disabled without offset), by POST", async () => {
    const user = await buildUser(server);
    const disabled = new Date(Date.now() + 3600_000).toISOString().split(".")[0]!;
    const res = await post<UserJson>(server.url, `/users/${user.id}.json`, {
      body: {
        id: user.id,
        username: user.username,
        profile: { first_name: "Edited", last_name: "ByAdmin" },
        role_id: roleId("admin"),
        disabled,
      },
      ...(await sessionFor(server, "ada")),
    });
    expectSuccess(res);
    expect(res.json.body).to.include({ role_id: roleId("admin"), disabled: `${disabled}+00:00` });
    expect(res.json.body.role!.name).to.equal("admin");
  });

  it("disabling a user ends their session and bearer token at once; null enables them again", async () => {
    const user = await buildUser(server);
    const [session, bearer] = [await sessionForUser(server, user.id), await bearerForUser(server, user.id)];
    const ada = await sessionFor(server, "ada");
    const res = await edit(user.id, { disabled: new Date(Date.now() - 1000).toISOString() }, ada);
    expectSuccess(res);
    expectError(await get(server.url, "/users/me.json", session), 401);
    expectError(await get(server.url, "/users/me.json", bearer), 401);
    expectSuccess(await edit(user.id, { disabled: null }, ada));
    expectSuccess(await get(server.url, "/users/me.json", await bearerForUser(server, user.id)));
  });

  it("answers 403 to a non-admin editing someone else, sending role_id or disabling", async () => {
    const user = await buildUser(server);
    const creds = await sessionForUser(server, user.id);
    const other = await edit(cast.betty.id, { profile: { first_name: "Hacked" } }, creds);
    expectError(other, 403, "You are not authorized to access that location.");
    const role = await edit(user.id, { role_id: roleId("admin") }, creds);
    expectError(role, 403, "You are not authorized to edit the role.");
    expectError(await edit(user.id, { disabled: new Date().toISOString() }, creds), 403);
    const me = await get<UserJson>(server.url, "/users/me.json", creds);
    expect(me.json.body.role!.name).to.equal("user");
  });

  it("does not let an admin disable themselves", async () => {
    const admin = await buildUser(server, { role: "admin" });
    const res = await edit(
      admin.id,
      { disabled: new Date().toISOString() },
      await sessionForUser(server, admin.id),
    );
    expectError(res, 400);
    expect(tree(res)).to.have.nested.property("disabled.isNotSelf");
  });

  it("answers 400 for a key, groups, a new username, a guest role, bad names or nothing to change", async () => {
    const user = await buildUser(server);
    const ada = await sessionFor(server, "ada");
    const key = await edit(user.id, { gpgkey: { armored_key: "x" }, groups_users: [] }, ada);
    expectError(key, 400, "Could not validate user data.");
    expect(tree(key)).to.have.nested.property("gpgkey._unexpected");
    expect(tree(key)).to.have.nested.property("groups_users._unexpected");
    const renamed = await edit(
      user.id,
      { username: "other@watchword.test", profile: { first_name: "X" } },
      ada,
    );
    expectError(renamed, 400);
    expect(tree(renamed)).to.have.nested.property("username.isImmutable");
    const guest = await edit(user.id, { role_id: roleId("guest") }, ada);
    expectError(guest, 400);
    expect(tree(guest)).to.have.nested.property("role_id.isNotGuestRole");
    const empty = await edit(user.id, { profile: { first_name: "" } }, ada);
    expectError(empty, 400);
    expect(tree(empty)).to.have.nested.property("profile.first_name._empty");
    expectError(await edit(user.id, {}, ada), 400, "Some user data must be provided.");
    const badDate = await edit(user.id, { disabled: "yesterday" }, ada);
    expectError(badDate, 400);
    expect(tree(badDate)).to.have.nested.property("disabled.format");
  });

  it("answers 404 for an unknown or deleted user, 400 for a bad id, 401 without a session", async () => {
    const ada = await sessionFor(server, "ada");
    const body = { profile: { first_name: "X" } };
    expectError(await edit("3f2504e0-4f89-41d3-9a0c-0305e82c3301", body, ada), 404);
    expectError(await edit(cast.sofia.id, body, ada), 404);
    expectError(await edit("nope", body, ada), 400);
    expectError(await put(server.url, `/users/${cast.betty.id}.json`, { body }), 401);
  });
});

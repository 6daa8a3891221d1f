import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { buildUser } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { expectUserShape, type UserJson } from "./users.helpers.ts";

describe("GET /users/{id}.json and /users/me.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("gives the logged-in user (session and bearer) with every association", async () => {
    for (const creds of [await sessionFor(server, "betty"), await bearerFor(server, "betty")]) {
      const res = await get<UserJson>(server.url, "/users/me.json?api-version=v2", creds);
      expectSuccess(res);
      expect(res.json.body).to.include({ id: cast.betty.id, username: cast.betty.username, active: true });
      expect(res.json.body).to.include.keys("profile", "gpgkey", "role", "groups_users", "last_logged_in");
      expectUserShape(res.json.body);
    }
  });

  it("gives another active user, and honours contain[x]=0", async () => {
    const res = await get<UserJson>(
      server.url,
      `/users/${cast.edith.id}.json?contain[gpgkey]=0`,
      await sessionFor(server, "carol"),
    );
    expectSuccess(res);
    expect(res.json.body.profile).to.include({ first_name: "Edith", last_name: "Clarke" });
    expect(res.json.body).not.to.have.property("gpgkey");
  });

  it("answers 404 for a deleted user, and for an inactive one to non-admins only", async () => {
    const betty = await sessionFor(server, "betty");
    expectError(await get(server.url, `/users/${cast.sofia.id}.json`, betty), 404);
    expectError(await get(server.url, `/users/${cast.sofia.id}.json`, await sessionFor(server, "ada")), 404);
    expectError(await get(server.url, `/users/${cast.ruth.id}.json`, betty), 404);
    const ruth = await get<UserJson>(
      server.url,
      `/users/${cast.ruth.id}.json`,
      await sessionFor(server, "ada"),
    );
    expectSuccess(ruth);
    expect(ruth.json.body).to.include({ active: false, gpgkey: null });
  });

  it("answers 404 for an unknown id and 400 for an id that is not a UUID", async () => {
    const creds = await sessionFor(server, "betty");
    expectError(await get(server.url, "/users/3f2504e0-4f89-41d3-9a0c-0305e82c3301.json", creds), 404);
    const bad = await get(server.url, "/users/not-a-uuid.json", creds);
    expectError(bad, 400);
    expect(bad.json.body).to.have.nested.property("id.uuid");
  });

  it("answers 401 without credentials", async () => {
    expectError(await get(server.url, "/users/me.json"), 401);
    expectError(await get(server.url, `/users/${cast.ada.id}.json`), 401);
  });

  it("shows a disabled user's date to everybody who can see them", async () => {
    const user = await buildUser(server, { state: "disabled" });
    const res = await get<UserJson>(server.url, `/users/${user.id}.json`, await sessionFor(server, "betty"));
    expectSuccess(res);
    expect(res.json.body.disabled).to.match(/\+00:00$/);
  });
});

import { expect } from "chai";
import { del, get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { bearerForUser, buildUser, sessionForUser, uniqueEmail } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { UserEntity } from "../../../src/db/entities/User.ts";
import { GpgkeyEntity } from "../../../src/db/entities/Gpgkey.ts";
import { SessionEntity } from "../../../src/db/entities/Session.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { issueToken } from "../../../src/domain/users/tokens.ts";
import type { UserJson } from "./users.helpers.ts";

describe("DELETE /users/{id}.json and /users/{id}/dry-run.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** Everything a deletion touches, for one user. */
  const snapshot = (userId: string) =>
    server.db.read(async (m) => ({
      deleted: (await m.getRepository(UserEntity).findOneByOrFail({ id: userId })).deleted,
      currentKeys: await m.getRepository(GpgkeyEntity).countBy({ userId, deleted: false }),
      sessions: await m.getRepository(SessionEntity).countBy({ userId }),
      activeTokens: await m.getRepository(AuthenticationTokenEntity).countBy({ userId, active: true }),
    }));

  /** An active user with a session, a bearer token and a live refresh-type token. */
  async function userWithCredentials() {
    const user = await buildUser(server);
    const session = await sessionForUser(server, user.id);
    const bearer = await bearerForUser(server, user.id);
    await server.db.tx((m) => issueToken(m, user.id, "refresh_token"));
    return { user, session, bearer };
  }

  it("dry run: answers 200 and changes nothing", async () => {
    const { user } = await userWithCredentials();
    const before = await snapshot(user.id);
    const res = await del(
      server.url,
      `/users/${user.id}/dry-run.json?api-version=v2`,
      await sessionFor(server, "ada"),
    );
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The user can be deleted.");
    expect(res.json.body).to.equal(null);
    expect(await snapshot(user.id)).to.deep.equal(before);
    expect(before).to.deep.equal({ deleted: false, currentKeys: 1, sessions: 1, activeTokens: 1 });
  });

  it("soft-deletes in one go: user and key marked deleted, sessions gone, tokens inactive; the session and JWT stop working", async () => {
    const { user, session, bearer } = await userWithCredentials();
    expectSuccess(await get(server.url, "/users/me.json", session));
    const res = await del(server.url, `/users/${user.id}.json`, await sessionFor(server, "ada"));
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The user was deleted successfully.");
    expect(await snapshot(user.id)).to.deep.equal({
      deleted: true,
      currentKeys: 0,
      sessions: 0,
      activeTokens: 0,
    });
    expectError(await get(server.url, "/users/me.json", session), 401);
    expectError(await get(server.url, "/users/me.json", bearer), 401);
    const ada = await sessionFor(server, "ada");
    expectError(await get(server.url, `/users/${user.id}.json`, ada), 404);
    const list = await get<UserJson[]>(server.url, "/users.json", ada);
    expect(list.json.body.map((u) => u.id)).not.to.include(user.id);
    expectError(
      await del(server.url, `/users/${user.id}.json`, ada),
      404,
      "The user does not exist or has been already deleted.",
    );
  });

  it("deletes an inactive user, whose setup link then stops working", async () => {
    const user = await buildUser(server, { state: "inactive" });
    expectSuccess(await del(server.url, `/users/${user.id}.json`, await sessionFor(server, "ada")));
    expectError(await get(server.url, `/setup/start/${user.id}/${user.token}.json`), 400);
  });

  it("does not let an admin delete themselves", async () => {
    const admin = await buildUser(server, { role: "admin" });
    const creds = await sessionForUser(server, admin.id);
    for (const path of [`/users/${admin.id}.json`, `/users/${admin.id}/dry-run.json`])
      expectError(await del(server.url, path, creds), 400, "You are not allowed to delete yourself.");
    expect((await snapshot(admin.id)).deleted).to.equal(false);
  });

  it("answers 403 to a non-admin, 401 without a session, 404 for unknown or deleted users, 400 for a bad id", async () => {
    const user = await buildUser(server);
    for (const suffix of [".json", "/dry-run.json"]) {
      expectError(
        await del(server.url, `/users/${user.id}${suffix}`, await sessionFor(server, "betty")),
        403,
      );
      expectError(await del(server.url, `/users/${user.id}${suffix}`), 401);
      const ada = await sessionFor(server, "ada");
      expectError(await del(server.url, `/users/3f2504e0-4f89-41d3-9a0c-0305e82c3301${suffix}`, ada), 404);
      expectError(await del(server.url, `/users/${cast.sofia.id}${suffix}`, ada), 404);
      expectError(await del(server.url, `/users/nope${suffix}`, ada), 400);
    }
    expect((await snapshot(user.id)).deleted).to.equal(false);
  });

  it("refuses a transfer that nothing requires, and a malformed one, without deleting", async () => {
    const user = await buildUser(server);
    const ada = await sessionFor(server, "ada");
    const transfer = {
      transfer: { owners: [{ id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301", aco_foreign_key: cast.ada.id }] },
    };
    const res = await del(server.url, `/users/${user.id}.json`, { ...ada, body: transfer });
    expectError(res, 400, "The transfer is not authorized.");
    const bad = await del(server.url, `/users/${user.id}.json`, {
      ...ada,
      body: { transfer: { owners: [{ id: 1 }] } },
    });
    expectError(bad, 400);
    expect(bad.json.body).to.have.nested.property("transfer.owners.0.id.type");
    expect((await snapshot(user.id)).deleted).to.equal(false);
    // an empty transfer is fine
    expectSuccess(
      await del(server.url, `/users/${user.id}.json`, {
        ...ada,
        body: { transfer: { owners: [], managers: [] } },
      }),
    );
  });

  it("frees the username for a new account", async () => {
    const user = await buildUser(server, { username: uniqueEmail("reuse") });
    const ada = await sessionFor(server, "ada");
    expectSuccess(await del(server.url, `/users/${user.id}.json`, ada));
    const again = await post(server.url, "/users.json", {
      body: { username: user.username, profile: { first_name: "Re", last_name: "Used" } },
      ...ada,
    });
    expectSuccess(again);
  });
});

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { AuditLogEntity, type AuditLog } from "../../../src/db/entities/AuditLog.ts";
import { del, get, post, put, type ApiResponse } from "../../helpers/api.ts";
import { bearerFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, makeKey } from "../../helpers/factories.ts";
import { jwtLogin, jwtRefresh } from "../../helpers/jwtClient.ts";
import { buildResource, encryptFor } from "../../helpers/resourceFactories.ts";
import { sharedServer } from "../../helpers/server.ts";

/** The entries one request wrote, in order: action, actor, target, data. */
async function entriesOf(server: RunningServer, res: ApiResponse) {
  const rows: AuditLog[] = await server.db.read((m) =>
    m.getRepository(AuditLogEntity).find({ where: { requestId: res.json.header.id }, order: { seq: "ASC" } }),
  );
  return rows.map((r) => ({
    action: r.action,
    actorId: r.actorId,
    target: r.targetId,
    data: r.data ? JSON.parse(r.data) : null,
  }));
}

describe("audit entries written by the services", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => (server = await sharedServer()));

  it("resource create, update with secrets, delete: one entry per change and per secret written", async () => {
    const ada = await bearerFor(server, "ada");
    const created = await post<{ id: string }>(server.url, "/resources.json", {
      ...ada,
      body: { name: "audited", secrets: [{ data: await encryptFor("ada", "s1") }] },
    });
    expectSuccess(created);
    const id = created.json.body.id;
    expect(await entriesOf(server, created)).to.deep.equal([
      { action: "resource.create", actorId: cast.ada.id, target: id, data: null },
      { action: "secret.write", actorId: cast.ada.id, target: id, data: { user_id: cast.ada.id } },
    ]);

    const updated = await put(server.url, `/resources/${id}.json`, {
      ...ada,
      body: { name: "renamed", secrets: [{ user_id: cast.ada.id, data: await encryptFor("ada", "s2") }] },
    });
    expectSuccess(updated);
    expect(await entriesOf(server, updated)).to.deep.equal([
      { action: "resource.update", actorId: cast.ada.id, target: id, data: { fields: ["name"], secrets: 1 } },
      { action: "secret.write", actorId: cast.ada.id, target: id, data: { user_id: cast.ada.id } },
    ]);

    const deleted = await del(server.url, `/resources/${id}.json`, ada);
    expectSuccess(deleted);
    expect(await entriesOf(server, deleted)).to.deep.equal([
      { action: "resource.delete", actorId: cast.ada.id, target: id, data: { secrets: 1, permissions: 1 } },
    ]);
  });

  it("a refused change leaves no entry", async () => {
    const res = await post(server.url, "/resources.json", {
      ...(await bearerFor(server, "ada")),
      body: { name: "refused", secrets: [{ data: await encryptFor("betty", "not for ada") }] },
    });
    expect(res.status).to.equal(400);
    expect(await entriesOf(server, res)).to.deep.equal([]);
  });

  it("secret reads through contain[secret]: one secret.read per secret", async () => {
    const r = await buildResource(server, { owner: "betty", readers: ["ada"] });
    const res = await get(
      server.url,
      `/resources/${r.id}.json?contain[secret]=1`,
      await bearerFor(server, "ada"),
    );
    expectSuccess(res);
    const entries = await entriesOf(server, res);
    expect(entries).to.have.length(1);
    expect(entries[0]).to.include({ action: "secret.read", actorId: cast.ada.id, target: r.id });
    expect(entries[0]!.data).to.have.property("secret_id").that.is.a("string");
  });

  it("user creation by an administrator and an update of the role", async () => {
    const admin = await bearerFor(server, "ada");
    const username = `audit-${Date.now()}@watchword.test`;
    const created = await post<{ id: string; role_id: string }>(server.url, "/users.json", {
      ...admin,
      body: { username, profile: { first_name: "Audit", last_name: "Trail" } },
    });
    expect(created.status, created.text).to.equal(200);
    const id = created.json.body.id;
    expect(await entriesOf(server, created)).to.deep.equal([
      {
        action: "user.create",
        actorId: cast.ada.id,
        target: id,
        data: { role_id: created.json.body.role_id },
      },
    ]);
    const edited = await put(server.url, `/users/${id}.json`, {
      ...admin,
      body: { profile: { first_name: "Renamed" } },
    });
    expectSuccess(edited);
    expect(await entriesOf(server, edited)).to.deep.equal([
      { action: "user.update", actorId: cast.ada.id, target: id, data: { profile: ["first_name"] } },
    ]);
  });

  it("setup completion records the key set", async () => {
    const user = await buildUser(server, { state: "inactive" });
    const { publicKey } = await makeKey("Set Up", user.username);
    const res = await post(server.url, `/setup/complete/${user.id}.json`, {
      body: { authentication_token: { token: user.token }, gpgkey: { armored_key: publicKey } },
    });
    expectSuccess(res);
    const [entry] = await entriesOf(server, res);
    expect(entry).to.deep.include({ action: "user.key.set", actorId: user.id, target: user.id });
    expect(entry!.data).to.have.property("setup", true);
  });

  it("JWT login and refresh successes", async () => {
    const t = await jwtLogin(server.url, "carol");
    const [login] = await entriesOf(server, t.response);
    expect(login).to.deep.include({ action: "auth.jwt.login.success", actorId: cast.carol.id });
    const r = await jwtRefresh(server.url, cast.carol.id, t.refreshToken);
    expect(await entriesOf(server, r.response)).to.deep.equal([
      { action: "auth.jwt.refresh.success", actorId: cast.carol.id, target: cast.carol.id, data: null },
    ]);
    const reused = await jwtRefresh(server.url, cast.carol.id, t.refreshToken);
    expect((await entriesOf(server, reused.response)).map((e) => e.action)).to.deep.equal([
      "auth.jwt.refresh.reused",
      "auth.jwt.refresh.failure",
    ]);
  });
});

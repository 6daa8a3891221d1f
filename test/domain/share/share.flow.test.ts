import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { get, post, put } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast, privateKeyArmored, privateKeyOf } from "../../helpers/cast.ts";
import { expectSuccess, expectError } from "../../helpers/expectEnvelope.ts";
import { createGpgHome, gpgDecrypt, gpgImport, type GpgHome } from "../../helpers/gpg.ts";
import { gpgauthLogin } from "../../helpers/gpgauthClient.ts";
import { sharedServer } from "../../helpers/server.ts";
import { retireResources } from "../../helpers/cleanup.ts";
import { buildGroup, buildResource, encryptFor, RESOURCE_TYPES } from "../../helpers/resourceFactories.ts";
import {
  expectInvariant,
  holdersOf,
  permissionIdOf,
  secretsFor,
  snapshot,
  type Tree,
} from "./share.helpers.ts";

type Json = Record<string, unknown>;
interface Simulation {
  changes: { added: { User: { id: string } }[]; removed: { User: { id: string } }[] };
}

describe("Sharing a resource, the browser extension's way", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let home: GpgHome;
  before(async () => {
    server = await sharedServer();
    home = await createGpgHome();
    await gpgImport(home, privateKeyArmored("betty"), cast.betty.passphrase!);
  });
  const lent: string[] = [];
  after(async () => {
    await retireResources(server, lent);
    home.cleanup();
  });

  it("ada (GpgAuth login) creates, simulates, fetches betty's key, shares; betty decrypts with OpenPGP.js and gpg", async () => {
    const ada = await gpgauthLogin(server.url, "ada");
    const v2 = "api-version=v2";
    // create: the secret encrypted for ada herself
    const created = await post<Json>(server.url, `/resources.json?${v2}&contain[permission]=1`, {
      headers: ada.headers,
      body: {
        name: "Shared mailbox",
        username: "team@example.test",
        uri: "https://mail.test",
        description: null,
        resource_type_id: RESOURCE_TYPES["password-string"],
        secrets: [{ data: await encryptFor("ada", "correct horse battery staple") }],
      },
    });
    expectSuccess(created);
    const id = created.json.body.id as string;
    const change = {
      aco: "Resource",
      aro: "User",
      aco_foreign_key: id,
      aro_foreign_key: cast.betty.id,
      type: 1,
    };

    // simulate: who must the secret be encrypted for?
    const before = await snapshot(server, id);
    const sim = await post<Simulation>(server.url, `/share/simulate/resource/${id}.json?${v2}`, {
      headers: ada.headers,
      body: { permissions: [change] },
    });
    expectSuccess(sim);
    expect(sim.json.body).to.deep.equal({
      changes: { added: [{ User: { id: cast.betty.id } }], removed: [] },
    });
    expect(await snapshot(server, id), "the simulation changed nothing").to.deep.equal(before);

    // the recipients' keys: /gpgkeys.json (raw fetch, no CSRF) and /users.json?contain[gpgkey]=1
    const keys = await get<Json[]>(server.url, `/gpgkeys.json?${v2}`, {
      headers: { cookie: ada.headers.cookie! },
    });
    expectSuccess(keys);
    const bettyKey = keys.json.body.find((k) => k.user_id === cast.betty.id)!;
    const users = await get<Json[]>(
      server.url,
      `/users.json?${v2}&contain[profile]=1&contain[gpgkey]=1&contain[groups_users]=0&contain[role]=1`,
      { headers: ada.headers },
    );
    const bettyUser = users.json.body.find((u) => u.id === cast.betty.id)!;
    expect((bettyUser.gpgkey as Json).armored_key).to.equal(bettyKey.armored_key);

    // decrypt ada's own copy, re-encrypt it for betty, share
    const mine = await get<Json>(server.url, `/secrets/resource/${id}.json?${v2}`, { headers: ada.headers });
    const { data: clear } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: mine.json.body.data as string }),
      decryptionKeys: await privateKeyOf("ada"),
    });
    const forBetty = await openpgp.encrypt({
      message: await openpgp.createMessage({ text: clear as string }),
      encryptionKeys: await openpgp.readKey({ armoredKey: bettyKey.armored_key as string }),
    });
    const shared = await put(server.url, `/share/resource/${id}.json?${v2}`, {
      headers: ada.headers,
      body: { permissions: [change], secrets: [{ user_id: cast.betty.id, resource_id: id, data: forBetty }] },
    });
    expectSuccess(shared);
    expect(shared.json.body).to.equal(null);
    await expectInvariant(server, id);

    // betty reads her copy: OpenPGP.js and the gpg binary both decrypt it
    const betty = await sessionFor(server, "betty");
    const hers = await get<Json>(server.url, `/secrets/resource/${id}.json?${v2}`, betty);
    expectSuccess(hers);
    const armored = hers.json.body.data as string;
    const { data: viaOpenpgp } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: armored }),
      decryptionKeys: await privateKeyOf("betty"),
    });
    expect(viaOpenpgp).to.equal("correct horse battery staple");
    expect(await gpgDecrypt(home, armored, cast.betty.passphrase!)).to.equal("correct horse battery staple");

    // the resource now lists betty as a reader
    const perms = await get<Json[]>(
      server.url,
      `/permissions/resource/${id}.json?contain[user.profile]=1`,
      betty,
    );
    expectSuccess(perms);
    expect(perms.json.body.map((p) => [(p.user as Json).username, p.type])).to.deep.equal([
      [cast.ada.username, 15],
      [cast.betty.username, 1],
    ]);
  });

  it("shares with a group: a secret for every member who gains access, in one request", async () => {
    const group = await buildGroup(server, { members: ["edith", "frances", "ada"] });
    const r = await buildResource(server, { owner: "ada", readers: ["edith"] });
    const session = await sessionFor(server, "ada");
    const change = { aro: "Group", aro_foreign_key: group.id, type: 7 };
    const sim = await post<Simulation>(server.url, `/share/simulate/resource/${r.id}.json`, {
      ...session,
      body: { permissions: [change] },
    });
    expectSuccess(sim);
    expect(sim.json.body.changes.added).to.deep.equal([{ User: { id: cast.frances.id } }]);

    const missing = await put<Tree>(server.url, `/share/resource/${r.id}.json`, {
      ...session,
      body: { permissions: [change] },
    });
    expectError(missing, 400, "Could not validate resource data.");
    expect(missing.json.body).to.have.nested.property("secrets.secrets_provided");

    const res = await put(server.url, `/share/resource/${r.id}.json`, {
      ...session,
      body: { permissions: [change], secrets: await secretsFor(["frances"]) },
    });
    expectSuccess(res);
    expect(await holdersOf(server, r.id)).to.deep.equal([cast.ada.id, cast.edith.id, cast.frances.id].sort());
    await expectInvariant(server, r.id);
  });

  it("revokes: a removed user's secret and favorite go; a user still reaching it through a group keeps theirs", async () => {
    const group = await buildGroup(server, { members: ["frances"] });
    const r = await buildResource(server, {
      owner: "ada",
      readers: ["betty", "frances"],
      groups: [{ id: group.id, type: 1, members: ["frances"] }],
      favoriteOf: ["betty", "frances", "ada"],
    });
    const session = await sessionFor(server, "ada");
    const body = {
      permissions: [
        { id: await permissionIdOf(server, r.id, "betty"), delete: true },
        { id: await permissionIdOf(server, r.id, "frances"), delete: true },
      ],
    };
    const sim = await post<Simulation>(server.url, `/share/simulate/resource/${r.id}.json`, {
      ...session,
      body,
    });
    expect(sim.json.body.changes).to.deep.equal({ added: [], removed: [{ User: { id: cast.betty.id } }] });
    const res = await put(server.url, `/share/resource/${r.id}.json`, { ...session, body });
    expectSuccess(res);
    expect(await holdersOf(server, r.id)).to.deep.equal([cast.ada.id, cast.frances.id].sort());
    const favorites = (await server.db.read((m) =>
      m.query("SELECT user_id FROM favorites WHERE foreign_key = ? ORDER BY user_id", [r.id]),
    )) as { user_id: string }[];
    expect(favorites.map((f) => f.user_id)).to.deep.equal([cast.ada.id, cast.frances.id].sort());
    expectError(
      await get(server.url, `/secrets/resource/${r.id}.json`, await sessionFor(server, "betty")),
      404,
    );
    await expectInvariant(server, r.id);

    // removing the group takes frances's secret too
    const groupPermission = await permissionIdOf(server, r.id, { id: group.id });
    const again = await put(server.url, `/share/resource/${r.id}.json`, {
      ...session,
      body: { permissions: [{ id: groupPermission, delete: true }] },
    });
    expectSuccess(again);
    expect(await holdersOf(server, r.id)).to.deep.equal([cast.ada.id]);
  });

  it("updates types, hands ownership over, and replaces a holder's secret in place", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const session = await sessionFor(server, "ada");
    const oldBetty = (await server.db.read((m) =>
      m.query("SELECT id, created FROM secrets WHERE resource_id = ? AND user_id = ?", [r.id, cast.betty.id]),
    )) as { id: string }[];
    const res = await put(server.url, `/share/resource/${r.id}.json`, {
      ...session,
      body: {
        permissions: [
          { id: await permissionIdOf(server, r.id, "betty"), type: 15 },
          { id: await permissionIdOf(server, r.id, "ada"), type: 1 },
        ],
        secrets: await secretsFor(["betty"], "re-encrypted"),
      },
    });
    expectSuccess(res);
    const rows = (await server.db.read((m) =>
      m.query("SELECT aro_foreign_key, type FROM permissions WHERE aco_foreign_key = ? ORDER BY type", [
        r.id,
      ]),
    )) as { aro_foreign_key: string; type: number }[];
    expect(rows.map((p) => [p.aro_foreign_key, Number(p.type)])).to.deep.equal([
      [cast.ada.id, 1],
      [cast.betty.id, 15],
    ]);
    const newBetty = (await server.db.read((m) =>
      m.query("SELECT id, data FROM secrets WHERE resource_id = ? AND user_id = ?", [r.id, cast.betty.id]),
    )) as { id: string; data: string }[];
    expect(newBetty[0]!.id, "same secret row").to.equal(oldBetty[0]!.id);
    const { data } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: newBetty[0]!.data }),
      decryptionKeys: await privateKeyOf("betty"),
    });
    expect(data).to.equal("re-encrypted");
    // ada is a reader now: she may no longer share
    const refused = await put(server.url, `/share/resource/${r.id}.json`, {
      ...session,
      body: { permissions: [] },
    });
    expectError(refused, 403, "You are not authorized to share this resource.");
    await expectInvariant(server, r.id);
  });

  it("writes permission.change and secret.write audit entries, ids and counts only", async () => {
    const r = await buildResource(server, { owner: "ada" });
    lent.push(r.id); // carol must reach nothing after this suite (resources.bola.test.ts)
    const secrets = await secretsFor(["carol"]);
    const res = await put(server.url, `/share/resource/${r.id}.json`, {
      ...(await sessionFor(server, "ada")),
      body: { permissions: [{ aro: "User", aro_foreign_key: cast.carol.id, type: 1 }], secrets },
    });
    expectSuccess(res);
    const entries = (await server.db.read((m) =>
      m.query("SELECT action, actor_id, target_id, request_id, data FROM audit_log WHERE target_id = ?", [
        r.id,
      ]),
    )) as { action: string; actor_id: string; request_id: string; data: string }[];
    expect(entries.map((e) => e.action).sort()).to.deep.equal(["permission.change", "secret.write"]);
    for (const e of entries) {
      expect(e.actor_id).to.equal(cast.ada.id);
      expect(e.request_id).to.equal(res.json.header.id);
      expect(e.data).not.to.include("PGP");
    }
    expect(JSON.parse(entries.find((e) => e.action === "permission.change")!.data)).to.include({
      permissionsAdded: 1,
      usersGainingAccess: 1,
    });
  });
});

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del, get, put } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import {
  buildGroup,
  buildResource,
  countRows,
  encryptFor,
  RESOURCE_TYPES,
} from "../../helpers/resourceFactories.ts";
import { expectResource } from "./shapes.ts";

type Json = Record<string, unknown>;
type Tree = Record<string, Record<string, Record<string, Record<string, string>>> & Record<string, string>>;

async function secretRows(server: RunningServer, resourceId: string) {
  return server.db.read((m) =>
    m.query("SELECT id, user_id, data FROM secrets WHERE resource_id = ? ORDER BY user_id", [resourceId]),
  ) as Promise<{ id: string; user_id: string; data: string }[]>;
}

const secretsFor = (names: CastName[], text = "new password") =>
  Promise.all(names.map(async (n) => ({ user_id: cast[n].id, data: await encryptFor(n, text) })));

describe("PUT /resources/:id.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  async function expectRefused(resourceId: string, payload: unknown, who: CastName = "ada") {
    const before = await countRows(server);
    const beforeSecrets = await secretRows(server, resourceId);
    const res = await put<Tree>(server.url, `/resources/${resourceId}.json`, {
      ...(await sessionFor(server, who)),
      body: payload,
    });
    expectError(res, 400, "Could not validate resource data.");
    expect(await countRows(server), "database unchanged").to.deep.equal(before);
    expect(await secretRows(server, resourceId), "secrets unchanged").to.deep.equal(beforeSecrets);
    return res.json.body;
  }

  it("updates the fields sent, bumps modified/modified_by, keeps the others and the type", async () => {
    const r = await buildResource(server, {
      owner: "ada",
      updaters: ["edith"],
      type: "password-string",
      description: "d",
    });
    const res = await put<Json>(server.url, `/resources/${r.id}.json`, {
      ...(await bearerFor(server, "edith")),
      body: { name: "Renamed", uri: null, modified_by: cast.carol.id },
    });
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The resource has been updated successfully.");
    expectResource(res.json.body, ["creator", "modifier", "favorite", "secret", "permission"]);
    expect(res.json.body).to.include({
      name: "Renamed",
      uri: null,
      description: "d",
      username: "ada@example.test",
      modified_by: cast.edith.id,
      created_by: cast.ada.id,
      resource_type_id: RESOURCE_TYPES["password-string"],
    });
    expect((res.json.body.permission as Json).type).to.equal(7);
  });

  it("replaces every secret when one per user with access is sent (direct and group)", async () => {
    const group = await buildGroup(server, { members: ["frances"] });
    const r = await buildResource(server, {
      owner: "ada",
      readers: ["betty"],
      groups: [{ id: group.id, type: 1, members: ["frances"] }],
    });
    const old = await secretRows(server, r.id);
    expect(old.map((s) => s.user_id).sort()).to.deep.equal(
      [cast.ada.id, cast.betty.id, cast.frances.id].sort(),
    );
    const secrets = await secretsFor(["betty", "frances", "ada"]);
    const res = await put<Json>(server.url, `/resources/${r.id}.json`, {
      ...(await sessionFor(server, "ada")),
      body: { name: r.name, resource_type_id: RESOURCE_TYPES["password-string"], secrets },
    });
    expectSuccess(res);
    const now = await secretRows(server, r.id);
    expect(now).to.have.length(3);
    for (const s of now) {
      expect(old.map((o) => o.id)).not.to.include(s.id);
      expect(s.data).to.equal(secrets.find((x) => x.user_id === s.user_id)!.data);
    }
    expect((res.json.body.secrets as Json[])[0]!.data).to.equal(secrets[2]!.data);
  });

  it("secrets.secrets_provided: a user with access is missing", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const tree = await expectRefused(r.id, { secrets: await secretsFor(["ada"]) });
    expect(tree.secrets).to.have.property("secrets_provided");
  });

  it("secrets.secrets_provided: a secret for a user without access, or twice for one user", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const extra = await expectRefused(r.id, { secrets: await secretsFor(["ada", "carol"]) });
    expect(extra.secrets).to.have.property("secrets_provided");
    const twice = await expectRefused(r.id, { secrets: await secretsFor(["ada", "ada"]) });
    expect(twice.secrets).to.have.property("secrets_provided");
  });

  it("secrets.<i>.data.<rule>: a message not encrypted for its user's key, symmetric, or garbage", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const wrongKey = [
      { user_id: cast.ada.id, data: await encryptFor("ada", "x") },
      { user_id: cast.betty.id, data: await encryptFor("ada", "x") },
    ];
    const tree = await expectRefused(r.id, { secrets: wrongKey });
    expect(tree.secrets!["1"]!.data).to.have.property("isEncryptedForRecipient");
    expect(tree.secrets).not.to.have.property("0");
    const garbage = [
      wrongKey[0],
      { user_id: cast.betty.id, data: "-----BEGIN PGP MESSAGE-----\n\nAAAA\n-----END PGP MESSAGE-----" },
    ];
    expect((await expectRefused(r.id, { secrets: garbage })).secrets!["1"]!.data).to.have.property(
      "isValidOpenPGPMessage",
    );
  });

  it("secrets.<i>.resource_id.same_resource: a secret that names another resource", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const other = await buildResource(server, { owner: "ada" });
    const [s] = await secretsFor(["ada"]);
    const tree = await expectRefused(r.id, { secrets: [{ ...s, resource_id: other.id }] });
    expect(tree.secrets!["0"]!.resource_id).to.have.property("same_resource");
  });

  it("refuses a v5 or unknown type, v5 metadata, and an empty name", async () => {
    const r = await buildResource(server, { owner: "ada" });
    expect(
      (await expectRefused(r.id, { resource_type_id: "dd1f723d-0d1e-513f-8218-4055dc0530d0" }))
        .resource_type_id,
    ).to.have.property("resource_type_exists");
    expect((await expectRefused(r.id, { metadata: "x" })).metadata).to.have.property("v5NotSupported");
    expect((await expectRefused(r.id, { name: "" })).name).to.have.property("_empty");
  });

  it("answers 403 to a read-only user and 404 to a user without access, changing nothing", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    for (const [who, code] of [
      ["betty", 403],
      ["carol", 404],
    ] as const) {
      const before = await countRows(server);
      const res = await put<Json>(server.url, `/resources/${r.id}.json`, {
        ...(await sessionFor(server, who)),
        body: { name: "hijacked" },
      });
      expectError(res, code);
      expect(res.json.body).to.equal("");
      expect(await countRows(server)).to.deep.equal(before);
    }
    const view = await get<Json>(server.url, `/resources/${r.id}.json`, await sessionFor(server, "ada"));
    expect(view.json.body.name).to.equal(r.name);
  });

  it("answers 404 for a deleted resource", async () => {
    const r = await buildResource(server, { owner: "ada" });
    expectSuccess(await del(server.url, `/resources/${r.id}.json`, await sessionFor(server, "ada")));
    expectError(
      await put(server.url, `/resources/${r.id}.json`, {
        ...(await sessionFor(server, "ada")),
        body: { name: "x" },
      }),
      404,
    );
  });
});

describe("DELETE /resources/:id.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("soft-deletes: keeps the row and its name, nulls the rest, removes secrets, permissions and favorites", async () => {
    const group = await buildGroup(server, { members: ["frances"] });
    const r = await buildResource(server, {
      owner: "ada",
      updaters: ["edith"],
      readers: ["betty"],
      groups: [{ id: group.id, type: 1, members: ["frances"] }],
      favoriteOf: ["ada", "betty"],
      description: "to go",
    });
    const before = await countRows(server);
    const res = await del(server.url, `/resources/${r.id}.json`, await bearerFor(server, "edith"));
    expectSuccess(res);
    expect(res.json.body).to.equal(null);
    expect(res.json.header.message).to.equal("The resource has been deleted successfully.");
    const after = await countRows(server);
    expect(after.resources).to.equal(before.resources);
    expect(before.live_resources - after.live_resources).to.equal(1);
    expect(before.secrets - after.secrets).to.equal(4);
    expect(before.permissions - after.permissions).to.equal(4);
    expect(before.favorites - after.favorites).to.equal(2);
    const [row] = await server.db.read((m) =>
      m.query("SELECT name, username, uri, description, deleted, modified_by FROM resources WHERE id = ?", [
        r.id,
      ]),
    );
    expect(row).to.include({
      name: r.name,
      username: null,
      uri: null,
      description: null,
      modified_by: cast.edith.id,
    });
    expect(Number(row.deleted)).to.equal(1);
    expectError(await get(server.url, `/resources/${r.id}.json`, await sessionFor(server, "ada")), 404);
    expectError(await del(server.url, `/resources/${r.id}.json`, await sessionFor(server, "ada")), 404);
  });

  it("answers 403 to a read-only user (also through a group) and 404 without access, deleting nothing", async () => {
    const group = await buildGroup(server, { members: ["frances"] });
    const r = await buildResource(server, {
      owner: "ada",
      readers: ["betty"],
      groups: [{ id: group.id, type: 1, members: ["frances"] }],
    });
    for (const [who, code] of [
      ["betty", 403],
      ["frances", 403],
      ["carol", 404],
    ] as const) {
      const before = await countRows(server);
      const res = await del(server.url, `/resources/${r.id}.json`, await sessionFor(server, who));
      expectError(res, code);
      expect(await countRows(server)).to.deep.equal(before);
    }
  });

  it("lets a group granting update (7) delete", async () => {
    const group = await buildGroup(server, { members: ["frances"] });
    const r = await buildResource(server, {
      owner: "ada",
      groups: [{ id: group.id, type: 7, members: ["frances"] }],
    });
    expectSuccess(await del(server.url, `/resources/${r.id}.json`, await sessionFor(server, "frances")));
  });

  it("answers 401 without credentials and 400 for a malformed id", async () => {
    const r = await buildResource(server, { owner: "ada" });
    expectError(await del(server.url, `/resources/${r.id}.json`), 401);
    expectError(await del(server.url, "/resources/nope.json", await sessionFor(server, "ada")), 400);
  });
});

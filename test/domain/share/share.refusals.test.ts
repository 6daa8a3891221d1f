import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { put } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource, encryptFor } from "../../helpers/resourceFactories.ts";
import {
  addUser,
  expectInvariant,
  permissionIdOf,
  secretsFor,
  snapshot,
  type Tree,
} from "./share.helpers.ts";

const INVALID = "Could not validate resource data.";

describe("PUT /share/resource/:resourceId refusals (nothing changes)", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** Sends the share as `who`, checks status + envelope, and that the database is unchanged. */
  async function expectRefused(
    resourceId: string,
    body: unknown,
    status = 400,
    who: CastName = "ada",
    message: string = INVALID,
  ): Promise<Tree> {
    const before = await snapshot(server, resourceId);
    const res = await put<Tree>(server.url, `/share/resource/${resourceId}.json`, {
      ...(await sessionFor(server, who)),
      body,
    });
    expectError(res, status, message);
    expect(await snapshot(server, resourceId), "database unchanged").to.deep.equal(before);
    await expectInvariant(server, resourceId);
    return res.json.body;
  }

  it("secrets.secrets_provided: a user gains access without a secret", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const tree = await expectRefused(r.id, { permissions: [addUser("betty")] });
    expect(tree).to.have.nested.property("secrets.secrets_provided");
  });

  it("secrets.<i>.resource_id.has_resource_access: a secret for a user who gets no access", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const tree = await expectRefused(r.id, {
      permissions: [addUser("betty")],
      secrets: await secretsFor(["betty", "carol"]),
    });
    expect(tree).to.have.nested.property("secrets.1.resource_id.has_resource_access");
    expect(tree).not.to.have.nested.property("secrets.0");
  });

  it("secrets.<i>.data.isEncryptedForRecipient: a secret encrypted for another key", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const tree = await expectRefused(r.id, {
      permissions: [addUser("betty")],
      secrets: [{ user_id: cast.betty.id, data: await encryptFor("ada", "x") }],
    });
    expect(tree).to.have.nested.property("secrets.0.data.isEncryptedForRecipient");
  });

  it("secrets.<i>.data.isValidOpenPGPMessage and secret_unique", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const [betty] = await secretsFor(["betty"]);
    const tree = await expectRefused(r.id, {
      permissions: [addUser("betty")],
      secrets: [betty, { user_id: cast.betty.id, data: "not a message" }],
    });
    expect(tree).to.have.nested.property("secrets.1.data.isValidOpenPGPMessage");
    expect(tree).to.have.nested.property("secrets.1.user_id.secret_unique");
  });

  it("secrets.<i>.resource_id.same_resource: a secret naming another resource", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const other = await buildResource(server, { owner: "ada" });
    const [betty] = await secretsFor(["betty"]);
    const tree = await expectRefused(r.id, {
      permissions: [addUser("betty")],
      secrets: [{ ...betty, resource_id: other.id }],
    });
    expect(tree).to.have.nested.property("secrets.0.resource_id.same_resource");
  });

  it("permissions.at_least_one_owner: removing or downgrading the last owner", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const ada = await permissionIdOf(server, r.id, "ada");
    const removed = await expectRefused(r.id, { permissions: [{ id: ada, delete: true }] });
    expect(removed).to.have.nested.property("permissions.at_least_one_owner");
    const downgraded = await expectRefused(r.id, { permissions: [{ id: ada, type: 7 }] });
    expect(downgraded).to.have.nested.property("permissions.at_least_one_owner");
  });

  for (const [label, id] of [
    ["an unknown user", newId()],
    ["a deleted user (sofia)", cast.sofia.id],
    ["an inactive user (ruth)", cast.ruth.id],
  ] as const)
    it(`permissions.<i>.aro_foreign_key.aro_exists: ${label}`, async () => {
      const r = await buildResource(server, { owner: "ada" });
      const tree = await expectRefused(r.id, {
        permissions: [addUser("betty"), { aro: "User", aro_foreign_key: id, type: 1 }],
        secrets: await secretsFor(["betty"]),
      });
      expect(tree).to.have.nested.property("permissions.1.aro_foreign_key.aro_exists");
      expect(tree).not.to.have.nested.property("permissions.0");
    });

  it("permissions.<i>.aro_foreign_key.aro_exists: an unknown or deleted group, a user id sent as a group", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const deleted = await buildGroup(server, { members: ["betty"], deleted: true });
    const tree = await expectRefused(r.id, {
      permissions: [
        { aro: "Group", aro_foreign_key: newId(), type: 1 },
        { aro: "Group", aro_foreign_key: deleted.id, type: 1 },
        { aro: "Group", aro_foreign_key: cast.betty.id, type: 1 },
      ],
    });
    for (const i of [0, 1, 2])
      expect(tree).to.have.nested.property(`permissions.${i}.aro_foreign_key.aro_exists`);
  });

  it("permissions.<i>.aco_foreign_key.permission_unique: a second permission for the same user", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const existing = await expectRefused(r.id, { permissions: [addUser("betty", 7)] });
    expect(existing).to.have.nested.property("permissions.0.aco_foreign_key.permission_unique");
    const twice = await expectRefused(r.id, {
      permissions: [addUser("edith"), addUser("edith", 7)],
      secrets: await secretsFor(["edith"]),
    });
    expect(twice).to.have.nested.property("permissions.1.aco_foreign_key.permission_unique");
  });

  it("permissions.<i>.id.exists: the permission id of another resource", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const other = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const elsewhere = await permissionIdOf(server, other.id, "betty");
    const tree = await expectRefused(r.id, { permissions: [{ id: elsewhere, delete: true }] });
    expect(tree).to.have.nested.property("permissions.0.id.exists");
    await expectInvariant(server, other.id);
  });

  it("permissions.<i>.<field>: an addition without aro_foreign_key or type, a bad type", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const missing = await expectRefused(r.id, { permissions: [{ aro: "User" }] });
    expect(missing).to.have.nested.property("permissions.0.aro_foreign_key._required");
    expect(missing).to.have.nested.property("permissions.0.type._required");
    const bad = await expectRefused(r.id, { permissions: [{ ...addUser("betty"), type: 3 }] });
    expect(bad).to.have.nested.property("permissions.0.type.inList");
    const unknown = await expectRefused(r.id, { permissions: [], extra: 1 });
    expect(unknown).to.have.nested.property("extra._unexpected");
  });

  it("403 for a reader or an updater (not owner), with the resource unchanged", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"], updaters: ["edith"] });
    const body = { permissions: [addUser("frances")], secrets: await secretsFor(["frances"]) };
    await expectRefused(r.id, body, 403, "betty", "You are not authorized to share this resource.");
    await expectRefused(r.id, body, 403, "edith", "You are not authorized to share this resource.");
  });

  it("404 for a user who cannot see the resource (carol), a deleted or unknown resource", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const body = { permissions: [addUser("carol")], secrets: await secretsFor(["carol"]) };
    await expectRefused(r.id, body, 404, "carol", "The resource does not exist.");
    const res = await put(server.url, `/share/resource/${newId()}.json`, {
      ...(await bearerFor(server, "ada")),
      body,
    });
    expectError(res, 404, "The resource does not exist.");
  });

  it("401 without a session, 403 without the CSRF token", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const body = { permissions: [addUser("betty")], secrets: await secretsFor(["betty"]) };
    const before = await snapshot(server, r.id);
    expectError(await put(server.url, `/share/resource/${r.id}.json`, { body }), 401);
    const { headers } = await sessionFor(server, "ada");
    const res = await put(server.url, `/share/resource/${r.id}.json`, {
      headers: { cookie: headers.cookie! },
      body,
    });
    expectError(res, 403);
    expect(await snapshot(server, r.id)).to.deep.equal(before);
  });
});

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { ResourceEntity } from "../../../src/db/entities/Resource.ts";
import { recordAudits, type AuditEvent } from "../../../src/domain/audit/audit.service.ts";
import { del, get, put } from "../../helpers/api.ts";
import { bearerFor, sessionFor, type Credentials } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import { retireResources } from "../../helpers/cleanup.ts";
import { createFolder, shareFolderWith } from "../folders/folders.helpers.ts";
import { addUser, secretsFor } from "../share/share.helpers.ts";

type Json = Record<string, unknown>;
type Entry = {
  id: string;
  action_log_id: string;
  type: string;
  data: Json & { resource: Json; permissions?: Record<string, Json[]>; secrets?: Json[] };
  creator: { id: string; profile: Json } | null;
  created: string;
};
const UNKNOWN = "0e9c6a4f-1b7d-4c3e-9a2f-5d8b7c6e4f3a";

describe("GET /actionlog/resource/:resourceId.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** Writes audit entries as the services do, one transaction per request. */
  async function audit(resourceId: string, ...requests: [CastName | null, Partial<AuditEvent>[]][]) {
    for (const [who, events] of requests) {
      const requestId = newId();
      await server.db.tx((m) =>
        recordAudits(
          m,
          events.map((e) => ({
            action: "resource.update",
            actorId: who ? cast[who].id : null,
            targetType: "Resource",
            targetId: resourceId,
            requestId,
            ...e,
          })) as AuditEvent[],
        ),
      );
    }
  }

  async function activity(who: CastName, resourceId: string, query = "") {
    return get<Entry[]>(
      server.url,
      `/actionlog/resource/${resourceId}.json${query}`,
      await sessionFor(server, who),
    );
  }

  it("shows what was recorded, newest first, grouped per request, to a reader; 5 per page by default", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"], updaters: ["edith"] });
    const other = await buildResource(server, { owner: "ada" });
    await audit(
      r.id,
      ["ada", [{ action: "resource.create" }]],
      ["betty", [{ action: "secret.read" }]],
      // a share: its secret writes belong to the permission change
      [
        "ada",
        [
          { action: "permission.change", data: { permissionsAdded: 1 } },
          { action: "secret.write", data: { op: "create", userId: cast.betty.id } },
        ],
      ],
      // an update with new secrets: two entries, the secrets in one
      [
        "edith",
        [
          { action: "resource.update" },
          { action: "secret.write", data: { userId: cast.ada.id } },
          { action: "secret.write", data: { userId: cast.edith.id } },
        ],
      ],
      // not shown: no acting user, another item, an action the activity does not show
      [null, [{ action: "secret.read" }]],
      ["ada", [{ action: "resource.update", targetId: other.id }]],
      ["ada", [{ action: "user.update" }]],
    );
    const res = await activity("betty", r.id);
    expectSuccess(res);
    expect(res.json.header.pagination).to.deep.equal({ count: 5, page: 1, limit: 5 });
    const types = res.json.body.map((e) => e.type);
    expect(types).to.deep.equal([
      "Resource.Secrets.updated",
      "Resources.updated",
      "Permissions.updated",
      "Resource.Secrets.read",
      "Resources.created",
    ]);
    const [secrets, updated, perms, read, created] = res.json.body as [Entry, Entry, Entry, Entry, Entry];
    expect(secrets.action_log_id).to.equal(updated.action_log_id);
    expect(secrets.id).not.to.equal(updated.id);
    expect(secrets.data.secrets!.map((x) => x.user_id)).to.deep.equal([cast.ada.id, cast.edith.id]);
    expect((secrets.data.secrets![1]!.user as Json).username).to.equal(cast.edith.username);
    expect(updated.creator!.id).to.equal(cast.edith.id);
    expect(updated.creator!.profile.first_name).to.equal("Edith");
    expect(perms.data.permissions).to.deep.equal({ added: [], updated: [], removed: [] });
    expect(read.creator!.id).to.equal(cast.betty.id);
    expect(created.data.resource).to.deep.equal({ id: r.id, name: r.name });
    expect(created.created).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);

    // the same ids on every read
    const again = await activity("ada", r.id);
    expect(again.json.body.map((e) => e.id)).to.deep.equal(res.json.body.map((e) => e.id));
  });

  it("pages: page and limit (at most 20), oldest first on request, an empty page past the end", async () => {
    const r = await buildResource(server, { owner: "ada" });
    await audit(
      r.id,
      ...Array.from({ length: 7 }, (): [CastName, Partial<AuditEvent>[]] => [
        "ada",
        [{ action: "secret.read" }],
      ]),
    );
    const p2 = await activity("ada", r.id, "?page=2&limit=3");
    expect(p2.json.header.pagination).to.deep.equal({ count: 7, page: 2, limit: 3 });
    expect(p2.json.body).to.have.length(3);
    const all = await activity("ada", r.id, "?limit=50");
    expect(all.json.header.pagination).to.deep.equal({ count: 7, page: 1, limit: 20 });
    expect(all.json.body.slice(3, 6).map((e) => e.id)).to.deep.equal(p2.json.body.map((e) => e.id));
    const asc = await activity("ada", r.id, "?sort=ActionLogs.created&direction=asc&limit=20");
    expect(asc.json.body.map((e) => e.id)).to.deep.equal(all.json.body.map((e) => e.id).reverse());
    const past = await activity("ada", r.id, "?page=9");
    expectSuccess(past);
    expect(past.json.body).to.deep.equal([]);
    expect(past.json.header.pagination).to.deep.equal({ count: 7, page: 9, limit: 5 });
  });

  it("permission changes that list their rows show who got what, with profiles and groups", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const g = await buildGroup(server, { members: ["frances"], name: "Ops team" });
    const pid = newId();
    await audit(r.id, [
      "ada",
      [
        {
          action: "permission.change",
          data: {
            added: [{ id: pid, aro: "User", aroForeignKey: cast.betty.id, type: 1 }],
            updated: [{ aro: "Group", aro_foreign_key: g.id, type: 7 }],
            deleted: [{ aro: "User", aroForeignKey: cast.carol.id, type: 15 }, { junk: true }],
          },
        },
      ],
    ]);
    const res = await activity("ada", r.id);
    const p = res.json.body[0]!.data.permissions!;
    expect(p.added![0]).to.include({
      id: pid,
      aro: "User",
      aro_foreign_key: cast.betty.id,
      type: 1,
      group: null,
    });
    expect((p.added![0]!.user as { profile: Json }).profile.last_name).to.equal("Holberton");
    expect(p.updated![0]).to.include({ id: null, aro: "Group", user: null });
    expect(p.updated![0]!.group).to.deep.equal({ id: g.id, name: "Ops team" });
    expect(p.removed).to.have.length(1);
    expect(p.removed![0]).to.include({ aro_foreign_key: cast.carol.id, type: 15 });
  });

  it("404 for a resource the caller cannot read, a deleted one, or none; 400 for bad input", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const gone = await buildResource(server, { owner: "carol" });
    await server.db.tx((m) => m.getRepository(ResourceEntity).update({ id: gone.id }, { deleted: true }));
    for (const id of [r.id, gone.id, UNKNOWN])
      expectError(await activity("carol", id), 404, "The resource does not exist.");
    expectError(await activity("ada", "nope"), 400);
    const bad = await activity("ada", r.id, "?sort=Resources.name");
    expectError(bad, 400);
    expect(bad.json.body).to.have.nested.property("sort.inList");
    expectError(await activity("ada", r.id, "?page=0"), 400);
    expectError(await get(server.url, `/actionlog/resource/${r.id}.json`), 401);
  });
});

describe("GET /actionlog/folder/:folderId.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let ada: Credentials;
  let betty: Credentials;
  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
    betty = await bearerFor(server, "betty");
  });
  const activity = (who: Credentials, id: string, query = "") =>
    get<Entry[]>(server.url, `/actionlog/folder/${id}.json${query}`, who);

  it("shows created, renamed and permission changes made through the API, newest first, to a reader", async () => {
    const id = await createFolder(server, ada, "Folder with a past");
    expectSuccess(
      await put(server.url, `/folders/${id}.json`, {
        headers: ada.headers,
        body: { name: "Renamed folder" },
      }),
    );
    await shareFolderWith(server, ada, id, "betty", 7);
    const res = await activity(betty, id);
    expectSuccess(res);
    expect(res.json.header.pagination).to.deep.equal({ count: 3, page: 1, limit: 5 });
    expect(res.json.body.map((e) => e.type)).to.deep.equal([
      "Permissions.updated",
      "Folders.updated",
      "Folders.created",
    ]);
    const [perms, renamed, created] = res.json.body as [Entry, Entry, Entry];
    for (const e of res.json.body) {
      expect(e.data.folder).to.deep.equal({ id, name: "Renamed folder" });
      expect(e.data).not.to.have.property("resource");
      expect(e.creator!.id).to.equal(cast.ada.id);
    }
    expect(created.data).to.have.keys(["folder"]);
    expect(renamed.action_log_id).not.to.equal(created.action_log_id);
    const added = perms.data.permissions!.added!;
    expect(added).to.have.length(1);
    expect(added[0]).to.include({
      aco: "Folder",
      aco_foreign_key: id,
      aro: "User",
      aro_foreign_key: cast.betty.id,
      type: 7,
    });
    expect((added[0]!.user as { profile: Json }).profile.first_name).to.equal("Betty");
    expect(perms.data.permissions!.updated).to.deep.equal([]);
    expect(perms.data.permissions!.removed).to.deep.equal([]);
    // the resource activity of another item does not leak in, paging works as for resources
    const p2 = await activity(ada, id, "?page=2&limit=2");
    expect(p2.json.body.map((e) => e.type)).to.deep.equal(["Folders.created"]);
    expect(p2.json.header.pagination).to.deep.equal({ count: 3, page: 2, limit: 2 });
  });

  it("404 for a folder the caller cannot read, a deleted one, or none; 400 for bad input; 401 anonymous", async () => {
    const id = await createFolder(server, ada, "Private activity");
    const gone = await createFolder(server, ada, "Deleted activity");
    expectSuccess(await del(server.url, `/folders/${gone}.json`, { headers: ada.headers }));
    for (const target of [id, UNKNOWN])
      expectError(await activity(betty, target), 404, "The folder does not exist.");
    expectError(await activity(ada, gone), 404, "The folder does not exist.");
    expectError(await get(server.url, "/actionlog/folder/nope.json", ada), 400);
    const bad = await activity(ada, id, "?limit=abc");
    expectError(bad, 400);
    expect(bad.json.body).to.have.property("limit");
    expectError(await get(server.url, `/actionlog/folder/${id}.json`), 401);
    // the folder's rows do not show in a resource's activity with the same id
    expectError(await get(server.url, `/actionlog/resource/${id}.json`, ada), 404);
  });
});

describe("activity of a real resource share", function () {
  this.timeout(60_000);
  it("lists who got what, with the acting owner and the recipient's profile", async () => {
    const server = await sharedServer();
    const ada = await sessionFor(server, "ada");
    const r = await buildResource(server, { owner: "ada" });
    const res = await put(server.url, `/share/resource/${r.id}.json`, {
      headers: ada.headers,
      body: { permissions: [addUser("edith", 7)], secrets: await secretsFor(["edith"]) },
    });
    expectSuccess(res);
    const log = await get<Entry[]>(server.url, `/actionlog/resource/${r.id}.json`, ada);
    expectSuccess(log);
    const share = log.json.body[0]!;
    expect(share.type).to.equal("Permissions.updated");
    const added = share.data.permissions!.added!;
    expect(added.map((p) => [p.aro_foreign_key, p.type, p.aco])).to.deep.equal([
      [cast.edith.id, 7, "Resource"],
    ]);
    expect((added[0]!.user as { username: string }).username).to.equal(cast.edith.username);
    // the share's secret writes make no entry of their own
    expect(log.json.body.map((e) => e.type)).not.to.include("Resource.Secrets.updated");
    await retireResources(server, [r.id]);
  });
});

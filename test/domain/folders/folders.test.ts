import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del, get, post, put } from "../../helpers/api.ts";
import { sessionFor, bearerFor, type Credentials } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource, encryptFor, RESOURCE_TYPES } from "../../helpers/resourceFactories.ts";
import { createFolder, moveTo, shareFolderWith, type Json } from "./folders.helpers.ts";

describe("Folders", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let ada: Credentials;
  let betty: Credentials;
  let carol: Credentials;
  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
    betty = await bearerFor(server, "betty");
    carol = await sessionFor(server, "carol");
  });

  const view = (who: Credentials, id: string, q = "") =>
    get<Json>(server.url, `/folders/${id}.json${q}`, { headers: who.headers });

  describe("POST /folders.json", () => {
    it("creates a folder owned by the caller, at their root (the extension's call)", async () => {
      const res = await post<Json>(server.url, "/folders.json?api-version=v2&contain[permission]=1", {
        headers: ada.headers,
        body: { name: "Team" },
      });
      expectSuccess(res);
      const f = res.json.body;
      expect(f).to.include({ name: "Team", folder_parent_id: null, personal: true, created_by: cast.ada.id });
      expect(f.permission).to.include({ aco: "Folder", aro: "User", aro_foreign_key: cast.ada.id, type: 15 });
    });

    it("creates in a parent the caller may update", async () => {
      const parent = await createFolder(server, ada, "Parent");
      const child = await createFolder(server, ada, "Child", parent);
      const res = await view(ada, child);
      expect(res.json.body.folder_parent_id).to.equal(parent);
    });

    it("refuses a missing or empty name, and a parent the caller cannot reach or only read (400)", async () => {
      let res = await post<Json>(server.url, "/folders.json", { headers: ada.headers, body: {} });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("name._required");
      res = await post<Json>(server.url, "/folders.json", { headers: ada.headers, body: { name: "" } });
      expect(res.json.body).to.have.nested.property("name._empty");
      res = await post<Json>(server.url, "/folders.json", {
        headers: ada.headers,
        body: { name: "x".repeat(257) },
      });
      expect(res.json.body).to.have.nested.property("name.maxLength");
      const carols = await createFolder(server, carol, "Carol's");
      res = await post<Json>(server.url, "/folders.json", {
        headers: ada.headers,
        body: { name: "In carol's", folder_parent_id: carols },
      });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("folder_parent_id.folder_exists");
      await shareFolderWith(server, carol, carols, "ada", 1);
      res = await post<Json>(server.url, "/folders.json", {
        headers: ada.headers,
        body: { name: "In carol's", folder_parent_id: carols },
      });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("folder_parent_id.has_folder_access");
    });
  });

  describe("GET /folders.json and /folders/{id}.json", () => {
    it("lists with contains and filters, and pages", async () => {
      const root = await createFolder(server, betty, "Listing root zz");
      const sub = await createFolder(server, betty, "Listing sub zz", root);
      const r = await buildResource(server, { owner: "betty", name: "In listing" });
      expectSuccess(await moveTo(server, betty, "resource", r.id, root));
      const q =
        "contain[children_resources]=1&contain[children_folders]=1&contain[creator.profile]=1&contain[modifier]=1" +
        "&contain[permission]=1&contain[permissions.user.profile]=1&contain[permissions.group]=1";
      const res = await get<Json[]>(server.url, `/folders.json?${q}&filter[has-id][]=${root}`, {
        headers: betty.headers,
      });
      expectSuccess(res);
      expect(res.json.body).to.have.length(1);
      const f = res.json.body[0]!;
      expect((f.children_folders as Json[]).map((c) => c.id)).to.deep.equal([sub]);
      expect((f.children_resources as Json[]).map((c) => c.id)).to.deep.equal([r.id]);
      expect((f.children_resources as Json[])[0]!.folder_parent_id).to.equal(root);
      expect((f.creator as Json).profile).to.be.an("object");
      expect(f.modifier).to.not.have.property("profile");
      expect((f.permissions as Json[])[0]!.user).to.have.property("profile");

      const children = await get<Json[]>(server.url, `/folders.json?filter[has-parent][]=${root}`, {
        headers: betty.headers,
      });
      expect(children.json.body.map((c) => c.id)).to.deep.equal([sub]);
      const atRoot = await get<Json[]>(
        server.url,
        "/folders.json?filter[has-parent][]=false&filter[search]=Listing",
        {
          headers: betty.headers,
        },
      );
      expect(atRoot.json.body.map((c) => c.id)).to.deep.equal([root]);
      const paged = await get<Json[]>(
        server.url,
        "/folders.json?filter[search]=zz&limit=1&page=2&sort=Folders.name",
        {
          headers: betty.headers,
        },
      );
      expectSuccess(paged);
      expect(paged.json.header.pagination).to.deep.equal({ count: 2, page: 2, limit: 1 });
      expect(paged.json.body.map((c) => c.id)).to.deep.equal([sub]);
      const resource = await get<Json>(server.url, `/resources/${r.id}.json`, { headers: betty.headers });
      expect(resource.json.body.folder_parent_id).to.equal(root);
    });

    it("answers 400 on a bad filter or sort, 404 for a folder the caller cannot see", async () => {
      expectError(
        await get(server.url, "/folders.json?filter[has-id][]=nope", { headers: ada.headers }),
        400,
      );
      expectError(
        await get(server.url, "/folders.json?filter[has-parent][]=nope", { headers: ada.headers }),
        400,
      );
      expectError(await get(server.url, "/folders.json?sort=Folders.nope", { headers: ada.headers }), 400);
      const carols = await createFolder(server, carol, "Hidden");
      expectError(await view(ada, carols), 404);
      const list = await get<Json[]>(server.url, `/folders.json?filter[has-id][]=${carols}`, {
        headers: ada.headers,
      });
      expect(list.json.body).to.deep.equal([]);
    });
  });

  describe("PUT|POST /folders/{id}.json", () => {
    it("renames with update; 403 read-only; 404 no access; 400 bad name", async () => {
      const id = await createFolder(server, ada, "Old name");
      let res = await put<Json>(server.url, `/folders/${id}.json`, {
        headers: ada.headers,
        body: { name: "New" },
      });
      expectSuccess(res);
      expect(res.json.body.name).to.equal("New");
      res = await post<Json>(server.url, `/folders/${id}.json`, {
        headers: ada.headers,
        body: { name: "Newer" },
      });
      expectSuccess(res);
      expect(res.json.body.name).to.equal("Newer");
      expectError(
        await put(server.url, `/folders/${id}.json`, { headers: ada.headers, body: { name: "" } }),
        400,
      );
      expectError(
        await put(server.url, `/folders/${id}.json`, { headers: betty.headers, body: { name: "x" } }),
        404,
      );
      await shareFolderWith(server, ada, id, "betty", 1);
      expectError(
        await put(server.url, `/folders/${id}.json`, { headers: betty.headers, body: { name: "x" } }),
        403,
      );
    });
  });

  describe("POST /resources.json with folder_parent_id", () => {
    it("creates the resource in a folder the caller may update, else 400 on folder_parent_id", async () => {
      const folder = await createFolder(server, ada, "Resources here");
      const body = async (parent: string) => ({
        name: "In folder",
        resource_type_id: RESOURCE_TYPES["password-string"],
        folder_parent_id: parent,
        secrets: [{ data: await encryptFor("ada", "pw") }],
      });
      const res = await post<Json>(server.url, "/resources.json", {
        headers: ada.headers,
        body: await body(folder),
      });
      expectSuccess(res);
      expect(res.json.body.folder_parent_id).to.equal(folder);
      const carols = await createFolder(server, carol, "Not ada's");
      const refused = await post<Json>(server.url, "/resources.json", {
        headers: ada.headers,
        body: await body(carols),
      });
      expectError(refused, 400);
      expect(refused.json.body).to.have.nested.property("folder_parent_id.folder_exists");
    });
  });

  describe("trees", () => {
    it("gives two users different trees for the same shared folder", async () => {
      const shared = await createFolder(server, ada, "Shared tree");
      const adaParent = await createFolder(server, ada, "Ada's place");
      expectSuccess(await moveTo(server, ada, "folder", shared, adaParent));
      await shareFolderWith(server, ada, shared, "betty", 7);
      // betty cannot see ada's parent: the folder lands at her root
      expect((await view(betty, shared)).json.body.folder_parent_id).to.equal(null);
      const bettyParent = await createFolder(server, betty, "Betty's place");
      expectSuccess(await moveTo(server, betty, "folder", shared, bettyParent));
      expect((await view(betty, shared)).json.body.folder_parent_id).to.equal(bettyParent);
      expect((await view(ada, shared)).json.body.folder_parent_id).to.equal(adaParent);
      expect((await view(ada, shared)).json.body.personal).to.equal(false);
    });

    it("places a shared folder under the operator's parent when the recipient can see it", async () => {
      const team = await createFolder(server, ada, "Team place");
      await shareFolderWith(server, ada, team, "carol", 1);
      const inside = await createFolder(server, ada, "Inside team", team);
      await shareFolderWith(server, ada, inside, "carol", 1);
      expect((await view(carol, inside)).json.body.folder_parent_id).to.equal(team);
    });
  });

  describe("PUT /share/folder/{id}.json", () => {
    it("shares (recipient's root), refuses bad input (400), non-owners (403) and strangers (404)", async () => {
      const id = await createFolder(server, ada, "To share");
      await shareFolderWith(server, ada, id, "betty", 1);
      const list = await get<Json[]>(
        server.url,
        `/folders.json?filter[has-parent][]=0&filter[has-id][]=${id}`,
        {
          headers: betty.headers,
        },
      );
      expect(list.json.body.map((f) => f.id)).to.deep.equal([id]);
      let res = await put<Json>(server.url, `/share/folder/${id}.json`, {
        headers: ada.headers,
        body: { permissions: [{ aro: "User", aro_foreign_key: cast.sofia.id, type: 1 }] },
      });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("permissions.0.aro_foreign_key.aro_exists");
      res = await put<Json>(server.url, `/share/folder/${id}.json`, {
        headers: ada.headers,
        body: { permissions: [{ aro: "User", aro_foreign_key: cast.betty.id, type: 1 }] },
      });
      expect(res.json.body).to.have.nested.property("permissions.0.aco_foreign_key.permission_unique");
      const perms = await view(ada, id, "?contain[permissions]=1");
      const own = (perms.json.body.permissions as Json[]).find((p) => p.aro_foreign_key === cast.ada.id)!;
      res = await put<Json>(server.url, `/share/folder/${id}.json`, {
        headers: ada.headers,
        body: { permissions: [{ id: own.id, delete: true }] },
      });
      expect(res.json.body).to.have.nested.property("permissions.at_least_one_owner");
      expectError(
        await put(server.url, `/share/folder/${id}.json`, {
          headers: betty.headers,
          body: { permissions: [] },
        }),
        403,
      );
      expectError(
        await post(server.url, `/share/folder/${id}.json`, {
          headers: carol.headers,
          body: { permissions: [] },
        }),
        404,
      );
      // revoke: betty no longer sees it
      const bettyPerm = (perms.json.body.permissions as Json[]).find(
        (p) => p.aro_foreign_key === cast.betty.id,
      )!;
      expectSuccess(
        await post(server.url, `/share/folder/${id}.json`, {
          headers: ada.headers,
          body: { permissions: [{ id: bettyPerm.id, delete: true }] },
        }),
      );
      expectError(await view(betty, id), 404);
    });
  });

  describe("DELETE /folders/{id}.json", () => {
    it("without cascade moves the content up; 403 read-only; 404 stranger", async () => {
      const top = await createFolder(server, ada, "Top");
      const mid = await createFolder(server, ada, "Mid", top);
      const leaf = await createFolder(server, ada, "Leaf", mid);
      await shareFolderWith(server, ada, mid, "betty", 1);
      expectError(await del(server.url, `/folders/${mid}.json`, { headers: betty.headers }), 403);
      expectError(await del(server.url, `/folders/${mid}.json`, { headers: carol.headers }), 404);
      expectSuccess(await del(server.url, `/folders/${mid}.json`, { headers: ada.headers }));
      expectError(await view(ada, mid), 404);
      expect((await view(ada, leaf)).json.body.folder_parent_id).to.equal(top);
    });

    it("with cascade deletes only what the caller may delete", async () => {
      const top = await createFolder(server, ada, "Cascade top");
      const mine = await createFolder(server, ada, "Cascade mine", top);
      const readOnly = await createFolder(server, betty, "Betty's read-only");
      await shareFolderWith(server, betty, readOnly, "ada", 1);
      expectSuccess(await moveTo(server, ada, "folder", readOnly, top));
      const own = await buildResource(server, { owner: "ada", name: "Ada's own" });
      const ro = await buildResource(server, { owner: "betty", readers: ["ada"], name: "Read only for ada" });
      expectSuccess(await moveTo(server, ada, "resource", own.id, mine));
      expectSuccess(await moveTo(server, ada, "resource", ro.id, top));
      expectSuccess(await del(server.url, `/folders/${top}.json?cascade=1`, { headers: ada.headers }));
      expectError(await view(ada, top), 404);
      expectError(await view(ada, mine), 404);
      expectError(await get(server.url, `/resources/${own.id}.json`, { headers: ada.headers }), 404);
      const kept = await get<Json>(server.url, `/resources/${ro.id}.json`, { headers: ada.headers });
      expectSuccess(kept);
      expect(kept.json.body.folder_parent_id).to.equal(null);
      const keptFolder = await view(ada, readOnly);
      expectSuccess(keptFolder);
      expect(keptFolder.json.body.folder_parent_id).to.equal(null);
    });
  });

  it("records folder activity and advertises the plugin", async () => {
    const id = await createFolder(server, ada, "Audited");
    const rows: { action: string }[] = await server.db.read((m) =>
      m.query("SELECT action FROM audit_log WHERE target_type = 'Folder' AND target_id = ?", [id]),
    );
    expect(rows.map((r) => r.action)).to.include("folder.create");
  });
});

/**
 * Placement of an item in the trees of users who gain access to it through a resource share or
 * a group membership (folders.tree.ts placeItemsForUsers): they see it where the sharer put it
 * when they can reach that folder, else at their root. Everything made here is taken back in
 * after(): later suites rely on the cast's access.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { FolderRelationEntity } from "../../../src/db/entities/FolderRelation.ts";
import { newId } from "../../../src/db/ids.ts";
import { nowSeconds } from "../../../src/db/rawRows.ts";
import { placeItemsForUsers } from "../../../src/domain/folders/folders.tree.ts";
import { get, post, put } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { removeFolders, retireGroups, retireResources } from "../../helpers/cleanup.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, sessionForUser, type BuiltUser } from "../../helpers/factories.ts";
import { buildGroup, encryptFor, idOf, RESOURCE_TYPES, type Who } from "../../helpers/resourceFactories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { secretsForAddition } from "../groups/groups.helpers.ts";
import { createFolder, moveTo, type Json } from "./folders.helpers.ts";

describe("Folders: placement of what a resource share or a group brings", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let ada: Credentials;
  const made = { resources: [] as string[], folders: [] as string[], groups: [] as string[] };

  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
  });

  after(async () => {
    await retireResources(server, made.resources);
    await retireGroups(server, made.groups);
    await removeFolders(server, made.folders, made.resources);
  });

  const folder = async (who: Credentials, name: string, parent: string | null = null) => {
    const id = await createFolder(server, who, `${name} ${newId().slice(0, 8)}`, parent);
    made.folders.push(id);
    return id;
  };

  /** POST /resources.json in a folder, as the extension does. */
  async function createResourceIn(folderId: string | null): Promise<string> {
    const res = await post<Json>(server.url, "/resources.json?api-version=v2", {
      headers: ada.headers,
      body: {
        name: `Placed ${newId().slice(0, 8)}`,
        resource_type_id: RESOURCE_TYPES["password-string"],
        secrets: [{ data: await encryptFor("ada", "placed secret") }],
        ...(folderId ? { folder_parent_id: folderId } : {}),
      },
    });
    expectSuccess(res);
    const id = res.json.body.id as string;
    made.resources.push(id);
    return id;
  }

  const userChange = (who: Who, type: 1 | 7 | 15 = 1) => ({ aro: "User", aro_foreign_key: idOf(who), type });

  /** PUT /share/resource with a secret for each user who gains access. */
  async function shareResource(resourceId: string, permissions: unknown[], gaining: Who[]) {
    const secrets = await Promise.all(
      gaining.map(async (w) => ({ user_id: idOf(w), data: await encryptFor(w, "placed secret") })),
    );
    const res = await put(server.url, `/share/resource/${resourceId}.json`, {
      headers: ada.headers,
      body: { permissions, secrets },
    });
    expectSuccess(res);
  }

  async function shareFolder(folderId: string, permissions: unknown[]) {
    const res = await put(server.url, `/share/folder/${folderId}.json`, {
      headers: ada.headers,
      body: { permissions },
    });
    expectSuccess(res);
  }

  /** folder_parent_id as the user sees it on GET /resources/{id}.json and in the list. */
  async function resourceParent(who: Credentials, resourceId: string): Promise<string | null> {
    const one = await get<Json>(server.url, `/resources/${resourceId}.json`, { headers: who.headers });
    expectSuccess(one);
    const list = await get<Json[]>(server.url, `/resources.json?filter[has-id][]=${resourceId}`, {
      headers: who.headers,
    });
    expectSuccess(list);
    expect(list.json.body).to.have.length(1);
    expect(list.json.body[0]!.folder_parent_id).to.equal(one.json.body.folder_parent_id);
    return one.json.body.folder_parent_id as string | null;
  }

  async function folderParent(who: Credentials, folderId: string): Promise<string | null> {
    const res = await get<Json>(server.url, `/folders/${folderId}.json`, { headers: who.headers });
    expectSuccess(res);
    return res.json.body.folder_parent_id as string | null;
  }

  const rowsOf = (itemId: string) =>
    server.db.read((m) =>
      m.query(
        "SELECT user_id, folder_parent_id FROM folders_relations WHERE foreign_id = ? ORDER BY user_id",
        [itemId],
      ),
    ) as Promise<{ user_id: string; folder_parent_id: string | null }[]>;

  const permissionId = async (resourceId: string, who: CastName) => {
    const rows: { id: string }[] = await server.db.read((m) =>
      m.query("SELECT id FROM permissions WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
        resourceId,
        cast[who].id,
      ]),
    );
    return rows[0]!.id;
  };

  it("a resource created in a shared folder, then shared with its users, lands in that folder for them", async () => {
    const betty = await sessionFor(server, "betty");
    const f = await folder(ada, "Team");
    await shareFolder(f, [userChange("betty")]);
    const r = await createResourceIn(f);
    await shareResource(r, [userChange("betty")], ["betty"]);
    expect(await resourceParent(betty, r)).to.equal(f);
    expect(await resourceParent(ada, r), "the sharer's tree is unchanged").to.equal(f);
    const children = await get<Json[]>(
      server.url,
      `/folders.json?contain[children_resources]=1&filter[has-id][]=${f}`,
      { headers: betty.headers },
    );
    expectSuccess(children);
    expect((children.json.body[0]!.children_resources as Json[]).map((c) => c.id)).to.deep.equal([r]);
  });

  it("a recipient who cannot reach the sharer's folder gets the resource at their root (no row)", async () => {
    const f = await folder(ada, "Private");
    const r = await createResourceIn(f);
    await shareResource(r, [userChange("edith")], ["edith"]);
    expect(await resourceParent(await sessionFor(server, "edith"), r)).to.equal(null);
    expect((await rowsOf(r)).map((x) => x.user_id)).to.deep.equal([cast.ada.id]);
  });

  it("a recipient who had moved the resource, lost it and gets it back gets a fresh placement", async () => {
    const betty = await sessionFor(server, "betty");
    const f = await folder(ada, "Shared");
    await shareFolder(f, [userChange("betty")]);
    const r = await createResourceIn(f);
    const mine = await folder(betty, "Betty's own");
    const revoke = async () => {
      const res = await put(server.url, `/share/resource/${r}.json`, {
        headers: ada.headers,
        body: { permissions: [{ id: await permissionId(r, "betty"), delete: true }] },
      });
      expectSuccess(res);
    };

    // update: betty may take it out of the shared folder
    await shareResource(r, [userChange("betty", 7)], ["betty"]);
    expectSuccess(await moveTo(server, betty, "resource", r, mine));
    await revoke();
    await shareResource(r, [userChange("betty", 7)], ["betty"]);
    expect(await resourceParent(betty, r), "the sharer's folder, not the old one").to.equal(f);

    // without the sharer's folder: the root, not the folder betty had chosen before
    expectSuccess(await moveTo(server, betty, "resource", r, mine));
    await revoke();
    const folderPermission: { id: string }[] = await server.db.read((m) =>
      m.query("SELECT id FROM permissions WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
        f,
        cast.betty.id,
      ]),
    );
    await shareFolder(f, [{ id: folderPermission[0]!.id, delete: true }]);
    await shareResource(r, [userChange("betty")], ["betty"]);
    expect(await resourceParent(betty, r)).to.equal(null);
    expect((await rowsOf(r)).find((x) => x.user_id === cast.betty.id)).to.equal(undefined);
  });

  it("a member added to a group gets the group's folders and resources placed in their tree", async () => {
    const betty = await sessionFor(server, "betty");
    const frances = await sessionFor(server, "frances");
    const top = await folder(ada, "Department");
    const f = await folder(ada, "Group folder", top);
    await shareFolder(top, [userChange("frances")]);
    const group = await buildGroup(server, { members: ["betty"] });
    made.groups.push(group.id);
    await shareFolder(f, [{ aro: "Group", aro_foreign_key: group.id, type: 1 }]);
    const r = await createResourceIn(f);
    await shareResource(r, [{ aro: "Group", aro_foreign_key: group.id, type: 1 }], ["betty"]);
    expect(await resourceParent(betty, r)).to.equal(f);
    expect(await folderParent(betty, f), "betty cannot see the department").to.equal(null);

    const additions = [{ user_id: cast.frances.id, is_admin: false }];
    const secrets = await secretsForAddition(server, "betty", betty, group.id, additions);
    const res = await put(server.url, `/groups/${group.id}.json`, {
      headers: betty.headers,
      body: { groups_users: additions, secrets },
    });
    expectSuccess(res);
    expect(await folderParent(frances, f), "under the parent frances can see").to.equal(top);
    expect(await resourceParent(frances, r)).to.equal(f);
    expect(await resourceParent(betty, r), "the others' trees are unchanged").to.equal(f);
    expect(await resourceParent(ada, r)).to.equal(f);
  });

  it("a simulated share writes no folders_relations row", async () => {
    const f = await folder(ada, "Simulated");
    await shareFolder(f, [userChange("betty")]);
    const r = await createResourceIn(f);
    const before = await rowsOf(r);
    const res = await post(server.url, `/share/simulate/resource/${r}.json`, {
      headers: ada.headers,
      body: { permissions: [userChange("betty")] },
    });
    expectSuccess(res);
    expect(await rowsOf(r)).to.deep.equal(before);
  });

  it("one share to many users places the resource for each of them, by what they can reach", async () => {
    const users: BuiltUser[] = [];
    for (let i = 0; i < 12; i += 1) users.push(await buildUser(server));
    const who = users.map((u) => ({ id: u.id, publicKey: u.publicKey }));
    const f = await folder(ada, "Wide");
    const seeing = who.slice(0, 8);
    await shareFolder(
      f,
      seeing.map((w) => userChange(w)),
    );
    const r = await createResourceIn(f);
    await shareResource(
      r,
      who.map((w) => userChange(w)),
      who,
    );
    const rows = await rowsOf(r);
    expect(rows.filter((x) => x.folder_parent_id === f).map((x) => x.user_id)).to.have.members([
      cast.ada.id,
      ...seeing.map((w) => w.id),
    ]);
    expect(rows).to.have.length(seeing.length + 1);
    expect(await resourceParent(await sessionForUser(server, seeing[0]!.id), r)).to.equal(f);
    expect(await resourceParent(await sessionForUser(server, who[11]!.id), r)).to.equal(null);
  });

  it("placeItemsForUsers: the statement count grows with neither the recipients nor the items", async () => {
    const users: BuiltUser[] = [];
    for (let i = 0; i < 6; i += 1) users.push(await buildUser(server));
    const f = await folder(ada, "Counted");
    await shareFolder(
      f,
      users.map((u) => userChange({ id: u.id })),
    );
    /** Statements of one placement of `items` fake items for the first `n` users, rolled back. */
    const count = (items: number, n: number) =>
      server.db
        .tx(async (m) => {
          const now = nowSeconds();
          const ids = Array.from({ length: items }, () => newId());
          // the operator placed each item in f
          await m.getRepository(FolderRelationEntity).insert(
            ids.map((foreignId) => ({
              id: newId(),
              foreignModel: "Resource" as const,
              foreignId,
              userId: cast.ada.id,
              folderParentId: f,
              created: now,
              modified: now,
            })),
          );
          const runner = m.queryRunner!;
          const original = runner.query.bind(runner);
          let statements = 0;
          runner.query = ((...args: Parameters<typeof original>) => {
            statements += 1;
            return original(...args);
          }) as typeof runner.query;
          const userIds = users.slice(0, n).map((u) => u.id);
          await placeItemsForUsers(
            m,
            ids.map((itemId) => ({ model: "Resource" as const, itemId, userIds })),
            cast.ada.id,
            now,
          );
          runner.query = original;
          const placed: { n: number | string }[] = await m.query(
            `SELECT COUNT(*) AS n FROM folders_relations WHERE folder_parent_id = ? AND user_id <> ?`,
            [f, cast.ada.id],
          );
          throw Object.assign(new Error("rollback"), { statements, placed: Number(placed[0]!.n) });
        })
        .catch((e: { statements?: number; placed?: number }) => {
          if (e.statements === undefined) throw e;
          return { statements: e.statements, placed: e.placed };
        });
    const small = await count(1, 1);
    const wide = await count(1, 6);
    const many = await count(40, 1);
    const both = await count(40, 6);
    expect(small.placed).to.equal(1);
    expect(both.placed).to.equal(240);
    expect(wide.statements).to.equal(small.statements);
    expect(many.statements).to.equal(small.statements);
    expect(both.statements).to.equal(small.statements);
    expect(small.statements).to.be.at.most(4);
  });
});

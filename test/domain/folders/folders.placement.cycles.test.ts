/**
 * Placement never closes a loop in a user's tree. Each item's parent is chosen alone (from what
 * other users chose), so two folders gained together may each have been put under the other by
 * different users, and a folder the user had put under another before losing it comes back
 * under it. Without a guard both folders would vanish from the user's tree (neither reaches the
 * root). Everything made here is taken back in after().
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { get, put } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { removeFolders, retireGroups } from "../../helpers/cleanup.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, sessionForUser } from "../../helpers/factories.ts";
import { buildGroup } from "../../helpers/resourceFactories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { createFolder, moveTo, type Json } from "./folders.helpers.ts";

describe("Folders: placement never makes a loop in a user's tree", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let ada: Credentials;
  const made = { folders: [] as string[], groups: [] as string[] };

  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
  });

  after(async () => {
    await retireGroups(server, made.groups);
    await removeFolders(server, made.folders);
  });

  const folder = async (name: string) => {
    const id = await createFolder(server, ada, `${name} ${newId().slice(0, 8)}`);
    made.folders.push(id);
    return id;
  };

  const share = async (folderId: string, permissions: unknown[]) =>
    expectSuccess(
      await put(server.url, `/share/folder/${folderId}.json`, {
        headers: ada.headers,
        body: { permissions },
      }),
    );

  const toUser = (id: string, type: 1 | 7 | 15) => ({ aro: "User", aro_foreign_key: id, type });

  /** The user's tree as GET /folders.json gives it: folder id → folder_parent_id. */
  async function treeOf(who: Credentials, ids: string[]): Promise<Map<string, string | null>> {
    const query = ids.map((id) => `filter[has-id][]=${id}`).join("&");
    const res = await get<Json[]>(server.url, `/folders.json?${query}`, { headers: who.headers });
    expectSuccess(res);
    return new Map(res.json.body.map((f) => [f.id as string, f.folder_parent_id as string | null]));
  }

  /** Every listed folder reaches the user's root by its parents, and all are listed. */
  function expectRooted(tree: Map<string, string | null>, ids: string[]) {
    expect([...tree.keys()]).to.have.members(ids);
    for (const id of ids) {
      let at: string | null = id;
      const seen = new Set<string>();
      while (at && tree.has(at)) {
        expect(seen.has(at), `a loop through ${at}`).to.equal(false);
        seen.add(at);
        at = tree.get(at) ?? null;
      }
    }
    expect([...tree.values()].filter((p) => p === null).length, "something at the root").to.be.greaterThan(0);
  }

  it("two folders each placed under the other by different users: one stays at the root", async () => {
    const [f1, f2] = [await folder("Loop one"), await folder("Loop two")];
    const u1 = await buildUser(server);
    const u1s = await sessionForUser(server, u1.id);
    await share(f1, [toUser(u1.id, 15)]);
    await share(f2, [toUser(u1.id, 15)]);
    expectSuccess(await moveTo(server, ada, "folder", f2, f1)); // ada: f2 under f1
    expectSuccess(await moveTo(server, u1s, "folder", f1, f2)); // u1: f1 under f2

    // A group member gains both at once (the second share), then a new member is added.
    const manager = await buildUser(server);
    const group = await buildGroup(server, { members: [{ id: manager.id }] });
    made.groups.push(group.id);
    const toGroup = { aro: "Group", aro_foreign_key: group.id, type: 1 };
    await share(f1, [toGroup]);
    await share(f2, [toGroup]);
    const managerSession = await sessionForUser(server, manager.id);
    expectRooted(await treeOf(managerSession, [f1, f2]), [f1, f2]);

    const added = await buildUser(server);
    const res = await put(server.url, `/groups/${group.id}.json`, {
      headers: managerSession.headers,
      body: { groups_users: [{ user_id: added.id, is_admin: false }], secrets: [] },
    });
    expectSuccess(res);
    const tree = await treeOf(await sessionForUser(server, added.id), [f1, f2]);
    expectRooted(tree, [f1, f2]);
    expect([tree.get(f1), tree.get(f2)], "one under the other, not both at the root").to.have.members([
      null,
      tree.get(f1) ? f2 : f1,
    ]);
    // The others' trees are as they made them.
    expect((await treeOf(ada, [f1, f2])).get(f2)).to.equal(f1);
    expect((await treeOf(u1s, [f1, f2])).get(f1)).to.equal(f2);
  });

  it("a folder given back under a folder the user had put under it stays at the root", async () => {
    const [f1, f2] = [await folder("Back one"), await folder("Back two")];
    const u = await buildUser(server);
    const us = await sessionForUser(server, u.id);
    await share(f1, [toUser(u.id, 15)]);
    await share(f2, [toUser(u.id, 15)]);
    expectSuccess(await moveTo(server, us, "folder", f2, f1)); // u: f2 under f1
    expectSuccess(await moveTo(server, ada, "folder", f1, f2)); // ada: f1 under f2

    const permission: { id: string }[] = await server.db.read((m) =>
      m.query("SELECT id FROM permissions WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [f1, u.id]),
    );
    await share(f1, [{ id: permission[0]!.id, delete: true }]);
    expect((await treeOf(us, [f2])).get(f2), "f1 out of reach: f2 reads as root").to.equal(null);

    await share(f1, [toUser(u.id, 1)]); // ada would put it under f2, where u has f2 under f1
    const tree = await treeOf(us, [f1, f2]);
    expectRooted(tree, [f1, f2]);
    expect(tree.get(f1)).to.equal(null);
    expect(tree.get(f2), "u's own placement comes back").to.equal(f1);
  });
});

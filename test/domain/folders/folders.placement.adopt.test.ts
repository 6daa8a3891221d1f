/**
 * A user who gains a folder finds in it what they already had that others keep there
 * (folders.treeAdopt.ts): a password shared before its folder does not stay at their root. What
 * they filed themselves stays put, other users' trees do not change, and no loop is made.
 * Everything made here is taken back in after().
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { get, post, put } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { removeFolders, retireGroups, retireResources } from "../../helpers/cleanup.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, sessionForUser, type BuiltUser } from "../../helpers/factories.ts";
import { buildGroup, buildResource, encryptFor, RESOURCE_TYPES } from "../../helpers/resourceFactories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { createFolder, moveTo, type Json } from "./folders.helpers.ts";

describe("Folders: a gained folder takes in what the user already had of it", function () {
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

  const toUser = (id: string, type: 1 | 7 | 15 = 1) => ({ aro: "User", aro_foreign_key: id, type });

  const shareFolder = async (who: Credentials, folderId: string, permissions: unknown[]) =>
    expectSuccess(
      await put(server.url, `/share/folder/${folderId}.json`, {
        headers: who.headers,
        body: { permissions },
      }),
    );

  /** Ada's resource in a folder, shared with the user (a secret for them), as the extension does. */
  async function resourceIn(folderId: string, user: BuiltUser): Promise<string> {
    const res = await post<Json>(server.url, "/resources.json?api-version=v2", {
      headers: ada.headers,
      body: {
        name: `Adopted ${newId().slice(0, 8)}`,
        resource_type_id: RESOURCE_TYPES["password-string"],
        secrets: [{ data: await encryptFor("ada", "adopted secret") }],
        folder_parent_id: folderId,
      },
    });
    expectSuccess(res);
    const id = res.json.body.id as string;
    made.resources.push(id);
    const shared = await put(server.url, `/share/resource/${id}.json`, {
      headers: ada.headers,
      body: {
        permissions: [toUser(user.id, 7)],
        secrets: [{ user_id: user.id, data: await encryptFor(user, "adopted secret") }],
      },
    });
    expectSuccess(shared);
    return id;
  }

  const parentOf = async (who: Credentials, model: "resources" | "folders", id: string) => {
    const res = await get<Json>(server.url, `/${model}/${id}.json`, { headers: who.headers });
    expectSuccess(res);
    return res.json.body.folder_parent_id as string | null;
  };

  it("a password shared before its folder moves into the folder when the folder is shared", async () => {
    const u = await buildUser(server);
    const us = await sessionForUser(server, u.id);
    const f = await folder(ada, "Team");
    const r = await resourceIn(f, u);
    expect(await parentOf(us, "resources", r), "the folder is out of reach").to.equal(null);

    await shareFolder(ada, f, [toUser(u.id)]);
    expect(await parentOf(us, "resources", r)).to.equal(f);
    const children = await get<Json[]>(
      server.url,
      `/folders.json?contain[children_resources]=1&filter[has-id][]=${f}`,
      { headers: us.headers },
    );
    expectSuccess(children);
    expect((children.json.body[0]!.children_resources as Json[]).map((c) => c.id)).to.deep.equal([r]);
    expect(await parentOf(ada, "resources", r), "ada's tree is unchanged").to.equal(f);
  });

  it("what the user filed in a folder of their own stays there", async () => {
    const u = await buildUser(server);
    const us = await sessionForUser(server, u.id);
    const f = await folder(ada, "Shared later");
    const r = await resourceIn(f, u);
    const mine = await folder(us, "Mine");
    expectSuccess(await moveTo(server, us, "resource", r, mine));

    await shareFolder(ada, f, [toUser(u.id)]);
    expect(await parentOf(us, "resources", r)).to.equal(mine);
  });

  it("a subfolder shared before its parent moves into the parent when the parent is shared", async () => {
    const u = await buildUser(server);
    const us = await sessionForUser(server, u.id);
    const top = await folder(ada, "Top");
    const sub = await folder(ada, "Sub", top);
    await shareFolder(ada, sub, [toUser(u.id)]);
    expect(await parentOf(us, "folders", sub)).to.equal(null);

    await shareFolder(ada, top, [toUser(u.id)]);
    expect(await parentOf(us, "folders", sub)).to.equal(top);
    expect(await parentOf(us, "folders", top)).to.equal(null);
  });

  it("a subfolder that would close a loop stays at the root", async () => {
    const [u1, u] = [await buildUser(server), await buildUser(server)];
    const [u1s, us] = [await sessionForUser(server, u1.id), await sessionForUser(server, u.id)];
    const f = await folder(ada, "Outer");
    const g = await folder(ada, "Inner");
    await shareFolder(ada, f, [toUser(u1.id, 15)]);
    await shareFolder(ada, g, [toUser(u1.id, 15)]);
    expectSuccess(await moveTo(server, ada, "folder", g, f)); // ada: g under f
    expectSuccess(await moveTo(server, u1s, "folder", f, g)); // u1: f under g
    await shareFolder(ada, g, [toUser(u.id)]);

    await shareFolder(u1s, f, [toUser(u.id)]); // u1's placement: f under g, which u has
    expect(await parentOf(us, "folders", f)).to.equal(g);
    expect(await parentOf(us, "folders", g), "not also under f").to.equal(null);
  });

  it("an item reached through a group is taken in too", async () => {
    const u = await buildUser(server);
    const us = await sessionForUser(server, u.id);
    const group = await buildGroup(server, { members: [{ id: u.id, publicKey: u.publicKey }] });
    made.groups.push(group.id);
    const r = await buildResource(server, {
      owner: "ada",
      groups: [{ id: group.id, type: 1, members: [{ id: u.id, publicKey: u.publicKey }] }],
    });
    made.resources.push(r.id);
    const f = await folder(ada, "Group content");
    expectSuccess(await moveTo(server, ada, "resource", r.id, f));
    expect(await parentOf(us, "resources", r.id)).to.equal(null);

    await shareFolder(ada, f, [toUser(u.id)]);
    expect(await parentOf(us, "resources", r.id)).to.equal(f);
  });
});

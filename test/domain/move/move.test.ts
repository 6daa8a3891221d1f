import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get, post, put } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource } from "../../helpers/resourceFactories.ts";
import { buildUser } from "../../helpers/factories.ts";
import { createFolder, moveTo, shareFolderWith, type Json } from "../folders/folders.helpers.ts";

describe("Moving items in one's own tree", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let ada: Credentials;
  let betty: Credentials;
  let carol: Credentials;
  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
    betty = await sessionFor(server, "betty");
    carol = await sessionFor(server, "carol");
  });
  const parentOf = async (who: Credentials, kind: "resources" | "folders", id: string) =>
    (await get<Json>(server.url, `/${kind}/${id}.json`, { headers: who.headers })).json.body.folder_parent_id;

  it("moves a resource into a folder and back to the root (PUT and POST)", async () => {
    const f = await createFolder(server, ada, "Move target");
    const r = await buildResource(server, { owner: "ada" });
    expectSuccess(await moveTo(server, ada, "resource", r.id, f));
    expect(await parentOf(ada, "resources", r.id)).to.equal(f);
    expectSuccess(
      await post(server.url, `/move/resource/${r.id}.json`, {
        headers: ada.headers,
        body: { folder_parent_id: null },
      }),
    );
    expect(await parentOf(ada, "resources", r.id)).to.equal(null);
  });

  it("refuses bad input with 400 and the rule", async () => {
    const r = await buildResource(server, { owner: "ada" });
    let res = await put<Json>(server.url, `/move/resource/${r.id}.json`, { headers: ada.headers, body: {} });
    expectError(res, 400);
    expect(res.json.body).to.have.nested.property("folder_parent_id._required");
    res = await put<Json>(server.url, `/move/resource/${r.id}.json`, {
      headers: ada.headers,
      body: { folder_parent_id: "nope" },
    });
    expectError(res, 400);
    expect(res.json.body).to.have.nested.property("folder_parent_id.uuid");
    const hidden = await createFolder(server, carol, "Carol only");
    res = await moveTo(server, ada, "resource", r.id, hidden);
    expectError(res, 400);
    expect(res.json.body as Json).to.have.nested.property("folder_parent_id.folder_exists");
  });

  it("answers 404 for an item the caller cannot reach", async () => {
    // a fresh owner: the cast's carol must keep owning no resource (resources.bola.test.ts)
    const stranger = await buildUser(server);
    const r = await buildResource(server, { owner: { id: stranger.id, publicKey: stranger.publicKey! } });
    expectError(await moveTo(server, ada, "resource", r.id, null), 404);
    const f = await createFolder(server, carol, "Carol's own");
    expectError(await moveTo(server, ada, "folder", f, null), 404);
  });

  it("answers 403 into a read-only folder, and out of a shared folder without update on the item", async () => {
    const ro = await createFolder(server, betty, "Betty's, read for ada");
    await shareFolderWith(server, betty, ro, "ada", 1);
    const r = await buildResource(server, { owner: "ada" });
    expectError(await moveTo(server, ada, "resource", r.id, ro), 403);

    const shared = await createFolder(server, betty, "Betty's shared, update for ada");
    await shareFolderWith(server, betty, shared, "ada", 7);
    const item = await buildResource(server, { owner: "betty", readers: ["ada"] });
    expectSuccess(await moveTo(server, ada, "resource", item.id, shared));
    expectError(await moveTo(server, ada, "resource", item.id, null), 403);
    // betty's own tree is unchanged by ada's moves
    expect(await parentOf(betty, "resources", item.id)).to.equal(null);
  });

  it("refuses to move a folder into itself or one of its descendants (400)", async () => {
    const a = await createFolder(server, ada, "Cycle A");
    const b = await createFolder(server, ada, "Cycle B", a);
    const c = await createFolder(server, ada, "Cycle C", b);
    let res = await moveTo(server, ada, "folder", a, c);
    expectError(res, 400);
    expect(res.json.body).to.have.nested.property("folder_parent_id.cycle");
    res = await moveTo(server, ada, "folder", a, a);
    expect(res.json.body).to.have.nested.property("folder_parent_id.cycle");
    expect(await parentOf(ada, "folders", a)).to.equal(null);
    expectSuccess(await moveTo(server, ada, "folder", c, a));
    expect(await parentOf(ada, "folders", c)).to.equal(a);
  });
});

/**
 * Broken object-level authorization, endpoint by endpoint: carol (no permission) learns nothing
 * and changes nothing (404, empty body); betty (read, type 1) may read but gets 403 on change.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del, get, put } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource, countRows, encryptFor, type BuiltResource } from "../../helpers/resourceFactories.ts";

const ALL =
  "contain[creator]=1&contain[modifier]=1&contain[favorite]=1&contain[secret]=1&contain[resource-type]=1&contain[permission]=1&contain[permissions]=1&contain[permissions.user.profile]=1&contain[permissions.group]=1";

describe("resources and secrets: object-level authorization", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let x: BuiltResource;
  before(async () => {
    server = await sharedServer();
    x = await buildResource(server, {
      owner: "ada",
      readers: ["betty"],
      favoriteOf: ["ada"],
      name: "Ada and Betty only",
    });
    // Rows are counted around carol's calls: a live resource an earlier suite left her would have
    // its secret read logged by her list with contain[secret]. Say so plainly rather than as a
    // count difference.
    const reached: { name: string }[] = await server.db.read((m) =>
      m.query(
        `SELECT r.name FROM resources r JOIN permissions p ON p.aco_foreign_key = r.id
          WHERE r.deleted = 0 AND (p.aro_foreign_key = ? OR p.aro_foreign_key IN (
            SELECT gu.group_id FROM groups_users gu JOIN \`groups\` g ON g.id = gu.group_id AND g.deleted = 0
             WHERE gu.user_id = ?))`,
        [cast.carol.id, cast.carol.id],
      ),
    );
    expect(
      reached.map((r) => r.name),
      "an earlier suite left carol access to these resources (take it back in its after())",
    ).to.deep.equal([]);
  });

  for (const via of ["session", "jwt"] as const) {
    const carol = () => (via === "session" ? sessionFor(server, "carol") : bearerFor(server, "carol"));

    it(`carol (${via}, no permission) gets 404 and no data on every endpoint, and changes nothing`, async () => {
      const before = await countRows(server);
      const c = await carol();
      const answers = [
        await get(server.url, `/resources/${x.id}.json?${ALL}`, c),
        await put(server.url, `/resources/${x.id}.json`, { ...c, body: { name: "mine now" } }),
        await put(server.url, `/resources/${x.id}.json`, {
          ...c,
          body: { secrets: [{ user_id: cast.carol.id, data: await encryptFor("carol", "x") }] },
        }),
        await del(server.url, `/resources/${x.id}.json`, c),
        await get(server.url, `/secrets/resource/${x.id}.json`, c),
      ];
      for (const res of answers) {
        expectError(res, 404);
        expect(res.json.body).to.equal("");
        expect(res.text).not.to.include(x.name);
        expect(res.text).not.to.include("PGP MESSAGE");
      }
      const list = await get<{ id: string }[]>(
        server.url,
        `/resources.json?${ALL}&filter[has-id][]=${x.id}`,
        c,
      );
      expectSuccess(list);
      expect(list.json.body).to.deep.equal([]);
      const everything = await get<{ id: string }[]>(server.url, `/resources.json?${ALL}`, c);
      expect(everything.json.body.map((r) => r.id)).not.to.include(x.id);
      expect(await countRows(server)).to.deep.equal(before);
    });
  }

  it("betty (read only) reads the resource and her secret, but gets 403 on update and delete", async () => {
    const b = await sessionFor(server, "betty");
    const view = await get<{ permission: { type: number } }>(
      server.url,
      `/resources/${x.id}.json?contain[permission]=1`,
      b,
    );
    expectSuccess(view);
    expect(view.json.body.permission.type).to.equal(1);
    expectSuccess(await get(server.url, `/secrets/resource/${x.id}.json`, b));
    const before = await countRows(server);
    const update = await put(server.url, `/resources/${x.id}.json`, { ...b, body: { name: "betty's now" } });
    expectError(update, 403, "You are not allowed to update this resource.");
    const remove = await del(server.url, `/resources/${x.id}.json`, await bearerFor(server, "betty"));
    expectError(remove, 403, "You do not have the permission to delete this resource.");
    expect(await countRows(server)).to.deep.equal(before);
  });

  it("ada's favourite is not shown as betty's", async () => {
    const res = await get<{ favorite: unknown }>(
      server.url,
      `/resources/${x.id}.json?contain[favorite]=1`,
      await sessionFor(server, "betty"),
    );
    expect(res.json.body.favorite).to.equal(null);
  });

  it("a cookie session without the CSRF header cannot change a resource", async () => {
    const { headers } = await sessionFor(server, "ada");
    const { "x-csrf-token": _drop, ...noCsrf } = headers;
    expectError(await del(server.url, `/resources/${x.id}.json`, { headers: noCsrf }), 403);
    expectSuccess(await get(server.url, `/resources/${x.id}.json`, await sessionFor(server, "ada")));
  });
});

import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast, gpgkeyIdOf } from "../../helpers/cast.ts";
import { buildUser } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { GpgkeyEntity } from "../../../src/db/entities/Gpgkey.ts";

type Key = {
  id: string;
  user_id: string;
  armored_key: string;
  fingerprint: string;
  key_id: string;
  deleted: boolean;
  modified: string;
  expires: string | null;
};

describe("GET /gpgkeys.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  /** A cookie session without the CSRF header, as the extension's raw fetch sends it. */
  const noCsrf = async () => ({ headers: { cookie: (await sessionFor(server, "betty")).headers.cookie! } });
  const list = async (query = "") =>
    get<Key[]>(server.url, `/gpgkeys.json?api-version=v2${query}`, await noCsrf());

  it("lists the current keys, with a session and no CSRF header (the extension's keyring sync)", async () => {
    const res = await list();
    expectSuccess(res);
    const users = res.json.body.map((k) => k.user_id);
    expect(users).to.include.members([cast.ada.id, cast.betty.id, cast.ursula.id]);
    expect(users, "deleted keys are left out").not.to.include(cast.sofia.id);
    const betty = res.json.body.find((k) => k.user_id === cast.betty.id)!;
    expect(betty).to.have.all.keys(
      "id user_id armored_key bits uid key_id fingerprint type expires key_created deleted created modified".split(
        " ",
      ),
    );
    expect(betty).to.include({ id: gpgkeyIdOf("betty"), deleted: false });
    expect(betty.armored_key).to.match(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
  });

  it("works with a bearer token, and answers 401 without credentials", async () => {
    expectSuccess(await get(server.url, "/gpgkeys.json", await bearerFor(server, "carol")));
    expectError(await get(server.url, "/gpgkeys.json"), 401);
  });

  it("keeps only keys modified after filter[modified-after] (and the legacy modified_after)", async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const user = await buildUser(server);
    for (const query of [`&filter[modified-after]=${since}`, `&modified_after=${since}`]) {
      const res = await list(query);
      expectSuccess(res);
      const ids = res.json.body.map((k) => k.user_id);
      expect(ids).to.include(user.id);
      expect(ids, "the cast keys date from 2026-01-01").not.to.include(cast.ada.id);
      // shown to the second; stored with sub-second precision on SQLite, so equal seconds can pass
      for (const k of res.json.body) expect(Date.parse(k.modified) / 1000).to.be.at.least(since);
    }
    const bad = await list("&filter[modified-after]=yesterday");
    expectError(bad, 400);
  });

  it("returns a key modified in the very second given as modified-after (no key missed at sync)", async () => {
    const user = await buildUser(server);
    const own = await list(`&filter[has-users][]=${user.id}`);
    const second = Math.floor(Date.parse(own.json.body[0]!.modified) / 1000);
    const res = await list(`&filter[modified-after]=${second}`);
    expect(res.json.body.map((k) => k.user_id)).to.include(user.id);
  });

  it("shows deleted keys with filter[is-deleted]=1, and filters by user", async () => {
    const deleted = await list("&filter[is-deleted]=1");
    expect(deleted.json.body.map((k) => k.user_id)).to.include(cast.sofia.id);
    for (const k of deleted.json.body) expect(k.deleted).to.equal(true);
    const mine = await list(`&filter[has-users][]=${cast.edith.id}&filter[has-users][]=${cast.carol.id}`);
    expect(mine.json.body.map((k) => k.user_id).sort()).to.deep.equal([cast.carol.id, cast.edith.id].sort());
  });

  it("paginates, sorts on Gpgkeys.key_id, and refuses other sort fields", async () => {
    const all = (await list()).json.body.length;
    const res = await list("&limit=2&page=1&sort=Gpgkeys.key_id&direction=desc");
    expectSuccess(res);
    expect(res.json.header.pagination).to.deep.equal({ count: all, page: 1, limit: 2 });
    const ids = res.json.body.map((k) => k.key_id);
    expect(ids).to.deep.equal([...ids].sort().reverse());
    expectError(await list("&limit=2&page=9999"), 404);
    expectError(await list("&sort=Gpgkeys.fingerprint"), 400);
  });
});

describe("GET /gpgkeys/{id}.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("gives one key by its own id", async () => {
    const res = await get<Key>(
      server.url,
      `/gpgkeys/${gpgkeyIdOf("edith")}.json`,
      await sessionFor(server, "carol"),
    );
    expectSuccess(res);
    expect(res.json.body).to.include({ id: gpgkeyIdOf("edith"), user_id: cast.edith.id });
  });

  it("answers 404 for a user id, an unknown id or a deleted key; 400 for a bad id; 401 without credentials", async () => {
    const creds = await sessionFor(server, "carol");
    expectError(await get(server.url, `/gpgkeys/${cast.edith.id}.json`, creds), 404);
    expectError(await get(server.url, `/gpgkeys/${gpgkeyIdOf("sofia")}.json`, creds), 404);
    const user = await buildUser(server);
    await server.db.read((m) => m.getRepository(GpgkeyEntity).update({ userId: user.id }, { deleted: true }));
    expectError(await get(server.url, `/gpgkeys/${user.gpgkeyId}.json`, creds), 404);
    expectError(await get(server.url, "/gpgkeys/nope.json", creds), 400);
    expectError(await get(server.url, `/gpgkeys/${gpgkeyIdOf("edith")}.json`), 401);
  });
});

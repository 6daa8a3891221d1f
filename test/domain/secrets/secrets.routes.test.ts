import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { del, get } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast, privateKeyArmored, privateKeyOf, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { retireResources } from "../../helpers/cleanup.ts";
import { sharedServer } from "../../helpers/server.ts";
import { createGpgHome, gpgDecrypt, gpgImport, type GpgHome } from "../../helpers/gpg.ts";
import { buildGroup, buildResource, countRows } from "../../helpers/resourceFactories.ts";
import { expectSecret } from "../resources/shapes.ts";

type Json = Record<string, unknown>;

describe("GET /secrets/resource/:resourceId.json", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let home: GpgHome;
  before(async () => {
    server = await sharedServer();
    home = await createGpgHome();
    for (const name of ["ada", "betty", "edith"] as const)
      await gpgImport(home, privateKeyArmored(name), cast[name].passphrase!);
  });
  after(() => home.cleanup());

  it("answers 401 without credentials", async () => {
    const x = await buildResource(server, { owner: "ada" });
    expectError(await get(server.url, `/secrets/resource/${x.id}.json`), 401);
  });

  for (const name of ["ada", "betty", "edith"] as const) {
    it(`returns ${name}'s own secret (${cast[name].keyType}), unchanged, and gpg decrypts it`, async () => {
      const x = await buildResource(server, {
        owner: "frances",
        readers: [name],
        plaintext: `pw for ${name}`,
      });
      const [stored] = await server.db.read((m) =>
        m.query("SELECT id, data FROM secrets WHERE resource_id = ? AND user_id = ?", [x.id, cast[name].id]),
      );
      const res = await get<Json>(
        server.url,
        `/secrets/resource/${x.id}.json`,
        await bearerFor(server, name),
      );
      expectSuccess(res);
      expectSecret(res.json.body);
      expect(res.json.body).to.include({ id: stored.id, user_id: cast[name].id, resource_id: x.id });
      expect(res.json.body.created_by).to.equal(cast.frances.id);
      expect(res.json.body.data, "byte-identical").to.equal(stored.data);
      expect(await gpgDecrypt(home, res.json.body.data as string, cast[name].passphrase!)).to.equal(
        `pw for ${name}`,
      );
    });
  }

  it("logs the read in secret_accesses (one row per read)", async () => {
    const x = await buildResource(server, { owner: "ada" });
    const before = await countRows(server);
    await get(server.url, `/secrets/resource/${x.id}.json`, await sessionFor(server, "ada"));
    await get(server.url, `/secrets/resource/${x.id}.json`, await sessionFor(server, "ada"));
    expect((await countRows(server)).secret_accesses - before.secret_accesses).to.equal(2);
    const rows = await server.db.read((m) =>
      m.query("SELECT user_id, resource_id, secret_id FROM secret_accesses WHERE resource_id = ?", [x.id]),
    );
    const [secret] = await server.db.read((m) =>
      m.query("SELECT id FROM secrets WHERE resource_id = ?", [x.id]),
    );
    expect(rows).to.deep.equal([
      { user_id: cast.ada.id, resource_id: x.id, secret_id: secret.id },
      { user_id: cast.ada.id, resource_id: x.id, secret_id: secret.id },
    ]);
  });

  it("reaches a secret through a group membership, and OpenPGP.js decrypts it", async () => {
    const group = await buildGroup(server, { members: ["edith"] });
    const x = await buildResource(server, {
      owner: "ada",
      groups: [{ id: group.id, type: 1, members: ["edith"] }],
      plaintext: "group pw",
    });
    const res = await get<Json>(
      server.url,
      `/secrets/resource/${x.id}.json`,
      await sessionFor(server, "edith"),
    );
    expectSuccess(res);
    const { data } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: res.json.body.data as string }),
      decryptionKeys: await privateKeyOf("edith"),
    });
    expect(data).to.equal("group pw");
  });

  it("answers the same 404 for no access, no such resource, a deleted one and a missing secret", async () => {
    const x = await buildResource(server, { owner: "ada" });
    const gone = await buildResource(server, { owner: "carol" });
    expectSuccess(await del(server.url, `/resources/${gone.id}.json`, await sessionFor(server, "carol")));
    const noSecret = await buildResource(server, { owner: "carol", withoutSecrets: true });
    const carol = await sessionFor(server, "carol");
    const before = await countRows(server);
    const answers: { status: number; header: Json; body: unknown }[] = [];
    for (const id of [x.id, "7f3c0f2e-1d4b-4c6a-9b8e-2a1d3c4b5e6f", gone.id, noSecret.id]) {
      const res = await get(server.url, `/secrets/resource/${id}.json`, carol);
      expectError(res, 404, "The secret does not exist.");
      answers.push({
        status: res.status,
        header: { message: res.json.header.message, code: res.json.header.code },
        body: res.json.body,
      });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size, "indistinguishable").to.equal(1);
    expect(answers[0]!.body).to.equal("");
    expect(await countRows(server), "nothing logged").to.deep.equal(before);
    await retireResources(server, [noSecret.id]); // carol must keep reaching nothing
  });

  it("answers 400 for a malformed id", async () => {
    expectError(
      await get(server.url, "/secrets/resource/nope.json", await sessionFor(server, "ada" as CastName)),
      400,
    );
  });
});

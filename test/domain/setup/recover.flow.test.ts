/**
 * Account recovery end to end: the link check, the completion with the user's own key, and a
 * GpgAuth login with that key afterwards; with an OpenPGP.js key and with one made by gpg.
 */
import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { get, post, put } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser } from "../../helpers/factories.ts";
import { createGpgHome, gpgGenerateKey, type GpgHome } from "../../helpers/gpg.ts";
import { gpgauthLogin } from "../../helpers/gpgauthClient.ts";
import { sharedServer } from "../../helpers/server.ts";
import { extensionBody } from "./setup.helpers.ts";
import {
  auditOf,
  identityOfUser,
  recoverAbort,
  recoverComplete,
  recoverStart,
  recoveryToken,
  storedKeys,
  tokenRows,
} from "./recover.helpers.ts";

type StartBody = {
  user: {
    id: string;
    username: string;
    active: boolean;
    profile: { first_name: string; last_name: string };
    role: { name: string };
  };
};

describe("account recovery: /setup/recover/start, complete, abort", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let url: string;
  before(async () => {
    server = await sharedServer();
    url = server.url;
  });

  it("an active user checks the link, proves the key, then logs in with GpgAuth; the key is unchanged", async () => {
    const user = await buildUser(server, { firstName: "Ada", lastName: "Recovers" });
    const keysBefore = await storedKeys(server, user.id);
    const token = await recoveryToken(server, user);

    const start = await get<StartBody>(url, `${recoverStart(user.id, token)}?api-version=v2`);
    expectSuccess(start);
    expect(start.json.body.user).to.include({ id: user.id, username: user.username, active: true });
    expect(start.json.body.user.profile).to.include({ first_name: "Ada", last_name: "Recovers" });
    expect(start.json.body.user.role.name).to.equal("user");
    expect(start.json.body.user).not.to.have.property("gpgkey");

    const done = await post(url, recoverComplete(user.id), {
      body: { ...extensionBody(token, user.publicKey!), locale: "en-UK" },
    });
    expectSuccess(done);
    expect(done.json.header.message).to.equal("The recovery was completed successfully.");
    expect(done.json.body).to.equal(null);
    expect(await tokenRows(server, user.id)).to.deep.equal([false]);
    expect(await storedKeys(server, user.id)).to.deep.equal(keysBefore);

    const [entry, ...more] = await auditOf(server, done.json.header.id);
    expect(more).to.have.length(0);
    const fingerprint = (await openpgp.readKey({ armoredKey: user.publicKey! })).getFingerprint();
    expect(entry).to.deep.include({ action: "user.recover", actorId: user.id, targetId: user.id });
    expect(JSON.parse(entry!.data!)).to.deep.equal({ fingerprint: fingerprint.toUpperCase() });

    const session = await gpgauthLogin(url, await identityOfUser(user));
    const me = await get<{ id: string }>(url, "/users/me.json", { headers: session.headers });
    expectSuccess(me);
    expect(me.json.body.id).to.equal(user.id);

    // the link is used up
    expectError(await get(url, recoverStart(user.id, token)), 400, "The authentication token is not valid.");
  });

  it("takes the legacy GET path, PUT, the legacy token name alone, and a key with other armor headers", async () => {
    const user = await buildUser(server);
    const token = await recoveryToken(server, user);
    expectSuccess(await get(url, `/setup/recover/${user.id}/${token}.json`));
    // the same key, armored again by the client (comment header, other line breaks)
    const key = await openpgp.readKey({ armoredKey: user.publicKey! });
    const reArmored = key
      .armor()
      .replace("-----BEGIN PGP PUBLIC KEY BLOCK-----\n", (h) => `${h}Comment: kit\n`);
    const res = await put(url, recoverComplete(user.id), {
      body: { authenticationtoken: { token }, gpgkey: { armored_key: reArmored } },
    });
    expectSuccess(res);
    expect(await tokenRows(server, user.id)).to.deep.equal([false]);
  });

  it("accepts upper-case UUIDs in the link", async () => {
    const user = await buildUser(server);
    const token = await recoveryToken(server, user);
    expectSuccess(await get(url, recoverStart(user.id.toUpperCase(), token.toUpperCase())));
  });

  it("abort: the link stops working, for the check, the completion and a second abort", async () => {
    const user = await buildUser(server);
    const token = await recoveryToken(server, user);
    const aborted = await put(url, recoverAbort(user.id), { body: { authentication_token: { token } } });
    expectSuccess(aborted);
    expect(aborted.json.body).to.equal(null);
    expect(await tokenRows(server, user.id)).to.deep.equal([false]);
    expectError(await get(url, recoverStart(user.id, token)), 400, "The authentication token is not valid.");
    expectError(
      await post(url, recoverComplete(user.id), { body: extensionBody(token, user.publicKey!) }),
      400,
      "The authentication token is not valid or has expired.",
    );
    expectError(
      await post(url, recoverAbort(user.id), { body: { authentication_token: { token } } }),
      400,
      "The authentication token is not valid or has expired.",
    );
    // a new link works again
    const again = await recoveryToken(server, user);
    expectSuccess(await post(url, recoverComplete(user.id), { body: extensionBody(again, user.publicKey!) }));
  });

  it("a new recovery link replaces the earlier one", async () => {
    const user = await buildUser(server);
    const first = await recoveryToken(server, user);
    const second = await recoveryToken(server, user);
    expect(await tokenRows(server, user.id)).to.deep.equal([false, true]);
    expectError(await get(url, recoverStart(user.id, first)), 400, "The authentication token is not valid.");
    expectSuccess(await get(url, recoverStart(user.id, second)));
  });

  describe("with a key made by the real gpg binary", () => {
    let home: GpgHome;
    before(async () => {
      home = await createGpgHome();
    });
    after(() => home.cleanup());

    it("a user set up with gpg's key recovers with it (exported again) and logs in with it", async () => {
      const invited = await buildUser(server, { state: "inactive" });
      const passphrase = "test-only-passphrase";
      const { fingerprint, armoredPublic } = await gpgGenerateKey(
        home,
        `Gnu Recover <${invited.username}>`,
        "ed25519",
        passphrase,
      );
      expectSuccess(
        await post(url, `/setup/complete/${invited.id}.json`, {
          body: extensionBody(invited.token, armoredPublic),
        }),
      );
      const token = await recoveryToken(server, invited);
      expectSuccess(await get(url, recoverStart(invited.id, token)));
      const exported = await home.run(["--armor", "--export", fingerprint]);
      expectSuccess(await post(url, recoverComplete(invited.id), { body: extensionBody(token, exported) }));

      const secret = await home.run([
        "--passphrase",
        passphrase,
        "--armor",
        "--export-secret-keys",
        fingerprint,
      ]);
      const privateKey = await openpgp.decryptKey({
        privateKey: await openpgp.readPrivateKey({ armoredKey: secret }),
        passphrase,
      });
      const session = await gpgauthLogin(url, { privateKey, fingerprint: fingerprint.toUpperCase() });
      const me = await get<{ id: string }>(url, "/users/me.json", { headers: session.headers });
      expect(me.json.body.id).to.equal(invited.id);
    });
  });
});

import { expect } from "chai";
import * as openpgp from "openpgp";
import { get, post, put } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { buildUser, makeKey, sessionForUser, type BuiltUser } from "../../helpers/factories.ts";
import { createGpgHome, gpgGenerateKey, type GpgHome } from "../../helpers/gpg.ts";
import type { RunningServer } from "../../../src/server.ts";
import { GpgkeyEntity } from "../../../src/db/entities/Gpgkey.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { extensionBody, storedState } from "./setup.helpers.ts";

type UserBody = { active: boolean; gpgkey: Record<string, unknown> | null };

describe("PUT|POST /setup/complete/{userId}.json", () => {
  let server: RunningServer;
  let url: string;
  before(async () => {
    server = await sharedServer();
    url = server.url;
  });

  const path = (userId: string) => `/setup/complete/${userId}.json?api-version=v2`;

  async function expectCompleted(user: BuiltUser, fingerprint: string) {
    const state = await storedState(server, user.id);
    expect(state.active).to.equal(true);
    expect(state.activeTokens, "the register token is consumed").to.equal(0);
    expect(state.keys).to.have.length(1);
    expect(state.keys[0]!.fingerprint).to.equal(fingerprint.toUpperCase());
    // the new user can now act: a session works, and the admin sees the key
    const me = await get<UserBody>(url, "/users/me.json", await sessionForUser(server, user.id));
    expectSuccess(me);
    expect(me.json.body.active).to.equal(true);
    const seen = await get<UserBody>(url, `/users/${user.id}.json`, await sessionFor(server, "ada"));
    return seen.json.body.gpgkey!;
  }

  it("completes with the extension's default key (RSA 3072, uid 'First Last <email>'), by POST", async () => {
    const user = await buildUser(server, { state: "inactive", firstName: "Grace", lastName: "Hopper" });
    const { publicKey } = await openpgp.generateKey({
      type: "rsa",
      rsaBits: 3072,
      userIDs: [{ name: "Grace Hopper", email: user.username }],
      format: "armored",
    });
    const res = await post(url, path(user.id), {
      body: { ...extensionBody(user.token, publicKey), locale: "en-UK" },
    });
    expectSuccess(res);
    expect(res.json.body).to.equal(null);
    const fingerprint = (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint();
    const key = await expectCompleted(user, fingerprint);
    expect(key).to.include({
      bits: 3072,
      type: "RSA",
      uid: `Grace Hopper <${user.username}>`,
      expires: null,
    });
    expect(key.key_id).to.equal(fingerprint.slice(-16).toUpperCase());
    expect(key.armored_key).to.equal(publicKey);
    expect(key.key_created).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  });

  it("completes with a Curve25519 key from OpenPGP.js, by PUT, with only the new token name; a future expiry is kept", async () => {
    const user = await buildUser(server, { state: "inactive" });
    const { publicKey } = await makeKey("Curve User", user.username, { keyExpirationTime: 365 * 24 * 3600 });
    const res = await put(url, path(user.id), {
      body: { authentication_token: { token: user.token }, gpgkey: { armored_key: publicKey } },
    });
    expectSuccess(res);
    const fingerprint = (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint();
    const key = await expectCompleted(user, fingerprint);
    expect(key).to.include({ type: "EdDSA", bits: 255 });
    expect(Date.parse(key.expires as string)).to.be.greaterThan(Date.now() + 300 * 24 * 3600 * 1000);
  });

  describe("with a key made by the real gpg binary", () => {
    let home: GpgHome;
    before(async () => {
      home = await createGpgHome();
    });
    after(() => home.cleanup());

    it("completes with gpg's Ed25519/Cv25519 key and its default 2-year expiry", async function () {
      this.timeout(60_000);
      const user = await buildUser(server, { state: "inactive" });
      const { fingerprint, armoredPublic } = await gpgGenerateKey(
        home,
        `Gnu User <${user.username}>`,
        "ed25519",
        "test-only-passphrase",
      );
      expectSuccess(await post(url, path(user.id), { body: extensionBody(user.token, armoredPublic) }));
      const key = await expectCompleted(user, fingerprint);
      expect(key.expires).to.be.a("string");
    });
  });

  describe("refusals", () => {
    it("refuses an expired link", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const ttl = server.deps.config.registerTokenTtlSeconds * 1000;
      await server.db.read((m) =>
        m
          .getRepository(AuthenticationTokenEntity)
          .update({ userId: user.id }, { created: new Date(Date.now() - ttl - 60_000) }),
      );
      const { publicKey } = await makeKey("Late User", user.username);
      const res = await post(url, path(user.id), { body: extensionBody(user.token, publicKey) });
      expectError(res, 400, "The authentication token is not valid or has expired.");
      expect((await storedState(server, user.id)).active).to.equal(false);
    });

    it("refuses a used token, and a second setup of the same user", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const { publicKey } = await makeKey("Once User", user.username);
      expectSuccess(await post(url, path(user.id), { body: extensionBody(user.token, publicKey) }));
      const again = await post(url, path(user.id), { body: extensionBody(user.token, publicKey) });
      expectError(again, 400, "The user does not exist, is already active or has been deleted.");

      // a token marked used while the user is still inactive
      const other = await buildUser(server, { state: "inactive" });
      await server.db.read((m) =>
        m.getRepository(AuthenticationTokenEntity).update({ userId: other.id }, { active: false }),
      );
      const { publicKey: k2 } = await makeKey("Other User", other.username);
      const res = await post(url, path(other.id), { body: extensionBody(other.token, k2) });
      expectError(res, 400, "The authentication token is not valid or has expired.");
    });

    it("refuses the token of another user", async () => {
      const [a, b] = [
        await buildUser(server, { state: "inactive" }),
        await buildUser(server, { state: "inactive" }),
      ];
      const { publicKey } = await makeKey("A User", a.username);
      const res = await post(url, path(a.id), { body: extensionBody(b.token, publicKey) });
      expectError(res, 400, "The authentication token is not valid or has expired.");
      const [sa, sb] = [await storedState(server, a.id), await storedState(server, b.id)];
      expect([sa.active, sb.active, sa.activeTokens, sb.activeTokens]).to.deep.equal([false, false, 1, 1]);
    });

    it("refuses an already active user, a deleted user and a disabled user", async () => {
      for (const state of ["active", "deleted", "disabled"] as const) {
        const user = await buildUser(server, { state });
        const { publicKey } = await makeKey("New Key", user.username);
        const res = await post(url, path(user.id), { body: extensionBody(user.token, publicKey) });
        expectError(res, 400, "The user does not exist, is already active or has been deleted.");
      }
    });

    it("answers 400 without a token, with a token that is not a UUID, without a key, and for a bad user id", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const { publicKey } = await makeKey("Some User", user.username);
      expectError(
        await post(url, path(user.id), { body: { gpgkey: { armored_key: publicKey } } }),
        400,
        "An authentication token should be provided.",
      );
      const notUuid = await post(url, path(user.id), {
        body: { authentication_token: { token: "nope" }, gpgkey: { armored_key: publicKey } },
      });
      expectError(notUuid, 400);
      expect(notUuid.json.body).to.have.nested.property("authentication_token.token.uuid");
      const noKey = await post(url, path(user.id), { body: { authentication_token: { token: user.token } } });
      expectError(noKey, 400);
      expect(noKey.json.body).to.have.nested.property("gpgkey._required");
      expectError(await post(url, path("not-a-uuid"), { body: extensionBody(user.token, publicKey) }), 400);
      expect((await storedState(server, user.id)).activeTokens).to.equal(1);
    });

    it("writes nothing when the key is refused: user inactive, token usable, no key row", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const { publicKey } = await makeKey("Wrong Mail", "someone-else@watchword.test");
      const res = await post(url, path(user.id), { body: extensionBody(user.token, publicKey) });
      expectError(res, 400, "The OpenPGP key data is not valid.");
      expect(res.json.body).to.have.nested.property("gpgkey.armored_key.hasUserEmailRule");
      const state = await storedState(server, user.id);
      expect(state).to.deep.include({ active: false, activeTokens: 1 });
      expect(state.keys).to.have.length(0);
      // and the same link still works with a good key
      const { publicKey: good } = await makeKey("Right Mail", user.username);
      expectSuccess(await post(url, path(user.id), { body: extensionBody(user.token, good) }));
    });

    it("writes nothing when the fingerprint is taken by another user's key with the same email in its uid", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const holder = await buildUser(server, { state: "active" });
      const { publicKey } = await makeKey("Shared Key", user.username);
      // another user somehow holds this very key (stored directly, bypassing the rules)
      const info = await openpgp.readKey({ armoredKey: publicKey });
      await server.db.read((m) =>
        m
          .getRepository(GpgkeyEntity)
          .update({ userId: holder.id }, { fingerprint: info.getFingerprint().toUpperCase() }),
      );
      const res = await post(url, path(user.id), { body: extensionBody(user.token, publicKey) });
      expectError(res, 400, "The OpenPGP key data is not valid.");
      expect(Object.keys(res.json.body as object)).to.deep.equal(["gpgkey"]);
      expect((res.json.body as { gpgkey: { armored_key: object } }).gpgkey.armored_key).to.have.keys(
        "isUniqueFingerprintRule",
      );
      const state = await storedState(server, user.id);
      expect(state).to.deep.include({ active: false, activeTokens: 1 });
      expect(state.keys).to.have.length(0);
    });

    it("is not disturbed by a logged-in session without CSRF token (CSRF-exempt)", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const { publicKey } = await makeKey("Csrf User", user.username);
      const session = await sessionFor(server, "betty");
      const res = await post(url, path(user.id), {
        body: extensionBody(user.token, publicKey),
        headers: { cookie: session.headers.cookie! },
      });
      expectSuccess(res);
    });
  });
});

import { randomUUID } from "node:crypto";
import { expect } from "chai";
import * as openpgp from "openpgp";
import { get, post, type ApiResponse } from "../../helpers/api.ts";
import { expectError, expectHeader, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";
import {
  decoders,
  decryptUserAuthToken,
  gpgauthLogin,
  identityOf,
  makeNonce,
  postGpgAuth,
  serverPublicKey,
  verifyServer,
  type BodyFormat,
  type GpgAuthIdentity,
} from "../../helpers/gpgauthClient.ts";
import { bearerFor } from "../../helpers/auth.ts";
import type { RunningServer } from "../../../src/server.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { hashToken } from "../../../src/domain/users/tokens.ts";
import { createTestUser, disableUser } from "./authUsers.ts";

const UNKNOWN = "There is no user associated with this key.";

interface LoginUser {
  id: string;
  username: string;
  active: boolean;
  deleted: boolean;
  last_logged_in: string;
  role: { name: string };
  profile: { first_name: string; last_name: string };
  gpgkey: { fingerprint: string };
  groups_users: unknown[];
}

/** The headers every GpgAuth answer carries, success or not. */
function expectCommonHeaders(res: ApiResponse): void {
  expect(res.headers.get("x-gpgauth-version")).to.equal("1.3.0");
  expect(res.headers.get("x-gpgauth-login-url")).to.equal("/auth/login");
  expect(res.headers.get("x-gpgauth-logout-url")).to.equal("/auth/logout");
  expect(res.headers.get("x-gpgauth-verify-url")).to.equal("/auth/verify");
  expect(res.headers.get("x-gpgauth-pubkey-url")).to.equal("/auth/verify.json");
  expect(res.headers.get("access-control-expose-headers")).to.include("X-GPGAuth-User-Auth-Token");
}

/** A 400 with X-GPGAuth-Error, as the extension expects a refusal. */
function expectRefusal(res: ApiResponse, message = "The authentication failed."): void {
  expectError(res, 400, message);
  expectCommonHeaders(res);
  expect(res.headers.get("x-gpgauth-error")).to.equal("true");
  expect(res.headers.get("x-gpgauth-debug")).to.equal(message);
  expect(res.headers.get("x-gpgauth-authenticated")).to.equal("false");
  expect(res.headers.get("set-cookie") ?? "").not.to.include("passbolt_session=");
}

async function stage1(server: RunningServer, identity: GpgAuthIdentity, format: BodyFormat = "json") {
  const res = await postGpgAuth(server.url, "/auth/login.json", { keyid: identity.fingerprint }, format);
  const encoded = res.headers.get("x-gpgauth-user-auth-token")!;
  const { key } = await serverPublicKey(server.url);
  return { res, encoded, nonce: await decryptUserAuthToken(decoders.extension(encoded), identity, key) };
}

describe("GpgAuth: POST /auth/verify.json, POST /auth/login.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let ada: GpgAuthIdentity;
  before(async () => {
    server = await sharedServer();
    ada = await identityOf("ada");
  });

  const formats: [BodyFormat, "ada" | "betty" | "edith" | "carol"][] = [
    ["multipart", "ada"],
    ["json", "betty"],
    ["json-data", "edith"],
    ["form", "carol"],
  ];
  for (const [format, name] of formats) {
    it(`logs ${name} (${cast[name].keyType}) in with a ${format} body, and the session works`, async () => {
      const before = new Date(Date.now() - 2000);
      const session = await gpgauthLogin(server.url, name, { format });
      const res = session.response;
      expectSuccess(res);
      expect(res.json.header.message).to.equal("You are successfully logged in.");
      const user = res.json.body as LoginUser;
      expect(user).to.include({
        id: cast[name].id,
        username: cast[name].username,
        active: true,
        deleted: false,
      });
      expect(user.role.name).to.equal(cast[name].role);
      expect(user.profile).to.include({ first_name: cast[name].first_name, last_name: cast[name].last_name });
      expect(user.gpgkey.fingerprint).to.equal((await identityOf(name)).fingerprint);
      expect(user.groups_users).to.deep.equal([]);
      expect(new Date(user.last_logged_in).getTime()).to.be.greaterThan(before.getTime() - 1000);

      const authenticated = await get(server.url, "/auth/is-authenticated.json", {
        headers: session.headers,
      });
      expectSuccess(authenticated);
      expect(authenticated.json.body).to.equal(null);
      const settings = await get<{ app: Record<string, unknown> }>(server.url, "/settings.json", {
        headers: session.headers,
      });
      expectSuccess(settings);
      expect(settings.json.body.app).to.have.property("version");
    });
  }

  it("sets the session cookie HttpOnly, SameSite=Lax, Path=/ and a readable 128-hex csrfToken", async () => {
    const { response } = await gpgauthLogin(server.url, "frances", { format: "json" });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith("passbolt_session="))!;
    expect(session)
      .to.match(/; path=\//i)
      .and.match(/; httponly/i)
      .and.match(/; samesite=lax/i);
    expect(session).not.to.match(/; secure/i); // APP_URL is http in the tests
    const csrf = cookies.find((c) => c.startsWith("csrfToken="))!;
    expect(csrf)
      .to.match(/^csrfToken=[0-9a-f]{128};/)
      .and.match(/; samesite=lax/i);
    expect(csrf).not.to.match(/httponly/i);
  });

  it("stage 0 answers 200, an error envelope and exactly the stage-0 headers", async () => {
    const { res, nonce } = await verifyServer(server.url, ada, "multipart");
    expectHeader(res, "error", 200);
    expect(res.json.body).to.equal("");
    expectCommonHeaders(res);
    expect(res.headers.get("x-gpgauth-authenticated")).to.equal("false");
    expect(res.headers.get("x-gpgauth-progress")).to.equal("stage0");
    expect(res.headers.get("x-gpgauth-verify-response")).to.equal(nonce);
    expect(res.headers.has("x-gpgauth-user-auth-token")).to.equal(false);
    expect(res.headers.has("x-gpgauth-refer")).to.equal(false);
    expect(res.headers.has("x-gpgauth-error")).to.equal(false);
    expect(res.json.header.action).to.equal("a3c19ad2-8920-5395-86d0-8567cb34f382"); // AuthLogin.loginPost
  });

  it("stage 1 answers 200, an error envelope and exactly the stage-1 headers", async () => {
    const { res } = await stage1(server, ada, "multipart");
    expectHeader(res, "error", 200);
    expectCommonHeaders(res);
    expect(res.headers.get("x-gpgauth-authenticated")).to.equal("false");
    expect(res.headers.get("x-gpgauth-progress")).to.equal("stage1");
    expect(res.headers.has("x-gpgauth-verify-response")).to.equal(false);
    expect(res.headers.has("x-gpgauth-refer")).to.equal(false);
    expect(res.headers.get("set-cookie") ?? "").not.to.include("passbolt_session=");
  });

  it("stage 2 answers the stage-2 headers", async () => {
    const { response: res } = await gpgauthLogin(server.url, "ada", { verify: false });
    expectCommonHeaders(res);
    expect(res.headers.get("x-gpgauth-authenticated")).to.equal("true");
    expect(res.headers.get("x-gpgauth-progress")).to.equal("complete");
    expect(res.headers.get("x-gpgauth-refer")).to.equal("/");
    expect(res.headers.has("x-gpgauth-user-auth-token")).to.equal(false);
    expect(res.headers.has("x-gpgauth-verify-response")).to.equal(false);
  });

  it("encodes the stage-1 token as PHP quotemeta(urlencode()), signed by the server, decodable three ways", async () => {
    const { res, encoded } = await stage1(server, ada);
    expect(encoded).to.match(/^-----BEGIN\\\+PGP\\\+MESSAGE-----%0A/);
    expect(encoded).not.to.match(/[ \n]/);
    expect(encoded).not.to.match(/(^|[^\\])\+/); // every literal + is escaped
    const armored = decoders.extension(encoded);
    expect(decoders.goPassbolt(encoded)).to.equal(armored);
    expect(decoders.python(encoded)).to.equal(armored);
    expect(armored).to.match(/^-----BEGIN PGP MESSAGE-----\n/);
    const { key } = await serverPublicKey(server.url);
    const nonce = await decryptUserAuthToken(armored, ada, key); // expectSigned: the server signed it
    expect(nonce).to.match(/^gpgauthv1\.3\.0\|36\|[0-9a-f-]{36}\|gpgauthv1\.3\.0$/);
    expect(res.status).to.equal(200);
    // stored hashed, as a login token
    const uuid = nonce.split("|")[2]!;
    const row = await server.db.read((m) =>
      m.getRepository(AuthenticationTokenEntity).findOneBy({ token: hashToken(uuid) }),
    );
    expect(row).to.include({ userId: cast.ada.id, type: "login", active: true });
  });

  it("does not check CSRF on login (go-passbolt sends an empty X-CSRF-Token)", async () => {
    const { nonce } = await stage1(server, ada);
    const res = await postGpgAuth(
      server.url,
      "/auth/login.json",
      { keyid: ada.fingerprint, user_token_result: nonce },
      "json",
      {
        cookie: `csrfToken=${"a".repeat(128)}`,
        "x-csrf-token": "",
      },
    );
    expectSuccess(res);
  });

  describe("refusals", () => {
    it("answers 400 and always says so for an unknown fingerprint, at every stage", async () => {
      const keyid = "ABCDEF0123456789ABCDEF0123456789ABCDEF01";
      expectRefusal(await postGpgAuth(server.url, "/auth/login.json", { keyid }), UNKNOWN);
      expectRefusal(
        await postGpgAuth(server.url, "/auth/verify.json", { keyid, server_verify_token: "x" }),
        UNKNOWN,
      );
      const res = await postGpgAuth(
        server.url,
        "/auth/login.json",
        { keyid, user_token_result: makeNonce() },
        "json",
      );
      expectRefusal(res, UNKNOWN);
      expect(res.headers.get("x-gpgauth-progress")).to.equal("stage0");
    });

    it("answers 400 for a missing or malformed keyid, and accepts a lowercase fingerprint", async () => {
      expectRefusal(await postGpgAuth(server.url, "/auth/login.json", {}), UNKNOWN);
      expectRefusal(await postGpgAuth(server.url, "/auth/login.json", { keyid: "nope" }, "json"), UNKNOWN);
      const lower = await postGpgAuth(
        server.url,
        "/auth/login.json",
        { keyid: ada.fingerprint.toLowerCase() },
        "json",
      );
      expect(lower.status).to.equal(200);
      expect(lower.headers.get("x-gpgauth-progress")).to.equal("stage1");
    });

    for (const name of ["sofia", "ursula"] as const) {
      it(`treats the key of ${name} (${cast[name].state}) as unknown`, async () => {
        const identity = await identityOf(name);
        expectRefusal(
          await postGpgAuth(server.url, "/auth/login.json", { keyid: identity.fingerprint }),
          UNKNOWN,
        );
      });
    }

    it("refuses a stage-0 token that is not an armored message, or does not hold a nonce", async () => {
      expectRefusal(
        await postGpgAuth(server.url, "/auth/verify.json", {
          keyid: ada.fingerprint,
          server_verify_token: "garbage",
        }),
      );
      const { key } = await serverPublicKey(server.url);
      const secret = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: "a secret" }),
        encryptionKeys: key,
      });
      const res = await postGpgAuth(server.url, "/auth/verify.json", {
        keyid: ada.fingerprint,
        server_verify_token: secret as string,
      });
      expectRefusal(res);
      expect(res.headers.has("x-gpgauth-verify-response")).to.equal(false);
      const betty = await openpgp.readKey({
        armoredKey: (await identityOf("betty")).privateKey.toPublic().armor(),
      });
      const forBetty = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: makeNonce() }),
        encryptionKeys: betty,
      });
      expectRefusal(
        await postGpgAuth(server.url, "/auth/verify.json", {
          keyid: ada.fingerprint,
          server_verify_token: forBetty as string,
        }),
      );
    });

    it("refuses a tampered nonce", async () => {
      const { nonce } = await stage1(server, ada);
      const uuid = nonce.split("|")[2]!;
      for (const bad of [
        makeNonce(randomUUID()),
        nonce.replace("gpgauthv1.3.0|36", "gpgauthv1.2.0|36"),
        nonce.replace("|36|", "|35|"),
        `gpgauthv1.3.0|36|${uuid}`,
        `gpgauthv1.3.0|36|${uuid.slice(0, 35)}x|gpgauthv1.3.0`,
        uuid,
      ]) {
        const res = await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: ada.fingerprint, user_token_result: bad },
          "json",
        );
        expectRefusal(res);
        expect(res.headers.get("x-gpgauth-progress")).to.equal("stage2");
      }
      // the genuine nonce still works once
      expectSuccess(
        await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: ada.fingerprint, user_token_result: nonce },
          "json",
        ),
      );
    });

    it("refuses a replayed nonce", async () => {
      const { nonce } = await stage1(server, ada);
      const fields = { keyid: ada.fingerprint, user_token_result: nonce };
      expectSuccess(await postGpgAuth(server.url, "/auth/login.json", fields, "json"));
      expectRefusal(await postGpgAuth(server.url, "/auth/login.json", fields, "json"));
    });

    it("refuses an expired nonce", async () => {
      const { nonce } = await stage1(server, ada);
      const ttl = server.deps.config.loginTokenTtlSeconds;
      await server.db.read((m) =>
        m
          .getRepository(AuthenticationTokenEntity)
          .update(
            { token: hashToken(nonce.split("|")[2]!) },
            { created: new Date(Date.now() - (ttl + 5) * 1000) },
          ),
      );
      expectRefusal(
        await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: ada.fingerprint, user_token_result: nonce },
          "json",
        ),
      );
    });

    it("refuses stage 2 without stage 1, and another user's nonce", async () => {
      expectRefusal(
        await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: ada.fingerprint, user_token_result: makeNonce() },
          "json",
        ),
      );
      const betty = await identityOf("betty");
      const { nonce } = await stage1(server, betty);
      expectRefusal(
        await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: ada.fingerprint, user_token_result: nonce },
          "json",
        ),
      );
      expectSuccess(
        await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: betty.fingerprint, user_token_result: nonce },
          "json",
        ),
      );
    });

    it("answers 409 to stages 1 and 2 over a live session, but still verifies the server at stage 0", async () => {
      const session = await gpgauthLogin(server.url, "ada", { format: "json" });
      const res = await postGpgAuth(
        server.url,
        "/auth/login.json",
        { keyid: ada.fingerprint },
        "json",
        session.headers,
      );
      expectError(res, 409, "You are already logged in.");
      expect(res.headers.get("x-gpgauth-authenticated")).to.equal("true");
      const { key } = await serverPublicKey(server.url);
      const nonce = makeNonce();
      const token = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: nonce }),
        encryptionKeys: key,
      });
      const verify = await postGpgAuth(
        server.url,
        "/auth/verify.json",
        { keyid: ada.fingerprint, server_verify_token: token as string },
        "json",
        session.headers,
      );
      expect(verify.headers.get("x-gpgauth-verify-response")).to.equal(nonce);
    });

    it("answers 400 to /auth/login with a JWT bearer, without X-GPGAuth headers", async () => {
      const res = await postGpgAuth(
        server.url,
        "/auth/login.json",
        { keyid: ada.fingerprint },
        "json",
        (await bearerFor(server, "ada")).headers,
      );
      expectError(res, 400, "The route /auth/login is not permitted with JWT authentication.");
      expect(res.headers.has("x-gpgauth-version")).to.equal(false);
    });

    it("answers 400 to a multipart body carrying a file", async () => {
      const form = new FormData();
      form.append("data[gpg_auth][keyid]", ada.fingerprint);
      form.append("file", new Blob(["x"]), "x.txt");
      const withFile = await post(server.url, "/auth/login.json", { rawBody: form });
      expectRefusal(withFile, "The request body could not be read.");
    });

    it("refuses a pending nonce once its user is disabled", async () => {
      const user = await createTestUser(server.db, "disabled-mid-login");
      const { nonce } = await stage1(server, user);
      await disableUser(server.db, user.id);
      expectRefusal(
        await postGpgAuth(
          server.url,
          "/auth/login.json",
          { keyid: user.fingerprint, user_token_result: nonce },
          "json",
        ),
        UNKNOWN,
      );
    });
  });
});

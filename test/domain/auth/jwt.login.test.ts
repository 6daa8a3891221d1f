import { randomUUID } from "node:crypto";
import { expect } from "chai";
import * as openpgp from "openpgp";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, importSPKI, jwtVerify } from "jose";
import { get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast, privateKeyOf } from "../../helpers/cast.ts";
import { serverPublicKey } from "../../helpers/gpgauthClient.ts";
import {
  challengeFields,
  jwtLogin,
  postJwtLogin,
  sealChallenge,
  type ChallengeFields,
} from "../../helpers/jwtClient.ts";
import type { RunningServer } from "../../../src/server.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";
import { UserEntity } from "../../../src/db/entities/User.ts";
import { hashToken } from "../../../src/domain/users/tokens.ts";

const INVALID = "The credentials are invalid.";

describe("JWT: POST /auth/jwt/login.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** Posts ada's challenge with these plaintext fields (or this raw plaintext). */
  async function loginAs(fields: ChallengeFields | string, signer: "ada" | "betty" = "ada") {
    const plaintext = typeof fields === "string" ? fields : JSON.stringify(fields);
    const challenge = await sealChallenge(server.url, plaintext, await privateKeyOf(signer));
    return postJwtLogin(server.url, cast.ada.id, challenge);
  }

  it("answers a challenge encrypted to the user and signed by the server, with working tokens", async () => {
    const before = Date.now();
    const t = await jwtLogin(server.url, "ada");
    expectSuccess(t.response);
    expect(t.response.json.header.message).to.equal("The authentication was a success.");
    expect(t.response.json.header.action).to.equal("28c0972b-e6a2-5d44-a5cb-bc2d11799cc1"); // JwtLogin.loginPost
    expect(Object.keys(t.answer).sort()).to.deep.equal(
      ["access_token", "domain", "refresh_token", "verify_token", "version"].sort(),
    );
    expect(t.answer).to.include({ version: "1.0.0", domain: `${server.deps.config.appUrl}/` });
    expect(t.refreshToken).to.match(/^[0-9a-f-]{36}$/);
    const header = decodeProtectedHeader(t.accessToken);
    expect(header.alg).to.equal("RS256");
    const claims = decodeJwt(t.accessToken);
    expect(claims).to.include({ iss: server.deps.config.appUrl, sub: cast.ada.id });
    expect(claims.exp! * 1000).to.be.within(before + 290_000, Date.now() + 301_000);
    expect(t.response.headers.has("x-gpgauth-version")).to.equal(false);

    expectSuccess(await get(server.url, "/auth/is-authenticated.json", { headers: t.headers }));
    const settings = await get<{ app: object; passbolt: { plugins: object } }>(server.url, "/settings.json", {
      headers: t.headers,
    });
    expect(settings.json.body.app).to.have.property("version");
    expect(settings.json.body.passbolt.plugins).to.have.property("jwtAuthentication");

    const rows = await server.db.read((m) =>
      m
        .getRepository(AuthenticationTokenEntity)
        .findBy({ userId: cast.ada.id, token: hashToken(t.refreshToken) }),
    );
    expect(rows.map((r) => [r.type, r.active])).to.deep.equal([["refresh_token", true]]);
    const ada = await server.db.read((m) => m.getRepository(UserEntity).findOneByOrFail({ id: cast.ada.id }));
    expect(ada.lastLoggedIn!.getTime()).to.be.greaterThan(before - 2000);
  });

  it("accepts the domain with or without its trailing slash, and a numeric-string expiry", async () => {
    const domain = server.deps.config.appUrl;
    await jwtLogin(server.url, "ada", { domain });
    await jwtLogin(server.url, "ada", { domain: `${domain}/` });
    await jwtLogin(server.url, "betty", { verify_token_expiry: String(Math.floor(Date.now() / 1000) + 60) });
  });

  it("publishes the verifying key as PEM (rsa.json) and as a JWK set without envelope (jwks.json)", async () => {
    const t = await jwtLogin(server.url, "betty");
    const rsa = await get<{ keydata: string }>(server.url, "/auth/jwt/rsa.json");
    expectSuccess(rsa);
    const pem = rsa.json.body.keydata;
    expect(pem).to.match(/^-----BEGIN PUBLIC KEY-----/);
    const viaPem = await jwtVerify(t.accessToken, await importSPKI(pem, "RS256"));
    expect(viaPem.payload.sub).to.equal(cast.betty.id);

    const raw = await fetch(`${server.url}/auth/jwt/jwks.json`);
    expect(raw.status).to.equal(200);
    expect(raw.headers.get("content-type")).to.match(/^application\/json/);
    const jwks = (await raw.json()) as { keys: Record<string, string>[] };
    expect(Object.keys(jwks)).to.deep.equal(["keys"]);
    expect(jwks.keys[0]).to.include({ kty: "RSA", alg: "RS256", use: "sig" });
    const viaJwks = await jwtVerify(
      t.accessToken,
      createRemoteJWKSet(new URL(`${server.url}/auth/jwt/jwks.json`)),
    );
    expect(viaJwks.payload.sub).to.equal(cast.betty.id);
  });

  describe("refusals, in Passbolt's order", () => {
    it("answers 400 to a user_id that is not a UUID, and to a missing one", async () => {
      const challenge = await sealChallenge(server.url, "{}", await privateKeyOf("ada"));
      expectError(await postJwtLogin(server.url, "ada", challenge), 400, INVALID);
      expectError(await post(server.url, "/auth/jwt/login.json", { body: { challenge } }), 400, INVALID);
      expectError(await post(server.url, "/auth/jwt/login.json"), 400);
    });

    it("answers 404 to an unknown, inactive, deleted or disabled user", async () => {
      const message = "The user does not exist or is not active or has been deleted.";
      const challenge = await sealChallenge(server.url, "{}", await privateKeyOf("ada"));
      for (const id of [randomUUID(), cast.ruth.id, cast.sofia.id, cast.ursula.id])
        expectError(await postJwtLogin(server.url, id, challenge), 404, message);
    });

    it("answers 400 to a missing, unarmored or undecryptable challenge", async () => {
      expectError(await postJwtLogin(server.url, cast.ada.id, undefined), 400, INVALID);
      expectError(await postJwtLogin(server.url, cast.ada.id, "not a message"), 400, INVALID);
      const betty = (await privateKeyOf("betty")).toPublic();
      const forBetty = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: JSON.stringify(await challengeFields(server.url)) }),
        encryptionKeys: betty,
        signingKeys: await privateKeyOf("ada"),
      });
      expectError(await postJwtLogin(server.url, cast.ada.id, forBetty), 400, INVALID);
    });

    it("answers 400 to a challenge signed by another cast member, or not signed", async () => {
      expectError(await loginAs(await challengeFields(server.url), "betty"), 400, INVALID);
      const { key } = await serverPublicKey(server.url);
      const unsigned = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: JSON.stringify(await challengeFields(server.url)) }),
        encryptionKeys: key,
      });
      expectError(await postJwtLogin(server.url, cast.ada.id, unsigned), 400, INVALID);
    });

    it("answers 400 to a plaintext that is not a flat JSON object with the four keys", async () => {
      const good = await challengeFields(server.url);
      for (const plaintext of [
        "not json",
        "[1,2]",
        JSON.stringify({ ...good, nested: { a: 1 } }),
        JSON.stringify({ ...good, verify_token: [good.verify_token] }),
        ...(["version", "domain", "verify_token", "verify_token_expiry"] as const).map((k) =>
          JSON.stringify({ ...good, [k]: undefined }),
        ),
      ])
        expectError(await loginAs(plaintext), 400, INVALID);
    });

    it("answers 400 to a wrong domain or version", async () => {
      for (const overrides of [
        { domain: "https://evil.test" },
        { domain: `${server.deps.config.appUrl}//` },
        { domain: 42 },
        { version: "1.0.1" },
        { version: 1 },
      ])
        expectError(await loginAs(await challengeFields(server.url, overrides)), 400, INVALID);
    });

    it("answers 400 to a past, too distant or malformed verify_token_expiry, and a non-UUID verify_token", async () => {
      const now = Math.floor(Date.now() / 1000);
      const max = server.deps.config.verifyTokenMaxSeconds;
      for (const overrides of [
        { verify_token_expiry: now - 5 },
        { verify_token_expiry: now + max + 60 },
        { verify_token_expiry: "soon" },
        { verify_token_expiry: null },
        { verify_token: "not-a-uuid" },
      ])
        expectError(await loginAs(await challengeFields(server.url, overrides)), 400, INVALID);
    });

    it("answers 400 to a verify_token used before by the same user, and stores it hashed", async () => {
      const verifyToken = randomUUID();
      await jwtLogin(server.url, "ada", { verify_token: verifyToken });
      expectError(
        await loginAs(await challengeFields(server.url, { verify_token: verifyToken })),
        400,
        INVALID,
      );
      expectError(
        await loginAs(await challengeFields(server.url, { verify_token: verifyToken.toUpperCase() })),
        400,
        INVALID,
      );
      const rows = await server.db.read((m) =>
        m
          .getRepository(AuthenticationTokenEntity)
          .findBy({ type: "verify_token", token: hashToken(verifyToken) }),
      );
      expect(rows).to.have.length(1);
      // another user may happen to pick the same value
      await jwtLogin(server.url, "betty", { verify_token: verifyToken });
    });

    it("lets only one of two concurrent logins with the same verify_token through", async () => {
      const fields = await challengeFields(server.url);
      const [a, b] = await Promise.all([loginAs(fields), loginAs(fields)]);
      expect([a.status, b.status].sort()).to.deep.equal([200, 400]);
    });
  });
});

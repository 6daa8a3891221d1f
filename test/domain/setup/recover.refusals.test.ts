/**
 * What account recovery refuses, and that a refusal writes nothing: the token stays as it
 * was (usable, or not), the stored key is untouched, no audit entry of a recovery.
 */
import { randomUUID } from "node:crypto";
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get, post, put } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, makeKey, type BuiltUser } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { issueToken } from "../../../src/domain/users/tokens.ts";
import { extensionBody } from "./setup.helpers.ts";
import {
  expireTokens,
  plantRecoverToken,
  recoverAbort,
  recoverComplete,
  recoverStart,
  recoveryToken,
  storedKeys,
  tokenRows,
} from "./recover.helpers.ts";

const USER_REFUSED = "The user does not exist or is not active or is disabled.";
const TOKEN_REFUSED = "The authentication token is not valid.";
const TOKEN_REFUSED_COMPLETE = "The authentication token is not valid or has expired.";
const NOT_USERS_KEY = "The key provided does not belong to given user.";

describe("account recovery refusals", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let url: string;
  before(async () => {
    server = await sharedServer();
    url = server.url;
  });

  /** start, complete and abort with this user and token all answer 400 with these messages. */
  async function expectAllRefused(user: BuiltUser, token: string, start: string, other: string) {
    expectError(await get(url, recoverStart(user.id, token)), 400, start);
    const key = user.publicKey ?? (await makeKey("Any", user.username)).publicKey;
    expectError(await post(url, recoverComplete(user.id), { body: extensionBody(token, key) }), 400, other);
    expectError(
      await put(url, recoverAbort(user.id), { body: { authentication_token: { token } } }),
      400,
      other,
    );
  }

  describe("the key", () => {
    it("refuses another key for the same email (400 isUserKeyRule); the link still works", async () => {
      const user = await buildUser(server);
      const keysBefore = await storedKeys(server, user.id);
      const token = await recoveryToken(server, user);
      const { publicKey } = await makeKey("Impostor", user.username);
      const res = await post(url, recoverComplete(user.id), { body: extensionBody(token, publicKey) });
      expectError(res, 400, NOT_USERS_KEY);
      expect(res.json.body).to.deep.equal({ gpgkey: { armored_key: { isUserKeyRule: NOT_USERS_KEY } } });
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
      expect(await storedKeys(server, user.id)).to.deep.equal(keysBefore);
      expectSuccess(
        await post(url, recoverComplete(user.id), { body: extensionBody(token, user.publicKey!) }),
      );
    });

    it("refuses the key of another user", async () => {
      const [user, other] = [await buildUser(server), await buildUser(server)];
      const token = await recoveryToken(server, user);
      const res = await post(url, recoverComplete(user.id), { body: extensionBody(token, other.publicKey!) });
      expectError(res, 400, NOT_USERS_KEY);
      expect(res.json.body).to.have.nested.property("gpgkey.armored_key.isUserKeyRule");
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    });

    it("refuses a key that does not parse, a private key and two keys, with the key rules' names", async () => {
      const user = await buildUser(server);
      const token = await recoveryToken(server, user);
      const other = await makeKey("Other", user.username);
      const cases: [string, string][] = [
        [
          "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----",
          "isParsableArmoredKeyRule",
        ],
        ["hello", "isParsableArmoredKeyRule"],
        [user.privateKey!, "isPublicKeyRule"],
        [`${user.publicKey!}\n${other.publicKey}`, "hasMultipleMainPacketsRule"],
      ];
      for (const [armored, rule] of cases) {
        const res = await post(url, recoverComplete(user.id), { body: extensionBody(token, armored) });
        expectError(res, 400, "The OpenPGP key data is not valid.");
        expect(res.json.body, rule).to.have.nested.property(`gpgkey.armored_key.${rule}`);
        expect(res.text, "the private key is not echoed").not.to.include("PRIVATE KEY");
      }
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    });

    it("checks the token before the key: a bad token with a bad key answers the token error", async () => {
      const user = await buildUser(server);
      const res = await post(url, recoverComplete(user.id), { body: extensionBody(randomUUID(), "junk") });
      expectError(res, 400, TOKEN_REFUSED_COMPLETE);
    });
  });

  describe("the token", () => {
    it("refuses the token of another user, and leaves both as they were", async () => {
      const [a, b] = [await buildUser(server), await buildUser(server)];
      const tokenB = await recoveryToken(server, b);
      await recoveryToken(server, a);
      await expectAllRefused(a, tokenB, TOKEN_REFUSED, TOKEN_REFUSED_COMPLETE);
      expect([await tokenRows(server, a.id), await tokenRows(server, b.id)]).to.deep.equal([[true], [true]]);
    });

    it("refuses an expired token", async () => {
      const user = await buildUser(server);
      const token = await recoveryToken(server, user);
      await expireTokens(server, user.id);
      await expectAllRefused(user, token, TOKEN_REFUSED, TOKEN_REFUSED_COMPLETE);
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    });

    it("refuses a used token", async () => {
      const user = await buildUser(server);
      const token = await recoveryToken(server, user);
      expectSuccess(
        await post(url, recoverComplete(user.id), { body: extensionBody(token, user.publicKey!) }),
      );
      await expectAllRefused(user, token, TOKEN_REFUSED, TOKEN_REFUSED_COMPLETE);
    });

    it("refuses an unknown token, and a register (setup) token of an active user", async () => {
      const user = await buildUser(server);
      await expectAllRefused(user, randomUUID(), TOKEN_REFUSED, TOKEN_REFUSED_COMPLETE);
      const register = await server.db.tx((m) => issueToken(m, user.id, "register"));
      await expectAllRefused(user, register, TOKEN_REFUSED, TOKEN_REFUSED_COMPLETE);
      expect(await tokenRows(server, user.id, "register")).to.deep.equal([false, true]);
    });

    it("answers 400 without a token (complete, abort)", async () => {
      const user = await buildUser(server);
      await recoveryToken(server, user);
      for (const path of [recoverComplete(user.id), recoverAbort(user.id)])
        expectError(
          await post(url, path, { body: { gpgkey: { armored_key: user.publicKey! } } }),
          400,
          "An authentication token should be provided.",
        );
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    });
  });

  describe("the user", () => {
    it("refuses an invited (inactive), a deleted and a disabled user, even with a recover token", async () => {
      for (const state of ["inactive", "deleted", "disabled"] as const) {
        const user = await buildUser(server, { state });
        const token = await plantRecoverToken(server, user.id);
        await expectAllRefused(user, token, USER_REFUSED, USER_REFUSED);
        expect(await tokenRows(server, user.id), state).to.deep.equal([true]);
      }
    });

    it("refuses an unknown user id", async () => {
      const user = await buildUser(server);
      const token = await recoveryToken(server, user);
      const ghost = { ...user, id: randomUUID() };
      await expectAllRefused(ghost, token, USER_REFUSED, USER_REFUSED);
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    });
  });

  describe("malformed input", () => {
    it("answers 400 with the field tree for ids and tokens that are not UUIDs", async () => {
      const user = await buildUser(server);
      const token = await recoveryToken(server, user);
      const badId = await get(url, recoverStart("not-a-uuid", token));
      expectError(badId, 400);
      expect(badId.json.body).to.have.nested.property("userId.uuid");
      const badToken = await get(url, recoverStart(user.id, "nope"));
      expectError(badToken, 400);
      expect(badToken.json.body).to.have.nested.property("token.uuid");
      expectError(await get(url, `/setup/recover/${user.id}/nope.json`), 400);
      for (const path of [recoverComplete("not-a-uuid"), recoverAbort("not-a-uuid")])
        expectError(await post(url, path, { body: extensionBody(token, user.publicKey!) }), 400);
      const notUuid = await post(url, recoverComplete(user.id), {
        body: { authentication_token: { token: "nope" }, gpgkey: { armored_key: user.publicKey! } },
      });
      expectError(notUuid, 400);
      expect(notUuid.json.body).to.have.nested.property("authentication_token.token.uuid");
      const noKey = await post(url, recoverComplete(user.id), { body: { authentication_token: { token } } });
      expectError(noKey, 400);
      expect(noKey.json.body).to.have.nested.property("gpgkey._required");
      const twoTokens = await post(url, recoverComplete(user.id), {
        body: {
          authentication_token: { token },
          authenticationtoken: { token: randomUUID() },
          gpgkey: { armored_key: user.publicKey! },
        },
      });
      expectError(twoTokens, 400, TOKEN_REFUSED_COMPLETE);
      expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    });
  });
});

/**
 * Every key rule of src/crypto/keyRules.ts broken once, through the setup endpoint, so that the
 * answer (400, `gpgkey.armored_key.<rule>`) and the absence of any write are checked together.
 */
import { expect } from "chai";
import * as openpgp from "openpgp";
import { get, post } from "../../helpers/api.ts";
import { expectError } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { publicKeyArmored } from "../../helpers/cast.ts";
import { buildUser, makeKey, type BuiltUser } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { checkUserPublicKey } from "../../../src/crypto/keyRules.ts";
import { extensionBody, storedState } from "./setup.helpers.ts";

type KeyTree = { gpgkey: { armored_key: Record<string, string> } };
const DAY = 24 * 3600 * 1000;

describe("setup key rules (gpgkey.armored_key.<rule>)", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** Posts the key for a fresh inactive user; expects 400 with `rule` in the tree and no write. */
  async function expectRefused(
    rule: string,
    makeArmored: (user: BuiltUser) => Promise<string>,
  ): Promise<Record<string, string>> {
    const user = await buildUser(server, { state: "inactive" });
    const armored = await makeArmored(user);
    const res = await post(server.url, `/setup/complete/${user.id}.json`, {
      body: extensionBody(user.token, armored),
    });
    expectError(res, 400, "The OpenPGP key data is not valid.");
    const rules = (res.json.body as KeyTree).gpgkey.armored_key;
    expect(rules, JSON.stringify(rules)).to.have.property(rule);
    expect(rules[rule]).to.be.a("string").and.not.be.empty;
    expect(res.text, "the key is never echoed").not.to.include(armored.split("\n")[3] ?? "xx");
    const state = await storedState(server, user.id);
    expect(state).to.deep.include({ active: false, activeTokens: 1 });
    expect(state.keys).to.have.length(0);
    return rules;
  }

  const gen = (user: BuiltUser, opts: Record<string, unknown>) =>
    openpgp.generateKey({
      userIDs: [{ name: "Key Owner", email: user.username }],
      format: "armored",
      ...opts,
    });

  it("isValidKeySizeStrictRule: RSA 2048", async () => {
    await expectRefused(
      "isValidKeySizeStrictRule",
      async (u) => (await gen(u, { type: "rsa", rsaBits: 2048 })).publicKey,
    );
  });

  it("isNotExpiredRule: an expired key", async () => {
    const rules = await expectRefused(
      "isNotExpiredRule",
      async (u) =>
        (
          await gen(u, {
            type: "ecc",
            curve: "curve25519Legacy",
            date: new Date(Date.now() - 10 * DAY),
            keyExpirationTime: 24 * 3600,
          })
        ).publicKey,
    );
    expect(rules).to.have.keys("isNotExpiredRule");
  });

  it("isNotRevokedRule: a revoked key", async () => {
    await expectRefused("isNotRevokedRule", async (u) => {
      const { privateKey } = await gen(u, { type: "ecc", curve: "curve25519Legacy" });
      const key = await openpgp.readPrivateKey({ armoredKey: privateKey });
      return (await openpgp.revokeKey({ key, format: "armored" })).publicKey;
    });
  });

  it("isNotCreatedInTheFutureRule: a key dated ten days ahead", async () => {
    await expectRefused(
      "isNotCreatedInTheFutureRule",
      async (u) =>
        (
          await gen(u, {
            type: "ecc",
            curve: "curve25519Legacy",
            date: new Date(Date.now() + 10 * DAY),
          })
        ).publicKey,
    );
  });

  it("isV4KeyRule: a v6 key", async () => {
    await expectRefused(
      "isV4KeyRule",
      async (u) => (await gen(u, { type: "curve25519", config: { v6Keys: true } })).publicKey,
    );
  });

  it("isPublicKeyRule: a private key block", async () => {
    await expectRefused("isPublicKeyRule", async (u) => (await makeKey("Private", u.username)).privateKey);
  });

  it("hasMultipleMainPacketsRule: two armored blocks, and two keys in one block", async () => {
    await expectRefused("hasMultipleMainPacketsRule", async (u) => {
      const [a, b] = [await makeKey("One", u.username), await makeKey("Two", u.username)];
      return `${a.publicKey}\n${b.publicKey}`;
    });
    await expectRefused("hasMultipleMainPacketsRule", async (u) => {
      const keys = await Promise.all([makeKey("One", u.username), makeKey("Two", u.username)]);
      const parsed = await Promise.all(keys.map((k) => openpgp.readKey({ armoredKey: k.publicKey })));
      const bytes = parsed.flatMap((k) => [...k.toPacketList().write()]);
      return openpgp.armor(openpgp.enums.armor.publicKey, new Uint8Array(bytes));
    });
  });

  it("hasUserEmailRule: the user's email is not in any user id", async () => {
    await expectRefused(
      "hasUserEmailRule",
      async () => (await makeKey("Someone", "someone@elsewhere.test")).publicKey,
    );
  });

  it("isUniqueFingerprintRule: another cast member's key (betty's)", async () => {
    await expectRefused("isUniqueFingerprintRule", async () => publicKeyArmored("betty"));
  });

  it("isNotServerKeyFingerprintRule: the server's own key", async () => {
    const verify = await get<{ keydata: string }>(server.url, "/auth/verify.json");
    await expectRefused("isNotServerKeyFingerprintRule", async () => verify.json.body.keydata);
  });

  it("isParsableArmoredKeyRule: garbage, a truncated block, and a PGP message", async () => {
    await expectRefused("isParsableArmoredKeyRule", async () => "not a key at all");
    await expectRefused("isParsableArmoredKeyRule", async (u) => {
      const lines = (await makeKey("Cut", u.username)).publicKey.split("\n");
      return lines.slice(0, 4).join("\n") + "\n-----END PGP PUBLIC KEY BLOCK-----\n";
    });
    await expectRefused("isParsableArmoredKeyRule", async (u) => {
      const key = await openpgp.readKey({ armoredKey: (await makeKey("Msg", u.username)).publicKey });
      return openpgp.encrypt({ message: await openpgp.createMessage({ text: "x" }), encryptionKeys: key });
    });
  });

  it("isValidAlgorithmStrictRule: an ECDSA P-256 key", async () => {
    await expectRefused(
      "isValidAlgorithmStrictRule",
      async (u) => (await gen(u, { type: "ecc", curve: "nistP256" })).publicKey,
    );
  });

  it("hasEncryptionKeyRule: a signing-only Ed25519 key without subkey", async () => {
    await expectRefused(
      "hasEncryptionKeyRule",
      async (u) =>
        (
          await gen(u, {
            type: "ecc",
            curve: "curve25519Legacy",
            subkeys: [],
          })
        ).publicKey,
    );
  });
});

describe("keyRules.checkUserPublicKey()", () => {
  it("accepts a key created a few seconds ahead of the server clock (tolerated skew)", async () => {
    const { publicKey } = await makeKey("Fast Clock", "fast@watchword.test", {
      date: new Date(Date.now() + 20_000),
    });
    const check = await checkUserPublicKey(publicKey, { email: "FAST@watchword.test" });
    expect(check.ok, JSON.stringify(check)).to.equal(true);
  });

  it("matches the email case-insensitively and reports the user id carrying it", async () => {
    const { publicKey } = await openpgp.generateKey({
      type: "ecc",
      curve: "curve25519Legacy",
      userIDs: [
        { name: "Other", email: "other@x.test" },
        { name: "Mixed Case", email: "Mixed.Case@watchword.test" },
      ],
      format: "armored",
    });
    const check = await checkUserPublicKey(publicKey, { email: "mixed.case@WATCHWORD.test" });
    expect(check.ok).to.equal(true);
    expect(check.ok && check.info.uid).to.equal("Mixed Case <Mixed.Case@watchword.test>");
  });
});

/**
 * The organisation's providers, a user's setup as the extension drives it (the provisioning URI
 * in the exact form its pattern accepts), one use per code, removal, the admin reset (with its
 * mails), contain[is_mfa_enabled], and the tokens of a disabled or deleted user. Every endpoint:
 * bad bodies (400, field → rule → message) and the wrong user (403).
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { TOTP, Secret } from "otpauth";
import type { RunningServer } from "../../../src/server.ts";
import { AuditLogEntity } from "../../../src/db/entities/AuditLog.ts";
import { del, get, post, put } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { cast, seedCast } from "../../helpers/cast.ts";
import { repoRoot } from "../../helpers/env.ts";
import { runCli } from "../../helpers/proc.ts";
import { buildUser } from "../../helpers/factories.ts";
import { createSession } from "../../../src/domain/auth/sessions.service.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { gpgauthLogin, setCookies } from "../../helpers/gpgauthClient.ts";
import { sharedServer, startTestServer } from "../../helpers/server.ts";
import { recipientOf, startInbox, type Inbox } from "../../helpers/smtp.ts";
import { issueMfaToken, isValidMfaCookie } from "../../../src/domain/mfa/mfa.tokens.ts";
import {
  allowTotp,
  clearMfa,
  freshCode,
  raw,
  secretOf,
  setUpTotp,
  totpCode,
  withCookie,
} from "./mfa.helpers.ts";

type Json = Record<string, unknown>;

/** A cookie session of any user (the cast's sessionFor takes names only). */
async function sessionHeaders(server: RunningServer, userId: string): Promise<Record<string, string>> {
  const cookie = await createSession(server.db, server.deps.config, userId);
  const csrf = "c".repeat(128);
  return { cookie: `passbolt_session=${cookie}; csrfToken=${csrf}`, "x-csrf-token": csrf };
}
/** The extension's check of a provisioning URI: anchored, exactly issuer then secret. */
const EXTENSION_URI = /^otpauth:\/\/totp\/[^?]+\?issuer=[^&]+&secret=[A-Za-z0-9]+$/;

const audits = (server: RunningServer, action: string, targetId: string) =>
  server.db.read((m) => m.getRepository(AuditLogEntity).countBy({ action: action as never, targetId }));

describe("MFA settings and setup", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let ada: Credentials;
  let betty: Credentials;
  before(async () => {
    server = await sharedServer();
    await clearMfa(server);
    ada = await sessionFor(server, "ada");
    betty = await sessionFor(server, "betty");
  });
  after(async () => {
    await clearMfa(server);
    await server.db.read((m) => m.query("UPDATE users SET disabled = NULL WHERE id = ?", [cast.edith.id]));
  });

  it("organisation settings: admin only (403), bad bodies 400 with the rule, the /settings.json flag once TOTP is allowed", async () => {
    expectError(await get(server.url, "/mfa/settings.json", betty), 403);
    for (const send of [put, post])
      expectError(
        await send(server.url, "/mfa/settings.json", { ...betty, body: { providers: ["totp"] } }),
        403,
      );
    expectError(await get(server.url, "/mfa/settings.json"), 401);

    const missing = await put(server.url, "/mfa/settings.json", { ...ada, body: {} });
    expectError(missing, 400);
    expect(missing.json.body).to.deep.equal({ providers: { _required: "The providers is required." } });
    const yubikey = await put(server.url, "/mfa/settings.json", { ...ada, body: { providers: ["yubikey"] } });
    expectError(yubikey, 400);
    expect(yubikey.json.body).to.have.nested.property("providers.inList");
    const scalar = await put(server.url, "/mfa/settings.json", { ...ada, body: { providers: "totp" } });
    expectError(scalar, 400);
    expect(scalar.json.body).to.have.property("providers");

    const flag = async () =>
      (await get<{ passbolt: { plugins: Json } }>(server.url, "/settings.json", betty)).json.body.passbolt
        .plugins.multiFactorAuthentication;
    expect(await flag()).to.equal(undefined);
    // what Passbolt's admin page posts
    const saved = await post<Json>(server.url, "/mfa/settings.json", {
      ...ada,
      body: { providers: ["totp"], yubikey: {}, duo: {} },
    });
    expectSuccess(saved);
    expect(saved.json.body).to.deep.equal({ providers: ["totp"] });
    expect((await get<Json>(server.url, "/mfa/settings.json", ada)).json.body).to.deep.equal({
      providers: ["totp"],
    });
    expect(await flag()).to.deep.equal({ version: "1.1.0", enabled: true });
    const off = await put<Json>(server.url, "/mfa/settings.json", {
      ...ada,
      body: { providers: { totp: false } },
    });
    expect(off.json.body).to.deep.equal({ providers: [] });
    // an empty list is refused, as Passbolt does; the object form above is how to allow none
    const empty = await put(server.url, "/mfa/settings.json", { ...ada, body: { providers: [] } });
    expectError(empty, 400);
    expect(empty.json.body).to.have.nested.property("providers.notEmpty");
    expect(await flag()).to.equal(undefined);
    expectError(await get(server.url, "/mfa/setup/totp.json", betty), 400, /not enabled/);
    const on = await put<Json>(server.url, "/mfa/settings.json", {
      ...ada,
      body: { providers: { totp: true } },
    });
    expect(on.json.body).to.deep.equal({ providers: ["totp"] });
  });

  it("setup: a new secret per GET in the extension's exact URI form; bad bodies 400; the code checked before anything is stored", async () => {
    await allowTotp(server);
    const s = await gpgauthLogin(server.url, "carol");
    const setupsBefore = await audits(server, "mfa.setup", cast.carol.id);
    const select = await get<Json>(server.url, "/mfa/setup/select.json", { headers: s.headers });
    expect(select.json.body).to.deep.equal({
      MfaOrganizationSettings: { totp: true, yubikey: false, duo: false },
      MfaAccountSettings: { totp: false, yubikey: false, duo: false },
    });
    const uris: string[] = [];
    for (let i = 0; i < 2; i++)
      uris.push(
        (
          await get<{ otpProvisioningUri: string }>(server.url, "/mfa/setup/totp.json", {
            headers: s.headers,
          })
        ).json.body.otpProvisioningUri,
      );
    expect(uris[0]).not.to.equal(uris[1]);
    const issuer = new URL(server.deps.config.appUrl).hostname;
    for (const uri of uris) {
      expect(uri).to.match(EXTENSION_URI);
      const secret = secretOf(uri);
      expect(secret).to.match(/^[A-Z2-7]{52}$/); // 32 bytes, base32 without padding
      expect(uri).to.equal(
        `otpauth://totp/${encodeURIComponent(`${issuer}:${cast.carol.username}`)}?issuer=${encodeURIComponent(issuer)}&secret=${secret}`,
      );
    }
    const uri = uris[1]!;
    const secret = secretOf(uri);

    const empty = await post(server.url, "/mfa/setup/totp.json", { headers: s.headers, body: {} });
    expectError(empty, 400);
    expect(empty.json.body).to.deep.equal({
      otpProvisioningUri: { _required: "The otpProvisioningUri is required." },
      totp: { _required: "The totp is required." },
    });
    const letters = await post(server.url, "/mfa/setup/totp.json", {
      headers: s.headers,
      body: { otpProvisioningUri: uri, totp: "12ab56" },
    });
    expect(letters.json.body).to.have.nested.property("totp.format");
    const short = await post(server.url, "/mfa/setup/totp.json", {
      headers: s.headers,
      body: { otpProvisioningUri: uri, totp: "123" },
    });
    expect(short.json.body).to.have.nested.property("totp.minLength");
    const wrongCode = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    const wrong = await post(server.url, "/mfa/setup/totp.json", {
      headers: s.headers,
      body: { otpProvisioningUri: uri, totp: wrongCode },
    });
    expectError(wrong, 400);
    expect(wrong.json.body).to.deep.equal({ totp: { isValidOtp: "This OTP is not valid." } });
    // a library's default URI (algorithm, digits, period appended) and another user's label: refused
    const library = new TOTP({
      issuer,
      label: cast.carol.username,
      secret: Secret.fromBase32(secret),
    }).toString();
    const otherUser = uri.replace(
      encodeURIComponent(cast.carol.username),
      encodeURIComponent(cast.betty.username),
    );
    for (const bad of [library, otherUser, `${uri}&period=30`, uri.replace(/secret=.*/, "secret=ABCDEFGH")]) {
      const res = await post(server.url, "/mfa/setup/totp.json", {
        headers: s.headers,
        body: { otpProvisioningUri: bad, totp: totpCode(secret) },
      });
      expectError(res, 400);
      expect(res.json.body, bad).to.have.nested.property("otpProvisioningUri.isValidOtpProvisioningUri");
    }
    expect(
      await server.db.read((m) => m.query("SELECT * FROM mfa_accounts WHERE user_id = ?", [cast.carol.id])),
    ).to.have.length(0);

    const ok = await post<Json>(server.url, "/mfa/setup/totp.json", {
      headers: s.headers,
      body: { otpProvisioningUri: uri, totp: totpCode(secret) },
    });
    expectSuccess(ok);
    expect(ok.json.body.verified).to.be.a("string");
    // the extension's very next call is not refused: the answer set the cookie
    const mfa = `passbolt_mfa=${setCookies(ok).passbolt_mfa}`;
    const after = await get<Json>(
      server.url,
      "/mfa/setup/totp.json",
      withCookie({ headers: s.headers }, mfa),
    );
    expect(after.json.body).to.deep.equal({ verified: ok.json.body.verified });
    const again = await post(server.url, "/mfa/setup/totp.json", {
      ...withCookie({ headers: s.headers }, mfa),
      body: { otpProvisioningUri: uri, totp: totpCode(secret) },
    });
    expectError(again, 400, /already set up/);
    const [row] = (await server.db.read((m) =>
      m.query("SELECT secret FROM mfa_accounts WHERE user_id = ?", [cast.carol.id]),
    )) as { secret: string }[];
    expect(row!.secret).to.match(/^watchword-mfa:v1:/);
    expect(row!.secret).not.to.include(secret);
    expect(await audits(server, "mfa.setup", cast.carol.id)).to.equal(setupsBefore + 1);
  });

  it("a code is used once: the same code again is refused, the next step's code passes once", async () => {
    const s = await gpgauthLogin(server.url, "betty");
    const { secret, code: used, at } = await setUpTotp(server, { headers: s.headers });
    const login = await gpgauthLogin(server.url, "betty");
    const replay = await post(server.url, "/mfa/verify/totp.json", {
      headers: login.headers,
      body: { totp: used },
    });
    expectError(replay, 400);
    expect(replay.json.body).to.deep.equal({ totp: { isValidOtp: "This OTP is not valid." } });
    const next = totpCode(secret, at + 30_000);
    expectSuccess(
      await post(server.url, "/mfa/verify/totp.json", { headers: login.headers, body: { totp: next } }),
    );
    const other = await gpgauthLogin(server.url, "betty");
    expectError(
      await post(server.url, "/mfa/verify/totp.json", { headers: other.headers, body: { totp: next } }),
      400,
    );
    // (other is used below as a credential: headers only)
    // two logins racing with one code (the step after): exactly one gets in
    const racers = await Promise.all([gpgauthLogin(server.url, "betty"), gpgauthLogin(server.url, "betty")]);
    const raced = await freshCode(server, "betty", secret);
    const answers = await Promise.all(
      racers.map((r) =>
        post(server.url, "/mfa/verify/totp.json", { headers: r.headers, body: { totp: raced } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 400]);
    expect(await audits(server, "mfa.verify.failure", cast.betty.id)).to.be.greaterThanOrEqual(2);
    expect(await audits(server, "mfa.verify.success", cast.betty.id)).to.be.greaterThanOrEqual(1);

    // removal by the user: the cookie stops working, and nothing is left to delete
    const removed = await raw(
      server,
      "DELETE",
      "/mfa/setup/totp.json",
      withCookie({ headers: other.headers }, "passbolt_mfa=x").headers,
    );
    expect(removed.status).to.equal(302); // gated: this session has not given its code (the cookie is not one)
    const verified = await post(server.url, "/mfa/verify/totp.json", {
      headers: other.headers,
      body: { totp: await freshCode(server, "betty", secret) },
    });
    const mfa = `passbolt_mfa=${setCookies(verified).passbolt_mfa}`;
    const gone = await del(server.url, "/mfa/setup/totp.json", withCookie({ headers: other.headers }, mfa));
    expectSuccess(gone);
    expect(gone.json.header.message).to.equal("The multi-factor authentication was removed.");
    expect(
      (await del(server.url, "/mfa/setup/totp.json", { headers: other.headers })).json.header.message,
    ).to.equal("Nothing to delete.");
    expect(await audits(server, "mfa.remove", cast.betty.id)).to.be.greaterThanOrEqual(1);
    const tokens = (await server.db.read((m) =>
      m.query(
        "SELECT COUNT(*) AS n FROM authentication_tokens WHERE user_id = ? AND type = ? AND active = ?",
        [cast.betty.id, "mfa", true],
      ),
    )) as { n: number | string }[];
    expect(Number(tokens[0]!.n)).to.equal(0);
  });

  it("contain[is_mfa_enabled] for administrators only", async () => {
    const list = await get<Json[]>(server.url, "/users.json?contain[is_mfa_enabled]=1", ada);
    expectSuccess(list);
    const byId = new Map(list.json.body.map((u) => [u.id, u.is_mfa_enabled]));
    expect(byId.get(cast.carol.id)).to.equal(true);
    expect(byId.get(cast.ada.id)).to.equal(false);
    const plain = await get<Json[]>(server.url, "/users.json?contain[is_mfa_enabled]=1", betty);
    expectSuccess(plain);
    expect(plain.json.body.every((u) => !("is_mfa_enabled" in u))).to.equal(true);
  });

  it("a disabled or deleted user's MFA tokens stop working", async () => {
    const s = await gpgauthLogin(server.url, "edith");
    const { secret } = await setUpTotp(server, { headers: s.headers });
    const login = await gpgauthLogin(server.url, "edith");
    const ok = await post(server.url, "/mfa/verify/totp.json", {
      headers: login.headers,
      body: { totp: await freshCode(server, "edith", secret), remember: 1 },
    });
    expectSuccess(ok);
    const remembered = `passbolt_mfa=${setCookies(ok).passbolt_mfa}`;
    const path = `/users/${cast.edith.id}.json`;
    expectSuccess(
      await put(server.url, path, { ...ada, body: { disabled: new Date(Date.now() - 1000).toISOString() } }),
    );
    expectError(
      await get(server.url, "/users/me.json", withCookie({ headers: login.headers }, remembered)),
      401,
    );
    expectSuccess(await put(server.url, path, { ...ada, body: { disabled: null } }));
    const back = await gpgauthLogin(server.url, "edith");
    const res = await raw(
      server,
      "GET",
      "/users/me.json",
      withCookie({ headers: back.headers }, remembered).headers,
    );
    expect(res.status, "the remembered cookie did not survive the disabling").to.equal(302);

    // a deleted user: the secret is removed with them, the tokens are deactivated
    const temp = await buildUser(server);
    const tempCreds = { headers: await sessionHeaders(server, temp.id) };
    const own = await setUpTotp(server, tempCreds);
    expectSuccess(await del(server.url, `/users/${temp.id}.json`, ada));
    expect(await server.db.read((m) => isValidMfaCookie(m, temp.id, own.mfaCookie, "x"))).to.equal(false);
    expect(
      await server.db.read((m) => m.query("SELECT user_id FROM mfa_accounts WHERE user_id = ?", [temp.id])),
    ).to.have.length(0);

    // tokens of a user disabled or deleted since (the cast's ursula and sofia) are not valid
    for (const name of ["ursula", "sofia"] as const) {
      const token = await server.db.tx((m) =>
        issueMfaToken(m, cast[name].id, { remember: true, binding: "x", userAgent: "test" }),
      );
      expect(await server.db.read((m) => isValidMfaCookie(m, cast[name].id, token, "x")), name).to.equal(
        false,
      );
    }
  });
});

describe("MFA reset by an administrator (with mail)", function () {
  this.timeout(60_000);
  let inbox: Inbox;
  let server: RunningServer;
  before(async () => {
    inbox = await startInbox();
    server = await startTestServer({ SMTP_URL: inbox.url, MAIL_SEND_INTERVAL_SECONDS: "1" });
    await clearMfa(server);
    await allowTotp(server);
  });
  after(async () => {
    await clearMfa(server);
    await server?.close();
    await inbox?.close();
  });

  it("403 for another user's id without admin, 400 for a bad or unknown id; the admin's reset ends the user's cookie and mails the user and admins", async () => {
    const s = await gpgauthLogin(server.url, "carol");
    const { mfaCookie } = await setUpTotp(server, { headers: s.headers });
    const carolMfa = withCookie({ headers: s.headers }, `passbolt_mfa=${mfaCookie}`);
    const betty = await sessionFor(server, "betty");
    const ada = await sessionFor(server, "ada");
    expectError(await del(server.url, `/mfa/setup/${cast.carol.id}.json`, betty), 403);
    const bad = await del(server.url, "/mfa/setup/not-a-uuid.json", ada);
    expectError(bad, 400);
    expect(bad.json.body).to.have.nested.property("id.uuid");
    expectError(
      await del(server.url, "/mfa/setup/2f1a4a36-5d0b-4c62-9d59-3b8e1f0a7c11.json", ada),
      400,
      "The user does not exist.",
    );
    expectSuccess(await get(server.url, "/users/me.json", carolMfa));

    const reset = await del(server.url, `/mfa/setup/${cast.carol.id}.json`, ada);
    expectSuccess(reset);
    expect(reset.json.header.message).to.equal("The multi-factor authentication settings were reset.");
    expect((await del(server.url, `/mfa/setup/${cast.carol.id}.json`, ada)).json.header.message).to.equal(
      "Nothing to delete.",
    );
    // not required any more: carol passes without a code; her old cookie names no active token
    const tokens = (await server.db.read((m) =>
      m.query(
        "SELECT COUNT(*) AS n FROM authentication_tokens WHERE user_id = ? AND type = ? AND active = ?",
        [cast.carol.id, "mfa", true],
      ),
    )) as { n: number | string }[];
    expect(Number(tokens[0]!.n)).to.equal(0);
    expect(await audits(server, "mfa.reset", cast.carol.id)).to.be.greaterThanOrEqual(1);

    await server.deps.mailSender!.runOnce();
    await server.deps.mailSender!.runOnce();
    const mails = inbox.mails.filter((m) => /multi-factor authentication/i.test(m.subject ?? ""));
    const to = mails.map(recipientOf).sort();
    expect(to).to.include(cast.carol.username);
    expect(to).not.to.include(cast.ada.username); // the admin who reset it
    expect(mails.every((m) => !(m.text ?? "").match(/[A-Z2-7]{52}/))).to.equal(true);

    // the user may reset their own
    const again = await gpgauthLogin(server.url, "carol");
    const own = await setUpTotp(server, { headers: again.headers });
    const self = await del(
      server.url,
      `/mfa/setup/${cast.carol.id}.json`,
      withCookie({ headers: again.headers }, `passbolt_mfa=${own.mfaCookie}`),
    );
    expectSuccess(self);
    expect(self.json.header.message).to.equal("The multi-factor authentication settings were reset.");
  });
});

describe("TOTP secrets at rest with SERVER_KEY_PASSPHRASE", function () {
  this.timeout(120_000);
  // Test-only passphrases; a database file of its own (the shared one's keys stay plain).
  const PASSPHRASE = "test-only server key passphrase";
  const file = path.join(repoRoot, "var", "test", `mfa-sealed-${process.pid}.sqlite`);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
  let server: RunningServer | undefined;
  before(remove);
  after(async () => {
    await server?.close();
    remove();
  });

  it("the data key is sealed with the passphrase like the server keys, re-sealed by server-key passphrase, and the secret opens after a restart", async () => {
    const env = { DATABASE_URL: `sqlite:${file}`, SERVER_KEY_PASSPHRASE: PASSPHRASE };
    server = await startTestServer(env);
    await seedCast(server.db);
    await allowTotp(server);
    const carol = await sessionFor(server, "carol");
    const { secret } = await setUpTotp(server, carol);
    const keys = (await server.db.read((m) =>
      m.query("SELECT kind, private_key FROM server_keys ORDER BY kind"),
    )) as {
      kind: string;
      private_key: string;
    }[];
    expect(keys.map((k) => k.kind)).to.deep.equal(["jwt", "mfa", "openpgp"]);
    for (const k of keys) expect(k.private_key, k.kind).to.match(/^watchword-sealed:v1:scrypt:/);
    await server.close();
    server = undefined;

    const OTHER = "test-only another passphrase";
    const resealed = await runCli(
      ["server-key", "passphrase"],
      { DATABASE_URL: env.DATABASE_URL, SERVER_KEY_PASSPHRASE: PASSPHRASE },
      30_000,
      `${OTHER}\n`,
    );
    expect(resealed.code, resealed.stderr).to.equal(0);
    expect(resealed.stdout).to.include("(jwt, mfa, openpgp)");

    server = await startTestServer({ ...env, SERVER_KEY_PASSPHRASE: OTHER });
    const login = await sessionFor(server, "carol");
    expectSuccess(
      await post(server.url, "/mfa/verify/totp.json", {
        ...login,
        body: { totp: await freshCode(server, "carol", secret) },
      }),
    );
  });
});

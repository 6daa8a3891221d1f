/**
 * E-mail through a real SMTP conversation: an smtp-server in this process receives what the
 * server's sender delivers, mailparser reads it as a mail client would. The invitation's link
 * completes a setup; recovery mails a working recovery link; nothing is queued for a change that
 * rolls back; an SMTP server that refuses, and a restart, lose nothing; two processes send each
 * mail once.
 */
import { expect } from "chai";
import type { ParsedMail } from "mailparser";
import { EmailQueueEntity } from "../../../src/db/entities/EmailQueue.ts";
import type { RunningServer } from "../../../src/server.ts";
import { get, post } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { makeKey, uniqueEmail } from "../../helpers/factories.ts";
import { startTestServer } from "../../helpers/server.ts";
import { recipientOf, startInbox, type Inbox } from "../../helpers/smtp.ts";
import { extensionBody } from "../setup/setup.helpers.ts";

const linkIn = (mail: ParsedMail, kind: "start" | "recover/start") => {
  const m = new RegExp(
    `(https?://[^\\s]+/setup/${kind}/([0-9a-f-]{36})/([0-9a-f-]{36}))(\\?case=[a-z-]+)?`,
  ).exec(mail.text ?? "");
  if (!m) throw new Error(`no ${kind} link in: ${mail.text}`);
  return { link: m[1]!, userId: m[2]!, token: m[3]!, query: m[4] ?? "" };
};

describe("e-mail through a real SMTP server", function () {
  this.timeout(60_000);
  let inbox: Inbox;
  let server: RunningServer;
  const env = () => ({
    SMTP_URL: inbox.url,
    MAIL_FROM: "Vault <vault@watchword.test>",
    INSTANCE_NAME: "Acme Vault",
    MAIL_SEND_INTERVAL_SECONDS: "1",
  });

  before(async () => {
    inbox = await startInbox();
    server = await startTestServer(env());
  });
  after(async () => {
    await server?.close();
    await inbox?.close();
  });

  const queued = async (): Promise<number> => {
    const [row] = await server.db.read((m) =>
      m.query("SELECT COUNT(*) AS n FROM email_queue WHERE sent IS NULL"),
    );
    return Number(row.n);
  };

  async function invite(username: string) {
    const res = await post<{ id: string }>(server.url, "/users.json", {
      ...(await sessionFor(server, "ada")),
      body: { username, profile: { first_name: "Grace", last_name: "Hopper" } },
    });
    expectSuccess(res);
    return res.json.body.id;
  }

  it("invites a new user: the mail's setup link works, and the admins hear that setup is done", async () => {
    const username = uniqueEmail("grace");
    const userId = await invite(username);
    const mail = await inbox.waitFor((m) => recipientOf(m) === username);
    expect(mail.subject).to.equal("[Acme Vault] You are invited: set up your account");
    expect(mail.from?.text).to.equal('"Vault" <vault@watchword.test>');
    expect(mail.html).to.be.a("string").and.include("<a href=");
    const { link, token } = linkIn(mail, "start");
    expect(link).to.equal(`${server.deps.config.appUrl}/setup/start/${userId}/${token}`);
    expect(mail.text).to.include("Ada"); // who invited them

    expectSuccess(await get(server.url, `/setup/start/${userId}/${token}.json`));
    const { publicKey } = await makeKey("Grace Hopper", username);
    expectSuccess(
      await post(server.url, `/setup/complete/${userId}.json`, { body: extensionBody(token, publicKey) }),
    );
    const toAda = await inbox.waitFor(
      (m) => recipientOf(m) === cast.ada.username && m.text!.includes(username),
    );
    expect(toAda.subject).to.equal("[Acme Vault] Grace Hopper finished setting up their account");

    // delivered mails keep no link: the bodies are blanked once sent
    const rows = (await server.db.read((m) =>
      m.query("SELECT text_body, html_body, sent FROM email_queue WHERE recipient = ?", [username]),
    )) as { text_body: string; html_body: string; sent: unknown }[];
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ text_body: "", html_body: "" });
    expect(rows[0]!.sent).not.to.equal(null);
  });

  it("mails an active user a recovery link that works (case kept), the same 200 for an unknown name", async () => {
    const before = inbox.mails.length;
    expectSuccess(
      await post(server.url, "/users/recover.json", {
        body: { username: cast.betty.username, case: "lost-passphrase" },
      }),
    );
    const mail = await inbox.waitFor(
      (m) => recipientOf(m) === cast.betty.username && /Recover/.test(m.subject ?? ""),
    );
    expect(mail.subject).to.equal("[Acme Vault] Recover your account");
    const { userId, token, query } = linkIn(mail, "recover/start");
    expect(userId).to.equal(cast.betty.id);
    expect(query).to.equal("?case=lost-passphrase");
    expectSuccess(await get(server.url, `/setup/recover/start/${userId}/${token}.json`));

    expectSuccess(
      await post(server.url, "/users/recover.json", { body: { username: "nobody@watchword.test" } }),
    );
    await server.deps.mailSender!.runOnce();
    expect(inbox.mails.length - before, "one mail only: none for the unknown name").to.equal(1);
  });

  it("mails a new setup link to a user who asks for recovery before finishing setup", async () => {
    const username = uniqueEmail("late");
    const userId = await invite(username);
    await inbox.waitFor((m) => recipientOf(m) === username);
    expectSuccess(await post(server.url, "/users/recover.json", { body: { username } }));
    await inbox.waitFor((m) => inbox.to(username).length === 2 && m === inbox.to(username)[1]);
    const [first, second] = inbox.to(username).map((m) => linkIn(m, "start"));
    expect(second!.userId).to.equal(userId);
    expect(second!.token).not.to.equal(first!.token);
    // both links work until one is used
    expectSuccess(await get(server.url, `/setup/start/${userId}/${first!.token}.json`));
    expectSuccess(await get(server.url, `/setup/start/${userId}/${second!.token}.json`));
  });

  it("queues nothing when the change is refused (a taken username)", async () => {
    await server.deps.mailSender!.runOnce();
    const [before] = await server.db.read((m) => m.query("SELECT COUNT(*) AS n FROM email_queue"));
    const res = await post(server.url, "/users.json", {
      ...(await sessionFor(server, "ada")),
      body: { username: cast.betty.username, profile: { first_name: "B", last_name: "B" } },
    });
    expectError(res, 400);
    const [after] = await server.db.read((m) => m.query("SELECT COUNT(*) AS n FROM email_queue"));
    expect(Number(after.n)).to.equal(Number(before.n));
  });

  it("keeps mails the SMTP server refuses, with the error, and sends them after a restart once it accepts", async () => {
    inbox.refuse = true;
    const username = uniqueEmail("refused");
    await invite(username);
    await server.deps.mailSender!.runOnce();
    const [row] = (await server.db.read((m) =>
      m.query("SELECT attempts, last_error, sent FROM email_queue WHERE recipient = ?", [username]),
    )) as { attempts: number; last_error: string; sent: unknown }[];
    expect(Number(row!.attempts)).to.equal(1);
    expect(row!.last_error).to.match(/451/);
    expect(row!.sent).to.equal(null);
    expect(await queued()).to.be.at.least(1);

    // a restart in between: the mail is in the database, not in a process
    await server.close();
    inbox.refuse = false;
    server = await startTestServer(env());
    // due now rather than after the 30 s back-off
    await server.db.read((m) =>
      m.getRepository(EmailQueueEntity).update({ recipient: username }, { sendAt: new Date(0) }),
    );
    await server.deps.mailSender!.runOnce();
    await inbox.waitFor((m) => recipientOf(m) === username);
    expect(inbox.to(username)).to.have.length(1);
  });

  it("sends each mail once with two server processes sending at the same time", async () => {
    const other = await startTestServer(env());
    try {
      const names = Array.from({ length: 12 }, () => uniqueEmail("twice"));
      for (const n of names) await invite(n);
      await Promise.all([
        server.deps.mailSender!.runOnce(),
        other.deps.mailSender!.runOnce(),
        server.deps.mailSender!.runOnce(),
        other.deps.mailSender!.runOnce(),
      ]);
      await inbox.waitFor(() => names.every((n) => inbox.to(n).length >= 1));
      await new Promise((r) => setTimeout(r, 1500)); // the timers' passes too
      for (const n of names) expect(inbox.to(n), n).to.have.length(1);
    } finally {
      await other.close();
    }
  });

  describe("GET|POST /settings/emails/notifications.json", () => {
    const path = "/settings/emails/notifications.json";

    it("answers the defaults and saves a subset for an admin; 403 for a user; 400 for a non-boolean", async () => {
      const ada = await sessionFor(server, "ada");
      const read = await get<Record<string, boolean>>(server.url, path, ada);
      expectSuccess(read);
      expect(read.json.body).to.include({
        send_user_create: true,
        send_password_create: false,
        show_uri: false,
      });
      expectError(await get(server.url, path, await sessionFor(server, "betty")), 403);
      expectError(
        await post(server.url, path, { ...(await sessionFor(server, "betty")), body: { show_uri: true } }),
        403,
      );

      const bad = await post<Record<string, Record<string, string>>>(server.url, path, {
        ...ada,
        body: { send_password_share: "maybe" },
      });
      expectError(bad, 400);
      expect(Object.keys(bad.json.body)).to.deep.equal(["send_password_share"]);

      const saved = await post<Record<string, boolean>>(server.url, path, {
        ...ada,
        body: { send_password_share: "0", show_uri: 1, unknown_key: true },
      });
      expectSuccess(saved);
      expect(saved.json.body).to.include({
        send_password_share: false,
        show_uri: true,
        sources_database: true,
      });
      expect(saved.json.body).not.to.have.property("unknown_key");
      await post(server.url, path, { ...ada, body: { send_password_share: true, show_uri: false } });
    });

    it("stops the invitation mail when send_user_create is off", async () => {
      const ada = await sessionFor(server, "ada");
      await post(server.url, path, { ...ada, body: { send_user_create: false } });
      try {
        const username = uniqueEmail("quiet");
        await invite(username);
        await server.deps.mailSender!.runOnce();
        expect(inbox.to(username)).to.have.length(0);
      } finally {
        await post(server.url, path, { ...ada, body: { send_user_create: true } });
      }
    });
  });
});

/**
 * The e-mail configuration and commands as an operator meets them: `watchword email test`
 * against a real SMTP server (accepting, then refusing), `email status`, a bad SMTP_URL that
 * stops the start in one line, and the start-up line saying whether mail is on.
 */
import { expect } from "chai";
import { runCli, startServerProcess } from "../../helpers/proc.ts";
import { recipientOf, startInbox, type Inbox } from "../../helpers/smtp.ts";

describe("watchword email, and SMTP_URL at start", function () {
  this.timeout(60_000);
  let inbox: Inbox;
  before(async () => {
    inbox = await startInbox();
  });
  after(async () => {
    await inbox?.close();
  });

  it("email test sends one mail now and prints the server's answer; a refusal exits 1 in one line", async () => {
    const ok = await runCli(["email", "test", "--to", "ops@watchword.test"], {
      SMTP_URL: inbox.url,
      INSTANCE_NAME: "Acme",
    });
    expect(ok.code, ok.stderr).to.equal(0);
    expect(ok.stdout).to.match(/^sent to ops@watchword\.test through smtp:\/\/127\.0\.0\.1:\d+\/?: 250/);
    const mail = await inbox.waitFor((m) => recipientOf(m) === "ops@watchword.test");
    expect(mail.subject).to.equal("[Acme] Test mail");

    inbox.refuse = true;
    try {
      const refused = await runCli(["email", "test", "--to", "ops@watchword.test"], { SMTP_URL: inbox.url });
      expect(refused.code).to.equal(1);
      expect(refused.stderr.trim().split("\n")).to.have.length(1);
      expect(refused.stderr).to.match(/not sent through smtp:\/\/127\.0\.0\.1:\d+\/?: 451/);
    } finally {
      inbox.refuse = false;
    }
    const off = await runCli(["email", "test", "--to", "ops@watchword.test"], { SMTP_URL: undefined });
    expect(off.code).to.equal(1);
    expect(off.stderr).to.include("e-mail is off: set SMTP_URL");
  });

  it("email status prints the outbox's counts, with the password of SMTP_URL masked", async () => {
    const res = await runCli(["email", "status"], {
      SMTP_URL: `smtp://mailer:s3cret-test-only@127.0.0.1:${inbox.port}`,
    });
    expect(res.code, res.stderr).to.equal(0);
    expect(res.stdout).to.match(
      /^mail: smtp:\/\/mailer:\*\*\*@127\.0\.0\.1:\d+\/?\nqueued \d+, failed \d+ \(gave up after 8 attempts\), sent \d+\n/,
    );
    expect(res.stdout + res.stderr).not.to.include("s3cret-test-only");
  });

  it("a bad SMTP_URL or an unreadable SMTP_PASSWORD_FILE stops the start in one line naming it", async () => {
    for (const [env, name] of [
      [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL"],
      [{ SMTP_URL: "not a url" }, "SMTP_URL"],
      [
        { SMTP_URL: "smtp://u@127.0.0.1:25", SMTP_PASSWORD_FILE: "/nonexistent/smtp-password" },
        "SMTP_PASSWORD_FILE",
      ],
    ] as const) {
      const res = await runCli(["serve"], env);
      expect(res.code, JSON.stringify(env)).to.equal(1);
      const lines = res.stderr.trim().split("\n");
      expect(lines, res.stderr).to.have.length(1);
      expect(lines[0]).to.include(name);
    }
  });

  it("says at start whether mail is on, without the SMTP password", async () => {
    for (const smtp of [undefined, `smtp://mailer:s3cret-test-only@127.0.0.1:${inbox.port}`]) {
      const proc = await startServerProcess({ SMTP_URL: smtp });
      try {
        const listening = proc.lines.map((l) => JSON.parse(l)).find((l) => l.msg === "listening");
        expect(listening.mail).to.match(smtp ? /^smtp:\/\/mailer:\*\*\*@127\.0\.0\.1/ : /^off: no SMTP_URL/);
        expect(proc.lines.join("\n")).not.to.include("s3cret-test-only");
      } finally {
        await proc.stop();
      }
    }
  });
});

import { expect } from "chai";
import { runCli } from "../helpers/proc.ts";
import { sharedServer } from "../helpers/server.ts";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

describe("watchword CLI", function () {
  this.timeout(60_000);

  it("prints usage with --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.include("register-user");
  });

  it("exits 1 with one clear line when DATABASE_URL is nonsense", async () => {
    const r = await runCli(["serve"], { DATABASE_URL: "nonsense" });
    expect(r.code).to.equal(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/^watchword: invalid configuration: DATABASE_URL: /);
    expect(r.stdout).to.equal("");
  });

  it("exits 1 naming PORT when it is not a number", async () => {
    const r = await runCli(["serve"], { PORT: "eighty" });
    expect(r.code).to.equal(1);
    expect(r.stderr.trim()).to.match(/^watchword: invalid configuration: PORT: must be a whole number/);
  });

  it("refuses an unknown command", async () => {
    const r = await runCli(["fly"]);
    expect(r.code, "a usage error").to.equal(2);
    expect(r.stderr).to.match(/unknown command "fly"/);
  });

  it("migrate applies nothing on an up-to-date database and says so", async () => {
    const r = await runCli(["migrate"]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal("database schema is up to date");
  });

  it("healthcheck reports database, migrations and server key", async () => {
    await sharedServer(); // the first start generates the server key
    const r = await runCli(["healthcheck"]);
    expect(r.code, r.stderr + r.stdout).to.equal(0);
    expect(r.stdout).to.match(/database connect: ok/);
    expect(r.stdout).to.match(/migrations current: ok/);
    expect(r.stdout).to.match(/server key: [0-9A-F]{40}/);
  });

  describe("register-user", () => {
    const email = `cli-${Date.now()}@example.com`;

    it("creates an inactive user and prints the setup link as the last line", async () => {
      const r = await runCli(
        [
          "register-user",
          "--username",
          email,
          "--first-name",
          "Grace",
          "--last-name",
          "Hopper",
          "--role",
          "admin",
        ],
        { APP_URL: "https://vault.example.com" },
      );
      expect(r.code, r.stderr).to.equal(0);
      const lines = r.stdout.trim().split("\n");
      expect(lines[lines.length - 1]).to.match(
        new RegExp(`^https://vault\\.example\\.com/setup/start/${UUID}/${UUID}$`),
      );
    });

    it("refuses a username that is already taken (any case)", async () => {
      const r = await runCli([
        "register-user",
        "--username",
        email.toUpperCase(),
        "--first-name",
        "G",
        "--last-name",
        "H",
      ]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/uniqueUsername/);
      expect(r.stdout).to.equal("");
    });

    it("refuses an invalid email and a bad role with the rule that failed", async () => {
      const r = await runCli([
        "register-user",
        "--username",
        "not-an-email",
        "--first-name",
        "G",
        "--last-name",
        "H",
        "--role",
        "root",
      ]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/"username":\{"email"/);
      expect(r.stderr).to.match(/"role":\{"inList"/);
    });

    it("setup-link reissues the link of an invited user; the old link stops working", async () => {
      const invited = `invited-${Date.now()}@example.com`;
      const first = await runCli([
        "register-user",
        "--username",
        invited,
        "--first-name",
        "I",
        "--last-name",
        "N",
      ]);
      const oldLink = first.stdout.trim().split("\n").pop()!;
      const again = await runCli(["setup-link", "--username", invited.toUpperCase()]);
      expect(again.code, again.stderr).to.equal(0);
      const newLink = again.stdout.trim().split("\n").pop()!;
      expect(newLink).to.match(new RegExp(`/setup/start/${UUID}/${UUID}$`));
      expect(newLink).not.to.equal(oldLink);
      const server = await sharedServer();
      const path = (link: string) => new URL(link).pathname + ".json";
      expect((await fetch(server.url + path(newLink))).status).to.equal(200);
      expect((await fetch(server.url + path(oldLink))).status).to.equal(400);
    });

    it("setup-link refuses an unknown user (active users get a recovery link: recover.cli.test.ts)", async () => {
      const unknown = await runCli(["setup-link", "--username", "nobody@example.com"]);
      expect(unknown.code).to.equal(1);
      expect(unknown.stderr).to.match(/No user has the username/);
    });

    it("refuses missing names", async () => {
      const r = await runCli(["register-user", "--username", "x@example.com"]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/first_name/);
    });
  });
});

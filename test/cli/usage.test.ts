/**
 * The command line as a person meets it: `--help` on every command prints its usage and changes
 * nothing (no database is even opened), a mistyped command gets a suggestion, and usage errors
 * (unknown command or option, missing argument) exit 2, failures 1.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import { runCli } from "../helpers/proc.ts";

const COMMANDS = [
  ["serve"],
  ["migrate"],
  ["healthcheck"],
  ["purge"],
  ["register-user"],
  ["setup-link"],
  ["audit", "verify"],
  ["backup"],
  ["email", "status"],
  ["email", "test"],
  ["server-key", "passphrase"],
  ["token"],
  ["throttle", "list"],
  ["throttle", "clear"],
];

describe("watchword usage: --help, suggestions, exit codes", function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-usage-"));
  const file = path.join(dir, "never-created.sqlite");
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints each command's help and exits 0 without touching any database", async () => {
    for (const [i, args] of COMMANDS.entries())
      for (const flag of i < 2 ? ["--help", "-h"] : ["--help"]) {
        const r = await runCli([...args, flag], { DATABASE_URL: `sqlite:${file}`, SMTP_URL: undefined });
        expect(r.code, `${args.join(" ")} ${flag}: ${r.stderr}`).to.equal(0);
        expect(r.stdout, args.join(" ")).to.include(`usage: watchword ${args[0]}`);
        expect(r.stdout, args.join(" ")).to.include(`  ${args[0]}`);
      }
    expect(fs.existsSync(file), "no database created or opened").to.equal(false);
    expect(fs.readdirSync(dir)).to.deep.equal([]);
  });

  it("suggests the command a typo was meant to be, exit 2", async () => {
    for (const [typo, meant] of [
      ["serv", "serve"],
      ["migrat", "migrate"],
      ["setuplink", "setup-link"],
      ["halthcheck", "healthcheck"],
    ]) {
      const r = await runCli([typo!], { DATABASE_URL: `sqlite:${file}` });
      expect(r.code, typo).to.equal(2);
      expect(r.stderr, typo).to.include(`unknown command "${typo}": did you mean "${meant}"?`);
    }
    const far = await runCli(["xyzzy"], { DATABASE_URL: `sqlite:${file}` });
    expect(far.code).to.equal(2);
    expect(far.stderr).not.to.include("did you mean");
    expect(fs.existsSync(file)).to.equal(false);
  });

  it("refuses unknown options and stray arguments with exit 2, before doing anything", async () => {
    for (const args of [
      ["migrate", "--force"],
      ["purge", "now"],
      ["register-user", "--nope"],
      ["setup-link", "--user", "a@b.c"],
      ["backup", "--to"],
    ]) {
      const r = await runCli(args, { DATABASE_URL: `sqlite:${file}` });
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).to.equal(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).to.have.length(1);
    }
    expect(fs.existsSync(file), "nothing ran").to.equal(false);
  });

  it("documents the exit codes in watchword --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.include("exit codes: 0 done, 1 the command failed");
  });
});

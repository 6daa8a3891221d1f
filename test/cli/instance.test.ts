/**
 * The CLI and the server agree on one instance (issue 23): a command run from another directory
 * finds the install's settings (`.env` beside package.json) and database, never creates a new
 * database by accident, and says on standard error which database and APP_URL it used.
 *
 * The commands run from a copy of the install (src, package.json, tsconfig.json, node_modules
 * linked) in a temporary folder, so the test can give that install a `.env` and a `var/` of its
 * own without touching the checkout's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import mysql from "mysql2/promise";
import { get } from "../helpers/api.ts";
import { isMysql, repoRoot, testDatabaseUrl } from "../helpers/env.ts";
import { runCli, type CliResult } from "../helpers/proc.ts";
import { sharedServer } from "../helpers/server.ts";
import { describeDatabase, loadConfig } from "../../src/config.ts";
import { buildDataSource } from "../../src/db/dataSource.ts";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

/** Every command but serve and migrate, with the arguments it needs to get as far as the database. */
const COMMANDS = (dir: string): string[][] => [
  ["register-user", "--username", "nobody@example.com", "--first-name", "No", "--last-name", "Body"],
  ["setup-link", "--username", "nobody@example.com"],
  ["healthcheck"],
  ["purge"],
  ["audit", "verify"],
  ["backup", "--to", path.join(dir, "copy.sqlite")],
  ["email", "status"],
  ["server-key", "passphrase", "--plain"],
  ["throttle", "list"],
];

const lines = (r: CliResult): string[] => r.stderr.trim().split("\n");

describe("watchword CLI: one instance with the server", function () {
  this.timeout(240_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-instance-"));
  const install = path.join(tmp, "install");
  const elsewhere = path.join(tmp, "elsewhere");
  const bin = path.join(install, "src", "bin", "watchword.mjs");
  const defaultDb = path.join(install, "var", "watchword.sqlite");
  const envFile = path.join(install, ".env");

  /** A command of the copied install, from another folder, with no setting in the environment. */
  const run = (args: string[], env: Record<string, string | undefined> = {}, cwd = elsewhere) =>
    runCli(
      args,
      {
        DATABASE_URL: undefined,
        WATCHWORD_ENV_FILE: undefined,
        APP_URL: undefined,
        SMTP_URL: undefined,
        ...env,
      },
      60_000,
      "",
      { cwd, bin },
    );

  before(() => {
    fs.mkdirSync(install);
    fs.mkdirSync(elsewhere);
    fs.cpSync(path.join(repoRoot, "src"), path.join(install, "src"), { recursive: true });
    for (const file of ["package.json", "tsconfig.json"])
      fs.copyFileSync(path.join(repoRoot, file), path.join(install, file));
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(install, "node_modules"), "dir");
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("without configuration, every command but serve and migrate refuses and creates no database", async () => {
    for (const args of COMMANDS(elsewhere)) {
      const r = await run(args);
      const what = `${args.join(" ")}: ${r.stderr}`;
      expect(r.code, what).to.equal(1);
      expect(r.stdout, what).to.equal("");
      expect(lines(r), what).to.have.length(2);
      expect(lines(r)[0], what).to.equal(
        `watchword: database sqlite:${defaultDb}, APP_URL http://127.0.0.1:0 (settings from the environment; there is no ${envFile})`,
      );
      expect(lines(r)[1], what).to.equal(
        `watchword: there is no SQLite database at ${defaultDb}, and this command does not create one: ` +
          `set DATABASE_URL to the server's database (in the environment or in ${envFile}), ` +
          `or run "node ${path.join(install, "src", "bin", "watchword.mjs")} migrate" to create a new instance there`,
      );
    }
    expect(fs.existsSync(path.join(install, "var")), "no database folder in the install").to.equal(false);
    expect(fs.readdirSync(elsewhere), "nothing in the working directory").to.deep.equal([]);
  });

  it("refuses a database no migration was ever applied to, and creates no table in it", async () => {
    const empty = path.join(tmp, "empty.sqlite");
    fs.writeFileSync(empty, "");
    const r = await run(["purge"], { DATABASE_URL: `sqlite:${empty}` });
    expect(r.code, r.stderr).to.equal(1);
    expect(lines(r)[1]).to.match(
      new RegExp(
        `^watchword: the database sqlite:${empty} holds no Watchword instance \\(no migration was ever applied\\)`,
      ),
    );
    const file = await buildDataSource({ kind: "sqlite", path: empty, synchronous: "full" }).initialize();
    const [{ n }] = await file.query("SELECT COUNT(*) AS n FROM sqlite_master");
    await file.destroy();
    expect(n, "no table created").to.equal(0);
    if (!isMysql) return;
    const url = new URL(testDatabaseUrl.replace(/^mariadb:/, "mysql:"));
    const name = `ww_empty_${process.pid}`;
    url.pathname = "/";
    const admin = await mysql.createConnection({ uri: url.toString() });
    try {
      await admin.query(`CREATE DATABASE ${name}`);
      url.pathname = `/${name}`;
      const mariadb = await run(
        ["register-user", "--username", "x@example.com", "--first-name", "X", "--last-name", "Y"],
        {
          DATABASE_URL: url.toString(),
        },
      );
      expect(mariadb.code, mariadb.stderr).to.equal(1);
      expect(lines(mariadb)[1]).to.include("holds no Watchword instance");
      const [tables] = await admin.query(`SHOW TABLES FROM ${name}`);
      expect(tables, "nothing created").to.deep.equal([]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  });

  it("resolves the default database against the install, not the working directory", async () => {
    const made = await run(["migrate"]);
    expect(made.code, made.stderr).to.equal(0);
    expect(lines(made)[0]).to.include(`database sqlite:${defaultDb}, `);
    expect(fs.existsSync(defaultDb), "created in the install").to.equal(true);
    expect(fs.readdirSync(elsewhere)).to.deep.equal([]);
    const again = await run(["purge"], {}, tmp);
    expect(again.code, again.stderr).to.equal(0);
    expect(again.stdout).to.match(/^purged: sessions 0/);
    fs.rmSync(path.join(install, "var"), { recursive: true, force: true });
  });

  it("with the install's .env, reaches the server's database and builds links from its APP_URL", async () => {
    const server = await sharedServer();
    fs.writeFileSync(
      envFile,
      `# as an operator writes it\nDATABASE_URL=${testDatabaseUrl}\nAPP_URL="https://vault.example.com"\n`,
    );
    const username = `instance-${Date.now()}@example.com`;
    const r = await run([
      "register-user",
      "--username",
      username,
      "--first-name",
      "Ida",
      "--last-name",
      "Env",
    ]);
    expect(r.code, r.stderr).to.equal(0);
    const database = describeDatabase(loadConfig({ DATABASE_URL: testDatabaseUrl }).database);
    expect(lines(r)).to.include(
      `watchword: database ${database}, APP_URL https://vault.example.com (settings from the environment and ${envFile})`,
    );
    const link = r.stdout.trim().split("\n").at(-1)!;
    const m = new RegExp(`^https://vault\\.example\\.com/setup/start/(${UUID})/(${UUID})$`).exec(link);
    expect(m, link).to.not.equal(null);
    // the running server knows the user and accepts the link's token
    const start = await get(server.url, `/setup/start/${m![1]}/${m![2]}.json`);
    expect(start.status).to.equal(200);

    // a variable in the environment wins over the file
    const other = await run(["setup-link", "--username", username], { APP_URL: "https://other.example.com" });
    expect(other.code, other.stderr).to.equal(0);
    expect(other.stdout.trim().split("\n").at(-1)).to.match(/^https:\/\/other\.example\.com\/setup\/start\//);

    // through a symbolic link on the PATH (/usr/local/bin/watchword): still the install's .env
    const onPath = path.join(tmp, "watchword");
    fs.symlinkSync(bin, onPath);
    const linked = await runCli(
      ["setup-link", "--username", username],
      { DATABASE_URL: undefined, WATCHWORD_ENV_FILE: undefined, APP_URL: undefined },
      60_000,
      "",
      { cwd: os.tmpdir(), bin: onPath },
    );
    expect(linked.code, linked.stderr).to.equal(0);
    expect(linked.stderr).to.include(`(settings from the environment and ${envFile})`);
    expect(linked.stdout.trim().split("\n").at(-1)).to.match(
      /^https:\/\/vault\.example\.com\/setup\/start\//,
    );
    fs.rmSync(envFile);
  });

  it("refuses, in one line, a WATCHWORD_ENV_FILE that cannot be read", async () => {
    const r = await run(["purge"], { WATCHWORD_ENV_FILE: "/nonexistent/watchword.env" });
    expect(r.code).to.equal(1);
    expect(lines(r)).to.deep.equal([
      'watchword: invalid configuration: WATCHWORD_ENV_FILE: cannot read "/nonexistent/watchword.env" (ENOENT)',
    ]);
  });
});

/**
 * `watchword backup --to FILE`: a consistent, checked copy of the SQLite database taken while
 * the server serves and writes; the copy serves as a database of its own (healthcheck passes,
 * the data is there). On MySQL/MariaDB it refuses, naming mysqldump.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { get } from "../helpers/api.ts";
import { sessionFor } from "../helpers/auth.ts";
import { isMysql } from "../helpers/env.ts";
import { buildUser } from "../helpers/factories.ts";
import { runCli } from "../helpers/proc.ts";
import { sharedServer } from "../helpers/server.ts";

describe("watchword backup", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let dir: string;
  before(async () => {
    server = await sharedServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-backup-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses without --to, and refuses to overwrite a file", async () => {
    const none = await runCli(["backup"]);
    expect(none.code, "a usage error").to.equal(2);
    expect(none.stderr).to.match(/backup needs --to FILE/);
    if (isMysql) return;
    const existing = path.join(dir, "existing.sqlite");
    fs.writeFileSync(existing, "keep me");
    const r = await runCli(["backup", "--to", existing]);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/exists; choose a new file name/);
    expect(fs.readFileSync(existing, "utf8")).to.equal("keep me");
  });

  it("copies the database while the server writes; the copy is a working database", async function () {
    if (isMysql) {
      const r = await runCli(["backup", "--to", path.join(dir, "x.sqlite")]);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/mysqldump --single-transaction/);
      return;
    }
    const before = await buildUser(server, { state: "inactive", firstName: "Backed", lastName: "Up" });
    const ada = await sessionFor(server, "ada");
    // keep the server busy writing (users, audit rows) during the copy
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        await buildUser(server);
        await get(server.url, "/users/me.json", ada);
        n++;
      }
      return n;
    })();
    const file = path.join(dir, "watchword-backup.sqlite");
    const r = await runCli(["backup", "--to", file]);
    writing = false;
    expect(await writer).to.be.greaterThan(0);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal(
      `backup written: ${file} (${fs.statSync(file).size} bytes, integrity ok)`,
    );
    expect(fs.readdirSync(dir).filter((f) => f.includes(".partial-"))).to.deep.equal([]);

    const health = await runCli(["healthcheck"], { DATABASE_URL: `sqlite:${file}` });
    expect(health.code, health.stdout + health.stderr).to.equal(0);
    expect(health.stdout).to.match(/migrations current: ok/);
    expect(health.stdout).to.match(/server key: [0-9A-F]{40}/);
    const again = await runCli(["setup-link", "--username", before.username], {
      DATABASE_URL: `sqlite:${file}`,
    });
    expect(again.code, again.stderr).to.equal(0);
    const audit = await runCli(["audit", "verify"], { DATABASE_URL: `sqlite:${file}` });
    expect(audit.code, audit.stdout + audit.stderr).to.equal(0);
  });
});

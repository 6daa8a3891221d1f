/**
 * SQLite on a disk that fills up, and on a read-only mount: a real 4 MiB tmpfs, a real server
 * over a socket. Every write refused while the disk is full answers 503 with Retry-After; every
 * write answered 200, before, during or after, is still there after a restart. A read-only file
 * or folder stops the start in one line that says so.
 */
import path from "node:path";
import { Writable } from "node:stream";
import { expect } from "chai";
import { createLogger } from "../../src/logger.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import { get, post } from "../helpers/api.ts";
import { sessionFor } from "../helpers/auth.ts";
import { seedCast } from "../helpers/cast.ts";
import { isMysql, testConfig } from "../helpers/env.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { runCli } from "../helpers/proc.ts";
import { encryptFor, RESOURCE_TYPES } from "../helpers/resourceFactories.ts";
import { mountTmpfs, type Tmpfs } from "../helpers/tmpfs.ts";

/** An in-process server whose log lines (warn and up) the test reads. */
async function serverOn(file: string, lines: Record<string, unknown>[]): Promise<RunningServer> {
  const config = testConfig({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: "warn", RETRY_AFTER_SECONDS: "7" });
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split("\n")) if (l) lines.push(JSON.parse(l));
      done();
    },
  });
  return startServer(config, createLogger(config.logLevel, sink));
}

describe("SQLite storage faults (a real tmpfs)", function () {
  this.timeout(120_000);
  let fs4: Tmpfs | undefined;

  before(function () {
    // the suite brings its own database file: once, in the SQLite pass, is enough
    if (isMysql) this.skip();
    fs4 = mountTmpfs("full", 4);
    if (!fs4) throw new Error("mounting a tmpfs needs root: run this suite as root (CI does)");
  });
  after(() => fs4?.unmount());

  it("answers 503 to every write while the disk is full; every write answered 200 survives a restart", async () => {
    const file = path.join(fs4!.dir, "full.sqlite");
    const lines: Record<string, unknown>[] = [];
    let server = await serverOn(file, lines);
    const acked: string[] = [];
    const refused: string[] = [];
    try {
      await seedCast(server.db);
      const auth = await sessionFor(server, "ada");
      const secret = await encryptFor("ada", "ada's password");
      const create = (name: string) =>
        post<{ id: string }>(server.url, "/resources.json", {
          ...auth,
          body: { name, resource_type_id: RESOURCE_TYPES["password-string"], secrets: [{ data: secret }] },
        });
      for (let i = 0; i < 3; i++) {
        const res = await create(`before-${i}`);
        expectSuccess(res);
        acked.push(res.json.body.id);
      }

      fs4!.fill();
      for (let i = 0; i < 5; i++) {
        const res = await create(`full-${i}`);
        expectError(res, 503, "The service is temporarily unavailable, try again later.");
        expect(res.headers.get("retry-after")).to.equal("7");
        refused.push(`full-${i}`);
      }
      // reading a secret records the read: refused too, never answered unrecorded
      expectError(await get(server.url, `/secrets/resource/${acked[0]}.json`, auth), 503);
      // reads that write nothing keep working
      expectSuccess(await get(server.url, `/resources/${acked[0]}.json`, auth));
      const faults = lines.filter((l) => l.level === 50 && l.cause === "disk full");
      expect(faults.length, "one error line per refused request").to.be.at.least(6);
      expect(faults[0]!.msg).to.equal("database refused the request: disk full (SQLITE_FULL)");
      expect(lines.some((l) => l.status === 500 || l.msg === "unhandled error")).to.equal(false);

      fs4!.free();
      for (let i = 0; i < 3; i++) {
        const res = await create(`after-${i}`);
        expectSuccess(res);
        acked.push(res.json.body.id);
      }
      expectSuccess(await get(server.url, `/secrets/resource/${acked[0]}.json`, auth));
    } finally {
      await server.close();
    }

    server = await serverOn(file, lines);
    try {
      const auth = await sessionFor(server, "ada");
      for (const id of acked) expectSuccess(await get(server.url, `/resources/${id}.json`, auth));
      const [gone] = await server.db.read((m) =>
        m.query(
          `SELECT COUNT(*) AS n FROM resources WHERE name IN (${refused.map(() => "?").join(", ")})`,
          refused,
        ),
      );
      expect(Number(gone.n), "no refused write half-stored").to.equal(0);
      const [check] = await server.db.read((m) => m.query("PRAGMA integrity_check"));
      expect(check.integrity_check).to.equal("ok");
    } finally {
      await server.close();
    }
  });

  it("stops at start, in one line naming it, on a read-only database file or folder", async () => {
    const file = path.join(fs4!.dir, "readonly.sqlite");
    const server = await serverOn(file, []);
    await server.close();
    fs4!.readOnly();
    for (const [target, what] of [
      [file, "folder"],
      [path.join(fs4!.dir, "new", "watchword.sqlite"), "nearest existing folder"],
    ] as const) {
      const t0 = Date.now();
      const res = await runCli(["serve"], { DATABASE_URL: `sqlite:${target}` });
      expect(res.code, res.stderr).to.equal(1);
      expect(Date.now() - t0, "no 30 s of retries").to.be.lessThan(10_000);
      const errorLines = res.stderr.trim().split("\n");
      expect(errorLines, res.stderr).to.have.length(1);
      expect(errorLines[0]).to.include(`the SQLite database ${target} is read-only: its ${what}`);
      expect(errorLines[0]).to.include("the file system is mounted read-only");
    }
  });
});

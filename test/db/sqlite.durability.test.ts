/**
 * The embedded SQLite database acknowledges a write only once it is on disk: WAL with
 * synchronous FULL, on the first start and on every later one (better-sqlite3 builds open an
 * existing WAL database with NORMAL, where a commit can be lost to a power cut or an OS crash).
 * SQLITE_SYNCHRONOUS=normal trades that for speed. Each test uses a file of its own.
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { repoRoot } from "../helpers/env.ts";
import { startTestServer } from "../helpers/server.ts";

describe("SQLite durability (PRAGMA synchronous)", function () {
  this.timeout(60_000);
  const file = path.join(repoRoot, "var", "test", `durability-${process.pid}.sqlite`);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
  before(remove);
  after(remove);

  const pragmas = async (server: RunningServer) => {
    const [sync] = (await server.db.read((m) => m.query("PRAGMA synchronous"))) as { synchronous: number }[];
    const [mode] = (await server.db.read((m) => m.query("PRAGMA journal_mode"))) as {
      journal_mode: string;
    }[];
    return { synchronous: Number(sync!.synchronous), journal: mode!.journal_mode };
  };

  it("is WAL with synchronous FULL on a new file and after a restart; NORMAL only when asked", async () => {
    const env = { DATABASE_URL: `sqlite:${file}` };
    for (const start of ["new file", "restart"]) {
      const server = await startTestServer(env);
      try {
        expect(await pragmas(server), start).to.deep.equal({ synchronous: 2, journal: "wal" });
      } finally {
        await server.close();
      }
    }
    const fast = await startTestServer({ ...env, SQLITE_SYNCHRONOUS: "normal" });
    try {
      expect(await pragmas(fast)).to.deep.equal({ synchronous: 1, journal: "wal" });
    } finally {
      await fast.close();
    }
  });
});

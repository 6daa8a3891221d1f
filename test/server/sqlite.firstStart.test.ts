/**
 * Several server processes started at the same moment on a brand-new SQLite file (the way a
 * process manager starts a pool): every one of them comes up, the schema is migrated once, and
 * they share one server key.
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { get } from "../helpers/api.ts";
import { repoRoot } from "../helpers/env.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";

describe("processes starting together on a new SQLite file", function () {
  this.timeout(120_000);

  for (let round = 1; round <= 2; round++)
    it(`round ${round}: three processes all start and agree on the schema and the server key`, async () => {
      const file = path.join(repoRoot, "var", "test", `first-start-${process.pid}-${round}.sqlite`);
      const remove = () => {
        for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      };
      remove();
      const env = { DATABASE_URL: `sqlite:${file}`, PORT: "0" };
      const started = await Promise.allSettled([1, 2, 3].map(() => startServerProcess(env)));
      const up = started.filter((s): s is PromiseFulfilledResult<ServerProcess> => s.status === "fulfilled");
      try {
        const failures = started
          .filter((s) => s.status === "rejected")
          .map((s) => String(s.reason).slice(0, 600));
        expect(failures, failures.join("\n---\n")).to.deep.equal([]);
        const fingerprints = new Set<string>();
        for (const p of up) {
          const health = await get<{
            database: { migrations_current: boolean };
            gpg: { fingerprint: string };
          }>(p.value.url, "/healthcheck.json");
          expect(health.status).to.equal(200);
          expect(health.json.body.database.migrations_current).to.equal(true);
          fingerprints.add(health.json.body.gpg.fingerprint);
        }
        expect(fingerprints.size).to.equal(1);
      } finally {
        await Promise.all(up.map((p) => p.value.stop()));
        remove();
      }
    });
});

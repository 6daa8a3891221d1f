/**
 * A wrong password or an unknown database stops the start at once, in one line naming the
 * cause (no 30 s of "database not reachable yet" retries). MariaDB pass.
 */
import { expect } from "chai";
import { isMysql, testDatabaseUrl } from "../helpers/env.ts";
import { runCli } from "../helpers/proc.ts";

describe("permanent database errors at start (MariaDB)", function () {
  this.timeout(60_000);
  before(function () {
    if (!isMysql) this.skip(); // runs in the MariaDB pass of .ci/run
  });

  const withUrl = (change: (u: URL) => void) => {
    const u = new URL(testDatabaseUrl.replace(/^mariadb:/, "mysql:"));
    change(u);
    return u.toString();
  };

  for (const [what, url, cause] of [
    [
      "a wrong password",
      () => withUrl((u) => ((u.username = "root"), (u.password = "wrong-test-only"))),
      "access denied",
    ],
    ["an unknown database", () => withUrl((u) => (u.pathname = "/watchword_no_such_db")), "unknown database"],
  ] as const)
    it(`stops at once on ${what}, naming it, without the password`, async () => {
      const res = await runCli(["serve"], { DATABASE_URL: url() });
      expect(res.code, res.stderr).to.equal(1);
      const lines = res.stderr.trim().split("\n");
      expect(lines, res.stderr).to.have.length(1);
      expect(lines[0]).to.include(cause);
      expect(res.stderr + res.stdout).not.to.include("wrong-test-only");
      expect(res.stdout, "no retries").not.to.include("database not reachable yet");
    });
});

/**
 * MariaDB turned read-only under a running server (`SET GLOBAL read_only=ON`, as on a primary
 * demoted during a failover). The server connects as a user without SUPER / READ ONLY ADMIN,
 * as in production: writes answer 503 with Retry-After and one error line naming read-only,
 * reads keep working, and writes work again once read_only is OFF, without a restart.
 */
import { expect } from "chai";
import mysql from "mysql2/promise";
import { get, post } from "../helpers/api.ts";
import { isMysql, testDatabaseUrl } from "../helpers/env.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";
import { encryptFor, RESOURCE_TYPES } from "../helpers/resourceFactories.ts";
import { startTestServer } from "../helpers/server.ts";
import { sessionFor } from "../helpers/auth.ts";

describe("MariaDB read-only under a running server", function () {
  this.timeout(90_000);
  const user = `ww_ro_${process.pid}`;
  const password = "test-only-password"; // test-only credential of a throwaway user
  let admin: mysql.Connection;
  let proc: ServerProcess;

  before(async function () {
    if (!isMysql) this.skip(); // runs in the MariaDB pass of .ci/run
    const url = new URL(testDatabaseUrl.replace(/^mariadb:/, "mysql:"));
    const database = url.pathname.slice(1);
    admin = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: "root",
      database,
    });
    for (const host of ["localhost", "127.0.0.1", "%"]) {
      await admin.query(`CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?`, [user, host, password]);
      await admin.query(`GRANT ALL PRIVILEGES ON \`${database}\`.* TO ?@?`, [user, host]);
    }
    const asUser = new URL(url.toString());
    asUser.username = user;
    asUser.password = password;
    proc = await startServerProcess({ DATABASE_URL: asUser.toString(), RETRY_AFTER_SECONDS: "5" });
  });

  after(async () => {
    if (!admin) return;
    await admin.query("SET GLOBAL read_only = OFF");
    await proc?.stop();
    for (const host of ["localhost", "127.0.0.1", "%"])
      await admin.query("DROP USER IF EXISTS ?@?", [user, host]);
    await admin.end();
  });

  it("answers writes 503 with Retry-After while read_only is ON, serves reads, and writes again after OFF", async () => {
    // credentials are made through an in-process server on the same database (root)
    const helper = await startTestServer();
    const auth = await sessionFor(helper, "ada");
    await helper.close();
    const secret = await encryptFor("ada", "ada's password");
    const create = (name: string) =>
      post<{ id: string }>(proc.url, "/resources.json", {
        ...auth,
        body: { name, resource_type_id: RESOURCE_TYPES["password-string"], secrets: [{ data: secret }] },
      });
    const before = await create(`before-read-only-${process.pid}`);
    expectSuccess(before);

    await admin.query("SET GLOBAL read_only = ON");
    try {
      for (let i = 0; i < 3; i++) {
        const res = await create(`during-read-only-${process.pid}-${i}`);
        expectError(res, 503, "The service is temporarily unavailable, try again later.");
        expect(res.headers.get("retry-after")).to.equal("5");
      }
      expectSuccess(await get(proc.url, `/resources/${before.json.body.id}.json`, auth));
      expectSuccess(await get(proc.url, "/resources.json", auth));
    } finally {
      await admin.query("SET GLOBAL read_only = OFF");
    }
    expectSuccess(await create(`after-read-only-${process.pid}`));

    await new Promise((r) => setTimeout(r, 200)); // the log lines of the last requests
    const lines = proc.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const faults = lines.filter((l) => l.level === 50 && l.cause === "read-only");
    expect(faults.length).to.be.at.least(3);
    expect(faults[0]!.msg).to.match(
      /^database refused the request: read-only \((ER_OPTION_PREVENTS_STATEMENT|ER_READ_ONLY_MODE)\)$/,
    );
    expect(lines.filter((l) => l.status === 500 || l.msg === "unhandled error")).to.deep.equal([]);
    expect(proc.child.exitCode, "no restart").to.equal(null);
    const [rows] = await admin.query("SELECT COUNT(*) AS n FROM resources WHERE name LIKE ?", [
      `during-read-only-${process.pid}-%`,
    ]);
    expect(Number((rows as { n: number }[])[0]!.n)).to.equal(0);
  });
});

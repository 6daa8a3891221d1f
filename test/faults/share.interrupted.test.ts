/**
 * Fault injection against a real MariaDB: a share of one resource with many users (one
 * permission and one secret each) is interrupted a hundred times, at varying moments, by
 * cutting the server's database connections. After each attempt the resource is either fully
 * shared (permissions AND secrets, secret holders == users with access) or untouched.
 *
 * Two ways to cut, alternating:
 *  - KILL CONNECTION <id>, issued from a second connection, of the connection that holds the
 *    share's open transaction, once it has written a random number of rows (always mid-way);
 *  - the TCP proxy in front of MariaDB dropping every connection at a random delay after the
 *    request was sent (lands before the transaction, during it, or after its commit).
 * The server is a real `watchword serve` child process whose DATABASE_URL goes through the proxy.
 */
import { expect } from "chai";
import mysql from "mysql2/promise";
import type { RunningServer } from "../../src/server.ts";
import { request } from "../helpers/api.ts";
import { sessionFor, type Credentials } from "../helpers/auth.ts";
import { cast } from "../helpers/cast.ts";
import { isMysql, testDatabaseUrl } from "../helpers/env.ts";
import { buildUser } from "../helpers/factories.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";
import { buildResource, encryptFor } from "../helpers/resourceFactories.ts";
import { sharedServer } from "../helpers/server.ts";
import { TcpProxy } from "../helpers/tcpProxy.ts";
import { holdersOf, usersWithAccess } from "../domain/share/share.helpers.ts";

const ATTEMPTS = 100;
const RECIPIENTS = 100;

const settle = <T>(p: Promise<T>): Promise<T | Error> => p.catch((err: unknown) => err as Error);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Attempt {
  how: "kill" | "drop-at-commit" | "drop";
  /**
   * What the database showed at the moment of the cut. For "drop" from INNODB_TRX, which MariaDB
   * refreshes at most every 100 ms: a short transaction may be missed, so "no transaction" there
   * means "not seen". rowsWritten -1: the transaction was there but INNODB_TRX not yet refreshed.
   */
  at: "no transaction" | "transaction open";
  rowsWritten: number;
  status: number;
  outcome: "untouched" | "shared";
}

describe("a share interrupted by lost database connections (MariaDB)", function () {
  this.timeout(240_000);
  let server: RunningServer;
  let proxy: TcpProxy;
  let proc: ServerProcess;
  let admin: mysql.Connection;
  let locker: mysql.Connection;
  let lockerId = 0;
  let ada: Credentials;
  let dbName: string;
  const recipients: string[] = [];
  const secrets: { user_id: string; data: string }[] = [];

  before(async function () {
    if (!isMysql) this.skip();
    this.timeout(120_000);
    server = await sharedServer();
    const target = new URL(testDatabaseUrl.replace(/^mariadb:/, "mysql:"));
    dbName = target.pathname.slice(1);
    admin = await mysql.createConnection(target.toString());
    locker = await mysql.createConnection(target.toString());
    lockerId = locker.threadId!;
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    await proxy.start();
    const viaProxy = new URL(target.toString());
    viaProxy.port = String(proxy.port);
    proc = await startServerProcess({ DATABASE_URL: viaProxy.toString(), RETRY_AFTER_SECONDS: "1" });
    ada = await sessionFor(server, "ada");
    for (let i = 0; i < RECIPIENTS; i++) {
      const u = await buildUser(server);
      recipients.push(u.id);
      // the ciphertext does not name the resource: the same ones serve every attempt
      secrets.push({ user_id: u.id, data: await encryptFor({ id: u.id, publicKey: u.publicKey }, "pw") });
    }
  });

  after(async () => {
    await proc?.stop();
    await proxy?.close();
    await admin?.end();
    await locker?.end();
  });

  const body = () => ({
    permissions: recipients.map((id) => ({ aro: "User", aro_foreign_key: id, type: 1 })),
    secrets,
  });

  /** The open transaction of the child server in our database (or of `thread`), if any. */
  async function openTransaction(thread?: number): Promise<{ thread: number; rows: number } | undefined> {
    const [rows] = await admin.query(
      `SELECT t.trx_mysql_thread_id AS thread, t.trx_rows_modified AS n
         FROM information_schema.INNODB_TRX t
         JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
        WHERE p.DB = ? AND p.ID NOT IN (CONNECTION_ID(), ?) AND (? IS NULL OR p.ID = ?)
        ORDER BY t.trx_rows_modified DESC LIMIT 1`,
      [dbName, lockerId, thread ?? null, thread ?? null],
    );
    const row = (rows as { thread: number; n: number }[])[0];
    return row && { thread: Number(row.thread), rows: Number(row.n) };
  }

  /** The connection id of the share waiting for the audit_log table lock. */
  async function waitForAuditInsert(pending: Promise<unknown>): Promise<number> {
    let settled = false;
    void pending.then(() => (settled = true));
    const deadline = Date.now() + 10_000;
    while (!settled && Date.now() < deadline) {
      const [rows] = await admin.query(
        `SELECT ID AS id FROM information_schema.PROCESSLIST
          WHERE DB = ? AND ID <> ? AND INFO LIKE 'INSERT INTO%audit_log%' AND STATE LIKE 'Waiting%lock%'`,
        [dbName, lockerId],
      );
      const row = (rows as { id: number }[])[0];
      if (row) return Number(row.id);
      await sleep(2);
    }
    throw new Error(`the share did not reach its audit insert (${settled ? "it answered" : "timeout"})`);
  }

  async function waitHealthy(): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const res = await fetch(`${proc.url}/healthcheck/status.json`);
      await res.text();
      if (res.status === 200) return;
      expect(res.status, "only 503 while recovering").to.equal(503);
      if (Date.now() > deadline) throw new Error("the server did not get its database back in 15 s");
      await sleep(50);
    }
  }

  async function share(resourceId: string) {
    return request(proc.url, "PUT", `/share/resource/${resourceId}.json`, { ...ada, body: body() });
  }

  it(`each of ${ATTEMPTS} interrupted shares of ${RECIPIENTS} secrets leaves the resource fully shared or untouched`, async () => {
    // uninterrupted shares, to time the random cuts (the last, warm one)
    let fullMs = 0;
    for (let k = 0; k < 3; k++) {
      const warm = await buildResource(server, { owner: "ada" });
      const started = Date.now();
      const ok = await share(warm.id);
      expect(ok.status, ok.json.header.message).to.equal(200);
      fullMs = Date.now() - started;
      expect(await holdersOf(server, warm.id)).to.deep.equal(await usersWithAccess(server, warm.id));
    }

    const results: Attempt[] = [];
    const t0 = Date.now();
    for (let i = 0; i < ATTEMPTS; i++) {
      const r = await buildResource(server, { owner: "ada" });
      const how: Attempt["how"] = (["kill", "drop-at-commit", "drop", "drop"] as const)[i % 4]!;
      const delay = Math.random() * fullMs * 1.3;
      let at: Attempt["at"] = "no transaction";
      let rowsWritten = 0;
      let pending: Promise<Awaited<ReturnType<typeof share>> | Error>;
      if (how === "drop") {
        pending = settle(share(r.id));
        await sleep(delay);
        const trx = await openTransaction();
        if (trx) [at, rowsWritten] = ["transaction open", trx.rows];
        proxy.disconnect();
      } else {
        // hold the share at its audit insert, after its permissions and secrets are written
        await locker.query("LOCK TABLES audit_log WRITE");
        try {
          pending = settle(share(r.id));
          const thread = await waitForAuditInsert(pending);
          // its INSERT INTO audit_log runs only after the permissions and secrets were written
          at = "transaction open";
          rowsWritten = (await openTransaction(thread))?.rows ?? -1;
          if (how === "kill") {
            await admin.query(`KILL CONNECTION ${thread}`);
          } else {
            await locker.query("UNLOCK TABLES");
            await sleep(Math.random() * 3);
            proxy.disconnect();
          }
        } finally {
          await locker.query("UNLOCK TABLES");
        }
      }
      const res = await pending;
      if (res instanceof Error) throw new Error(`attempt ${i}: the request failed: ${res.message}`);
      expect(res.status, `attempt ${i} (${how}): ${res.json.header.message}`).to.be.oneOf([200, 503]);
      proxy.reconnect();
      await waitHealthy();

      const perms = (await server.db.read((m) =>
        m.query("SELECT aro_foreign_key AS id, type FROM permissions WHERE aco_foreign_key = ?", [r.id]),
      )) as { id: string; type: number }[];
      const holders = await holdersOf(server, r.id);
      const access = await usersWithAccess(server, r.id);
      let outcome: Attempt["outcome"];
      if (perms.length === 1) {
        outcome = "untouched";
        expect(perms, `attempt ${i}: untouched permissions`).to.deep.equal([{ id: cast.ada.id, type: 15 }]);
        expect(holders, `attempt ${i}: untouched secrets`).to.deep.equal([cast.ada.id]);
        expect(res.status, `attempt ${i}: a 200 must have shared`).to.equal(503);
      } else {
        outcome = "shared";
        expect(perms.map((p) => p.id).sort(), `attempt ${i}: every permission`).to.deep.equal(
          [cast.ada.id, ...recipients].sort(),
        );
        expect(holders, `attempt ${i}: every secret`).to.deep.equal([cast.ada.id, ...recipients].sort());
        expect(holders, `attempt ${i}: holders == users with access`).to.deep.equal(access);
      }
      if (how === "kill")
        expect(outcome, `attempt ${i}: killed mid-transaction, rolled back`).to.equal("untouched");
      results.push({ how, at, rowsWritten, status: res.status, outcome });
    }
    const elapsed = Date.now() - t0;

    const count = (f: (a: Attempt) => boolean) => results.filter(f).length;
    const summary = {
      fullShareMs: fullMs,
      elapsedMs: elapsed,
      killedMidTransaction: count((a) => a.how === "kill" && a.at === "transaction open"),
      rowsWrittenWhenKilled: [...new Set(results.filter((a) => a.how === "kill").map((a) => a.rowsWritten))],
      randomDrops: Object.fromEntries(
        (["untouched", "shared"] as const).map((o) => [o, count((a) => a.how === "drop" && a.outcome === o)]),
      ),
      randomDropsSeenInTransaction: count((a) => a.how === "drop" && a.at === "transaction open"),
      droppedAtCommit: Object.fromEntries(
        (["untouched", "shared"] as const).map((o) => [
          o,
          count((a) => a.how === "drop-at-commit" && a.outcome === o),
        ]),
      ),
      duringTransactionRolledBack: count((a) => a.at === "transaction open" && a.outcome === "untouched"),
      afterCommit: count((a) => a.outcome === "shared"),
      afterCommitButAnswered503: count((a) => a.outcome === "shared" && a.status === 503),
      untouched: count((a) => a.outcome === "untouched"),
      statuses: Object.fromEntries(
        [...new Set(results.map((a) => a.status))].map((s) => [s, count((a) => a.status === s)]),
      ),
    };
    process.stdout.write(`      ${JSON.stringify(summary)}\n`);
    expect(summary.killedMidTransaction, "every KILL landed inside the transaction").to.equal(ATTEMPTS / 4);
    expect(summary.duringTransactionRolledBack, "some cuts landed inside the transaction").to.be.greaterThan(
      0,
    );
    expect(summary.untouched, "some shares were undone").to.be.greaterThan(0);
    expect(proc.child.exitCode, "the server kept running").to.equal(null);
    expect(proc.lines.join("\n")).not.to.match(/"status":500/);
  });
});

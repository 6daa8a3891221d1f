/**
 * A COMMIT or a ROLLBACK that fails (a fault injected through Db.faultHook, just before the
 * statement) must not leave the connection inside the transaction: the request answers 503, the
 * connection is discarded (SQLite: reopened; MariaDB: destroyed, never back in the pool), and
 * every later write is really committed: it is still there after a restart. Both databases.
 */
import { expect } from "chai";
import { AppError } from "../../src/http/errors.ts";
import { newId } from "../../src/db/ids.ts";
import type { RunningServer } from "../../src/server.ts";
import { post } from "../helpers/api.ts";
import { sessionFor } from "../helpers/auth.ts";
import { isMysql } from "../helpers/env.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { encryptFor, RESOURCE_TYPES } from "../helpers/resourceFactories.ts";
import { startTestServer } from "../helpers/server.ts";

/** What a failing disk says, in the words of the database under test. */
const ioError = () =>
  Object.assign(
    new Error("disk I/O error (injected)"),
    isMysql ? { errno: 1030, code: "ER_GET_ERRNO" } : { code: "SQLITE_IOERR_WRITE" },
  );

describe("a failed COMMIT or ROLLBACK (fault injected)", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let secret: string;
  const run = `${Date.now()}`;

  before(async () => {
    secret = await encryptFor("ada", "ada's password");
  });
  beforeEach(async () => {
    server = await startTestServer({ RETRY_AFTER_SECONDS: "4" });
  });
  afterEach(async () => {
    await server.close();
  });

  const create = async (name: string) =>
    post<{ id: string }>(server.url, "/resources.json", {
      ...(await sessionFor(server, "ada")),
      body: { name, resource_type_id: RESOURCE_TYPES["password-string"], secrets: [{ data: secret }] },
    });

  /** The names among `names` stored, read by a server started afresh on the same database. */
  async function storedAfterRestart(table: "resources" | "tags", column: string, names: string[]) {
    await server.close();
    server = await startTestServer();
    const rows = (await server.db.read((m) =>
      m.query(
        `SELECT ${column} AS name FROM ${table} WHERE ${column} IN (${names.map(() => "?").join(", ")})`,
        names,
      ),
    )) as { name: string }[];
    return rows.map((r) => r.name).sort();
  }

  /** Fails the next `phase` once (after the start's audit seal, which commits too). */
  async function failNext(phase: "COMMIT" | "ROLLBACK") {
    await server.deps.auditSealer.idle();
    let armed = true;
    server.db.faultHook = (p) => {
      if (p !== phase || !armed) return;
      armed = false;
      throw ioError();
    };
  }

  it("COMMIT: the request answers 503 with Retry-After, and the writes after it are committed", async () => {
    await failNext("COMMIT");
    const lost = await create(`commit-fault-${run}`);
    expectError(lost, 503, "The service is temporarily unavailable, try again later.");
    expect(lost.headers.get("retry-after")).to.equal("4");
    expect(server.db.stats.discarded).to.equal(1);
    const names = [1, 2, 3].map((i) => `after-commit-fault-${run}-${i}`);
    for (const name of names) expectSuccess(await create(name));
    expect(await storedAfterRestart("resources", "name", [`commit-fault-${run}`, ...names])).to.deep.equal(
      names,
    );
  });

  it("ROLLBACK: the unit answers 503, its write is gone, and the writes after it are committed", async () => {
    await failNext("ROLLBACK");
    const slug = `rollback-fault-${run}`;
    const err = await server.db
      .tx(async (m) => {
        await m.query("INSERT INTO tags (id, slug, is_shared) VALUES (?, ?, ?)", [newId(), slug, 0]);
        throw new Error("refused after a write");
      })
      .catch((e: unknown) => e);
    expect(err).to.be.instanceOf(AppError);
    expect((err as AppError).status).to.equal(503);
    expect((err as AppError).logDetail).to.match(/^ROLLBACK failed \(I\/O error\)/);
    const after = `after-rollback-fault-${run}`;
    expectSuccess(await create(after));
    expect(await storedAfterRestart("tags", "slug", [slug])).to.deep.equal([]);
    expect(await storedAfterRestart("resources", "name", [after])).to.deep.equal([after]);
  });

  it("SQLite: a write outside db.tx that leaves a transaction open is rolled back, answered 503, and the next write is committed", async function () {
    if (isMysql) this.skip(); // one connection per unit of work there: nothing shared to leave open
    const slug = `left-open-${run}`;
    const err = await server.db
      .read(async (m) => {
        await m.query("BEGIN");
        await m.query("INSERT INTO tags (id, slug, is_shared) VALUES (?, ?, ?)", [newId(), slug, 0]);
      })
      .catch((e: unknown) => e);
    expect((err as AppError).status).to.equal(503);
    const after = `after-left-open-${run}`;
    expectSuccess(await create(after));
    expect(await storedAfterRestart("tags", "slug", [slug])).to.deep.equal([]);
    expect(await storedAfterRestart("resources", "name", [after])).to.deep.equal([after]);
  });
});

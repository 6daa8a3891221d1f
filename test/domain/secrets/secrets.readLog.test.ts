import { expect } from "chai";
import type { EntityManager } from "typeorm";
import type { Db } from "../../../src/db/db.ts";
import type { RunningServer } from "../../../src/server.ts";
import { SecretReadLog, secretReadRows } from "../../../src/domain/secrets/secrets.readLog.ts";
import { verifyAuditChain } from "../../../src/domain/audit/audit.verify.ts";
import { verifyAccessToken, issueAccessToken } from "../../../src/domain/auth/jwt.tokens.ts";
import { get } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";

type Json = Record<string, unknown>;

const rowsFor = (server: RunningServer, table: "secret_accesses" | "audit_log", resourceId: string) =>
  server.db.read((m): Promise<Record<string, unknown>[]> =>
    table === "secret_accesses"
      ? m.query("SELECT user_id, secret_id FROM secret_accesses WHERE resource_id = ?", [resourceId])
      : m.query(
          "SELECT actor_id, action, request_id, data, client_ip FROM audit_log WHERE target_id = ? AND action = 'secret.read'",
          [resourceId],
        ),
  );

describe("secret reads under load (group commit of secret_accesses and audit_log)", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("leaves exactly one secret_accesses row and one sealed, verifying audit entry per concurrent read", async () => {
    const group = await buildGroup(server, { members: ["edith"] });
    const x = await buildResource(server, {
      owner: "ada",
      readers: ["betty"],
      groups: [{ id: group.id, type: 1, members: ["edith"] }],
    });
    const creds = {
      ada: await bearerFor(server, "ada"),
      betty: await sessionFor(server, "betty"),
      edith: await bearerFor(server, "edith"),
    };
    const who = ["ada", "betty", "edith"] as const;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const name = who[i % 3]!;
        return get<Json>(server.url, `/secrets/resource/${x.id}.json`, creds[name]).then((res) => ({
          name,
          res,
        }));
      }),
    );
    for (const { res } of answers) expectSuccess(res);
    // every answer carries its own reader's secret
    for (const { name, res } of answers) expect(res.json.body.user_id).to.equal(cast[name].id);

    const accesses = await rowsFor(server, "secret_accesses", x.id);
    expect(accesses).to.have.length(60);
    for (const name of who) expect(accesses.filter((a) => a.user_id === cast[name].id)).to.have.length(20);

    const audits = await rowsFor(server, "audit_log", x.id);
    expect(audits).to.have.length(60);
    // one entry per request, each with that request's id and its reader
    const byRequest = new Map(audits.map((a) => [a.request_id, a]));
    expect(byRequest.size).to.equal(60);
    for (const { name, res } of answers) {
      const entry = byRequest.get(res.json.header.id as string);
      expect(entry, `entry of ${res.json.header.id}`).to.not.equal(undefined);
      expect(entry!.actor_id).to.equal(cast[name].id);
      expect(entry!.client_ip).to.equal("127.0.0.1");
      expect(JSON.parse(entry!.data as string)).to.deep.equal({ secret_id: res.json.body.id });
    }

    await server.deps.auditSealer.idle();
    const [unsealed] = await server.db.read((m) =>
      m.query("SELECT COUNT(*) AS n FROM audit_log WHERE target_id = ? AND chain_pos IS NULL", [x.id]),
    );
    expect(Number(unsealed.n), "all sealed").to.equal(0);
    const report = await verifyAuditChain(server.db, { seal: false });
    expect(report.ok, report.problem?.message).to.equal(true);
  });

  it("answers 404 and logs nothing for the readers without access among concurrent readers", async () => {
    const x = await buildResource(server, { owner: "ada" });
    const ada = await bearerFor(server, "ada");
    const carol = await bearerFor(server, "carol");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        get(server.url, `/secrets/resource/${x.id}.json`, i % 2 ? carol : ada),
      ),
    );
    answers.forEach((res, i) =>
      i % 2 ? expectError(res, 404, "The secret does not exist.") : expectSuccess(res),
    );
    const accesses = await rowsFor(server, "secret_accesses", x.id);
    expect(accesses).to.have.length(10);
    expect(accesses.every((a) => a.user_id === cast.ada.id)).to.equal(true);
    expect(await rowsFor(server, "audit_log", x.id)).to.have.length(10);
  });
});

describe("SecretReadLog (src/domain/secrets/secrets.readLog.ts)", () => {
  /** A Db whose transactions run on a manager recording statements; `failOn` makes a row fail. */
  function fakeDb(failOn: Set<string>) {
    const committed: unknown[][] = [];
    let transactions = 0;
    const db = {
      isSqlite: true,
      tx: async <T>(fn: (m: EntityManager) => Promise<T>): Promise<T> => {
        transactions++;
        const pending: unknown[][] = [];
        const m = {
          connection: { options: { type: "better-sqlite3" } },
          query: async (_sql: string, params: unknown[]) => {
            if (params.some((p) => typeof p === "string" && failOn.has(p))) throw new Error("refused row");
            pending.push(params);
            return [];
          },
        } as unknown as EntityManager;
        const out = await fn(m);
        committed.push(...pending);
        return out;
      },
    } as unknown as Db;
    return { db, committed, transactions: () => transactions };
  }

  const secret = (n: number) => ({
    id: `secret-${n}`,
    userId: "u",
    resourceId: `resource-${n}`,
    data: "",
    created: new Date(),
    modified: new Date(),
    createdBy: null,
    modifiedBy: null,
    deleted: null,
    secretRevisionId: null,
  });

  it("commits the rows of requests waiting together in one transaction, and resolves each after it", async () => {
    const { db, committed, transactions } = fakeDb(new Set());
    const log = new SecretReadLog(db);
    await Promise.all(Array.from({ length: 10 }, (_, i) => log.write(secretReadRows("u", [secret(i)]))));
    expect(transactions()).to.equal(1);
    // one multi-row statement per table
    expect(committed).to.have.length(2);
    expect(committed[0]).to.have.length(10 * 5);
    expect(committed[1]).to.have.length(10 * 9);
  });

  const turn = () => new Promise((r) => setImmediate(r));

  it("waits for a read that is coming, which then shares the commit", async () => {
    const { db, committed, transactions } = fakeDb(new Set());
    const log = new SecretReadLog(db, { gatherMs: 60_000 });
    const handedOver = log.coming();
    const first = log.write(secretReadRows("u", [secret(1)]));
    for (let i = 0; i < 5; i++) await turn();
    expect(transactions(), "the commit waits for the read coming").to.equal(0);
    const second = log.write(secretReadRows("u", [secret(2)]));
    handedOver();
    await Promise.all([first, second]);
    expect(transactions()).to.equal(1);
    expect(committed[0]).to.have.length(2 * 5);
  });

  it("commits a read queued just as the previous commit resolved (no read left waiting)", async () => {
    const { db, transactions } = fakeDb(new Set());
    const log = new SecretReadLog(db);
    await log.write(secretReadRows("u", [secret(1)]));
    // queued in the microtask after the first commit resolved, while its worker was finishing
    await log.write(secretReadRows("u", [secret(2)]));
    expect(transactions()).to.equal(2);
  });

  it("waits at most gatherMs, and not at all for a read that failed", async () => {
    const { db, transactions } = fakeDb(new Set());
    const slow = new SecretReadLog(db, { gatherMs: 20 });
    slow.coming(); // a read that never hands anything over
    await slow.write(secretReadRows("u", [secret(1)]));
    expect(transactions()).to.equal(1);
    const log = new SecretReadLog(db, { gatherMs: 60_000 });
    const failed = log.coming();
    failed();
    failed(); // twice is once
    await log.write(secretReadRows("u", [secret(2)]));
    const other = log.coming();
    const third = log.write(secretReadRows("u", [secret(3)]));
    other();
    await third;
    expect(transactions()).to.equal(3);
  });

  it("fails only the request whose rows fail: the others are retried one by one and succeed", async () => {
    const { db, committed } = fakeDb(new Set(["secret-3"]));
    const log = new SecretReadLog(db);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => log.write(secretReadRows("u", [secret(i)]))),
    );
    expect(outcomes.map((o) => o.status)).to.deep.equal([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    // 4 requests, two statements each, nothing of the failed one
    expect(committed).to.have.length(8);
    expect(committed.flat()).to.not.include("secret-3");
  });
});

describe("access token verification cache (src/domain/auth/jwt.tokens.ts)", function () {
  this.timeout(20_000);

  it("refuses a remembered token once it expires, and under another issuer", async () => {
    const server = await sharedServer();
    const { jwtKeys, config } = server.deps;
    const shortLived = { ...config, accessTokenTtlSeconds: 1 };
    const token = await issueAccessToken(jwtKeys, shortLived, cast.ada.id);
    expect(await verifyAccessToken(jwtKeys, config, token)).to.equal(cast.ada.id);
    expect(await verifyAccessToken(jwtKeys, config, token), "remembered").to.equal(cast.ada.id);
    expect(await verifyAccessToken(jwtKeys, { ...config, appUrl: "https://other.example" }, token)).to.equal(
      undefined,
    );
    await new Promise((r) => setTimeout(r, 2100));
    expect(await verifyAccessToken(jwtKeys, config, token), "expired").to.equal(undefined);
    const res = await get(server.url, "/users/me.json", {
      headers: { authorization: `Bearer ${token}` },
    });
    expectError(res, 401);
  });

  it("refuses a token whose signature was altered, even after the genuine one was remembered", async () => {
    const server = await sharedServer();
    const { jwtKeys, config } = server.deps;
    const token = await issueAccessToken(jwtKeys, config, cast.ada.id);
    expect(await verifyAccessToken(jwtKeys, config, token)).to.equal(cast.ada.id);
    const [h, p, s] = token.split(".");
    const forged = `${h}.${p}.${s!.slice(0, -4)}${s!.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await verifyAccessToken(jwtKeys, config, forged)).to.equal(undefined);
  });
});

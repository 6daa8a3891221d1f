import { expect } from "chai";
import { recordAudit, recordAudits } from "../../../src/domain/audit/audit.service.ts";
import { entryHash, GENESIS_HASH, sealAuditChain } from "../../../src/domain/audit/audit.chain.ts";
import { verifyAuditChain } from "../../../src/domain/audit/audit.verify.ts";
import { AuditLogEntity, type AuditLog } from "../../../src/db/entities/AuditLog.ts";
import { AuditChainEntity } from "../../../src/db/entities/AuditChain.ts";
import { createLogger } from "../../../src/logger.ts";
import { openDatabase } from "../../../src/server.ts";
import type { Db } from "../../../src/db/db.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";
import { isMysql, testConfig } from "../../helpers/env.ts";
import { runCli } from "../../helpers/proc.ts";

const target = () => crypto.randomUUID();

async function write(db: Db, n: number, targetId = target()): Promise<string> {
  await db.tx((m) =>
    recordAudits(
      m,
      Array.from({ length: n }, (_, i) => ({
        action: "secret.read" as const,
        actorId: cast.ada.id,
        targetType: "Resource" as const,
        targetId,
        data: { n: i },
      })),
    ),
  );
  return targetId;
}

const rowsOf = (db: Db, targetId: string): Promise<AuditLog[]> =>
  db.read((m) => m.getRepository(AuditLogEntity).find({ where: { targetId }, order: { seq: "ASC" } }));

/** A raw row, to put back exactly what a test removed. */
async function rawRow(db: Db, chainPos: number): Promise<Record<string, unknown>> {
  const [row] = await db.read((m) => m.query("SELECT * FROM audit_log WHERE chain_pos = ?", [chainPos]));
  return row as Record<string, unknown>;
}

async function reinsert(db: Db, row: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(row);
  await db.read((m) =>
    m.query(
      `INSERT INTO audit_log (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
      cols.map((c) => row[c]),
    ),
  );
}

describe("audit hash chain (src/domain/audit/audit.chain.ts)", function () {
  this.timeout(60_000);

  it("seals committed entries in seq order: consecutive positions, each linked to the previous hash", async () => {
    const { db } = await sharedServer();
    const t = await write(db, 5);
    await sealAuditChain(db);
    const rows = await rowsOf(db, t);
    expect(rows.every((r) => r.chainPos !== null && r.hash?.length === 64)).to.equal(true);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.chainPos).to.equal(rows[i - 1]!.chainPos! + 1);
      expect(rows[i]!.prevHash).to.equal(rows[i - 1]!.hash);
    }
    for (const r of rows) expect(entryHash(r.chainPos!, r.prevHash!, r)).to.equal(r.hash);
    const report = await verifyAuditChain(db);
    expect(report.ok, report.problem?.message).to.equal(true);
    expect(report.head.hash).to.equal(
      (await db.read((m) => m.getRepository(AuditChainEntity).findOneByOrFail({ id: 1 }))).lastHash,
    );
  });

  it("leaves no fork when many transactions and sealers run at once", async () => {
    const { db } = await sharedServer();
    const t = target();
    await Promise.all([
      ...Array.from({ length: 20 }, () => write(db, 3, t)),
      ...Array.from({ length: 5 }, () => sealAuditChain(db)),
    ]);
    await sealAuditChain(db);
    const rows = await rowsOf(db, t);
    expect(rows).to.have.length(60);
    expect(new Set(rows.map((r) => r.chainPos)).size).to.equal(60);
    const report = await verifyAuditChain(db);
    expect(report.ok, report.problem?.message).to.equal(true);
  });

  (isMysql ? it : it.skip)(
    "keeps one chain when two connection pools (two processes) seal at once",
    async () => {
      const config = testConfig();
      const other = await openDatabase(config, createLogger("silent"));
      try {
        const { db } = await sharedServer();
        const t = target();
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            write(i % 2 ? db : other, 4, t).then(() => sealAuditChain(i % 2 ? other : db)),
          ),
        );
        await Promise.all([sealAuditChain(db), sealAuditChain(other)]);
        const report = await verifyAuditChain(db);
        expect(report.ok, report.problem?.message).to.equal(true);
        expect((await rowsOf(db, t)).every((r) => r.chainPos !== null)).to.equal(true);
      } finally {
        await other.dataSource.destroy();
      }
    },
  );

  it("is sealed by the server right after a request that wrote entries", async () => {
    const server = await sharedServer();
    const { get } = await import("../../helpers/api.ts");
    const { bearerFor } = await import("../../helpers/auth.ts");
    const { buildResource } = await import("../../helpers/resourceFactories.ts");
    const r = await buildResource(server, { owner: "ada" });
    const res = await get(server.url, `/secrets/resource/${r.id}.json`, await bearerFor(server, "ada"));
    expect(res.status).to.equal(200);
    await server.deps.auditSealer.idle();
    const [row] = await rowsOf(server.db, r.id);
    expect(row?.action).to.equal("secret.read");
    expect(row?.requestId).to.equal(res.json.header.id);
    expect(row?.clientIp).to.equal("127.0.0.1");
    expect(row?.chainPos, "sealed").to.be.a("number");
  });

  it("rebuilds a missing head from the last sealed entry", async () => {
    const { db } = await sharedServer();
    await sealAuditChain(db);
    const head = await db.read((m) => m.getRepository(AuditChainEntity).findOneByOrFail({ id: 1 }));
    await db.read((m) => m.getRepository(AuditChainEntity).delete({ id: 1 }));
    expect((await verifyAuditChain(db)).problem?.kind).to.equal("head");
    await write(db, 1);
    await sealAuditChain(db);
    const rebuilt = await db.read((m) => m.getRepository(AuditChainEntity).findOneByOrFail({ id: 1 }));
    expect(rebuilt.lastPos).to.equal(head.lastPos + 1);
    expect((await verifyAuditChain(db)).ok).to.equal(true);
  });

  it("starts from the genesis hash", async () => {
    const { db } = await sharedServer();
    await write(db, 1);
    await sealAuditChain(db);
    const [first] = await db.read((m) => m.query("SELECT prev_hash FROM audit_log WHERE chain_pos = 1"));
    expect((first as { prev_hash: string }).prev_hash).to.equal(GENESIS_HASH);
  });
});

describe("watchword audit verify", function () {
  this.timeout(90_000);
  let db: Db;

  before(async () => {
    db = (await sharedServer()).db;
    await db.tx((m) => recordAudit(m, { action: "user.update", actorId: cast.ursula.id, data: { a: 1 } }));
    await write(db, 4);
    await sealAuditChain(db);
  });

  /** A sealed entry in the middle of the chain, and its position. */
  async function middleEntry(): Promise<AuditLog> {
    const head = await db.read((m) => m.getRepository(AuditChainEntity).findOneByOrFail({ id: 1 }));
    return db.read((m) =>
      m.getRepository(AuditLogEntity).findOneByOrFail({ chainPos: Math.max(1, head.lastPos - 2) }),
    );
  }

  it("seals, checks the whole chain and prints the head, exit code 0", async () => {
    await write(db, 2); // not sealed yet: the command seals them first
    const r = await runCli(["audit", "verify"]);
    expect(r.code, r.stderr + r.stdout).to.equal(0);
    expect(r.stdout).to.match(/^audit chain OK: \d+ entries verified/);
    const head = /head: chain_pos (\d+) hash ([0-9a-f]{64})/.exec(r.stdout);
    expect(head).to.not.equal(null);
    const anchored = await runCli(["audit", "verify", "--anchor", `${head![1]}:${head![2]}`]);
    expect(anchored.code, anchored.stdout).to.equal(0);
    const wrong = await runCli(["audit", "verify", "--anchor", `${head![1]}:${"0".repeat(64)}`]);
    expect(wrong.code).to.equal(1);
    expect(wrong.stdout).to.include("the anchor does not match");
  });

  it("fails naming the entry whose content was edited in the database", async () => {
    const e = await middleEntry();
    await db.read((m) => m.query("UPDATE audit_log SET data = ? WHERE seq = ?", ['{"n":999}', e.seq]));
    try {
      const r = await runCli(["audit", "verify"]);
      expect(r.code, r.stderr).to.equal(1);
      expect(r.stdout, r.stderr).to.include("audit chain BROKEN: entry altered");
      expect(r.stdout).to.include(`[seq ${e.seq}, id ${e.id}, chain_pos ${e.chainPos}]`);
    } finally {
      await db.read((m) => m.query("UPDATE audit_log SET data = ? WHERE seq = ?", [e.data, e.seq]));
    }
    expect((await verifyAuditChain(db)).ok).to.equal(true);
  });

  it("names the rewritten entry when its hash was recomputed too", async () => {
    const e = await middleEntry();
    const forged = { ...e, action: "user.update" };
    const hash = entryHash(e.chainPos!, e.prevHash!, forged);
    await db.read((m) =>
      m.query("UPDATE audit_log SET action = ?, hash = ? WHERE seq = ?", [forged.action, hash, e.seq]),
    );
    try {
      const report = await verifyAuditChain(db);
      expect(report.ok).to.equal(false);
      expect(report.problem).to.include({ kind: "altered", chainPos: e.chainPos, seq: e.seq, id: e.id });
    } finally {
      await db.read((m) =>
        m.query("UPDATE audit_log SET action = ?, hash = ? WHERE seq = ?", [e.action, e.hash, e.seq]),
      );
    }
  });

  it("fails naming the position of an entry deleted from the database", async () => {
    const e = await middleEntry();
    const row = await rawRow(db, e.chainPos!);
    await db.read((m) => m.query("DELETE FROM audit_log WHERE seq = ?", [e.seq]));
    try {
      const r = await runCli(["audit", "verify"]);
      expect(r.code, r.stderr).to.equal(1);
      expect(r.stdout, r.stderr).to.include(
        `audit chain BROKEN: entry removed: chain_pos ${e.chainPos} missing`,
      );
      expect(r.stdout).to.include(`[chain_pos ${e.chainPos}]`);
    } finally {
      await reinsert(db, row);
    }
    expect((await verifyAuditChain(db)).ok).to.equal(true);
  });

  it("fails when the newest entries were deleted (the head says more)", async () => {
    await write(db, 2);
    await sealAuditChain(db);
    const head = await db.read((m) => m.getRepository(AuditChainEntity).findOneByOrFail({ id: 1 }));
    const last = await rawRow(db, head.lastPos);
    await db.read((m) => m.query("DELETE FROM audit_log WHERE chain_pos = ?", [head.lastPos]));
    try {
      const report = await verifyAuditChain(db, { seal: false });
      expect(report.ok).to.equal(false);
      expect(report.problem).to.include({ kind: "removed", chainPos: head.lastPos });
      expect(report.problem!.message).to.include("newest entries were deleted");
    } finally {
      await reinsert(db, last);
    }
    expect((await verifyAuditChain(db)).ok).to.equal(true);
  });

  it("refuses an unknown subcommand and a malformed anchor", async () => {
    expect((await runCli(["audit", "show"])).code, "a usage error").to.equal(2);
    const r = await runCli(["audit", "verify", "--anchor", "12"]);
    expect(r.code, "a usage error").to.equal(2);
    expect(r.stderr).to.include("--anchor must be POS:HASH");
  });
});

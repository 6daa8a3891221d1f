import { expect } from "chai";
import { recordAudits } from "../../../src/domain/audit/audit.service.ts";
import { AuditSealer } from "../../../src/domain/audit/audit.sealer.ts";
import { verifyAuditChain } from "../../../src/domain/audit/audit.verify.ts";
import { createLogger } from "../../../src/logger.ts";
import type { Db } from "../../../src/db/db.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";

async function write(db: Db, targetId: string): Promise<void> {
  await db.tx((m) =>
    recordAudits(m, [{ action: "secret.read", actorId: cast.ada.id, targetType: "Resource", targetId }]),
  );
}

async function unsealed(db: Db, targetId: string): Promise<number> {
  const [row] = await db.read((m) =>
    m.query("SELECT COUNT(*) AS n FROM audit_log WHERE target_id = ? AND chain_pos IS NULL", [targetId]),
  );
  return Number(row.n);
}

/** The same Db, counting the transactions (seals) run through it. */
function counting(db: Db): { db: Db; seals: () => number } {
  let n = 0;
  const wrapped = Object.create(db, {
    tx: { value: (fn: Parameters<Db["tx"]>[0]) => (n++, db.tx(fn)) },
  }) as Db;
  return { db: wrapped, seals: () => n };
}

describe("AuditSealer pacing (src/domain/audit/audit.sealer.ts)", function () {
  this.timeout(60_000);

  it("seals at once when idle, then at most once per gap under a stream of requests; the chain verifies", async () => {
    const { db } = await sharedServer();
    const c = counting(db);
    const sealer = new AuditSealer(c.db, createLogger("silent"), 3_600_000, 1_000);
    const t = crypto.randomUUID();
    try {
      await write(db, t);
      sealer.schedule();
      await sealer.idle();
      expect(await unsealed(db, t), "sealed right away when idle").to.equal(0);

      // within the gap: the entries wait for the paced seal, which then links them all at once
      const before = c.seals();
      for (let i = 0; i < 20; i++) {
        await write(db, t);
        sealer.schedule();
      }
      expect(c.seals(), "no seal within the gap").to.equal(before);
      await new Promise((r) => setTimeout(r, 1_200));
      await sealer.idle();
      expect(c.seals(), "one paced seal").to.be.at.most(before + 1);
      expect(await unsealed(db, t), "sealed after the gap").to.equal(0);

      // idle() does not wait for the gap: it starts the waiting seal
      await write(db, t);
      sealer.schedule();
      await write(db, t);
      sealer.schedule();
      await sealer.idle();
      expect(await unsealed(db, t)).to.equal(0);
      const report = await verifyAuditChain(db, { seal: false });
      expect(report.ok, report.problem?.message).to.equal(true);
    } finally {
      await sealer.stop();
    }
  });

  it("stop() seals what a paced seal had not reached yet", async () => {
    const { db } = await sharedServer();
    const sealer = new AuditSealer(db, createLogger("silent"), 3_600_000, 10_000);
    const t = crypto.randomUUID();
    sealer.schedule();
    await sealer.idle();
    await write(db, t);
    sealer.schedule(); // paced: 10 s away
    await sealer.stop();
    expect(await unsealed(db, t)).to.equal(0);
  });
});

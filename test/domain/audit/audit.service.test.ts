import { expect } from "chai";
import { recordAudit, recordAudits } from "../../../src/domain/audit/audit.service.ts";
import { AuditLogEntity } from "../../../src/db/entities/AuditLog.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";

describe("audit.recordAudit()", () => {
  it("appends rows in the caller's transaction, in order, and a rollback leaves none", async () => {
    const { db } = await sharedServer();
    const target = "0a0a0a0a-0000-4000-8000-000000000001";
    await db.tx(async (m) => {
      await recordAudit(m, {
        action: "user.update",
        actorId: cast.ada.id,
        targetType: "User",
        targetId: target,
      });
      await recordAudits(m, [
        {
          action: "secret.write",
          actorId: cast.ada.id,
          targetType: "Resource",
          targetId: target,
          data: { user_id: cast.betty.id },
        },
        {
          action: "secret.write",
          actorId: cast.ada.id,
          targetType: "Resource",
          targetId: target,
          data: { user_id: cast.carol.id },
        },
      ]);
    });
    await db
      .tx(async (m) => {
        await recordAudit(m, {
          action: "user.delete",
          actorId: cast.ada.id,
          targetType: "User",
          targetId: target,
        });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    const rows = await db.read((m) =>
      m.getRepository(AuditLogEntity).find({ where: { targetId: target }, order: { seq: "ASC" } }),
    );
    expect(rows.map((r) => r.action)).to.deep.equal(["user.update", "secret.write", "secret.write"]);
    expect(rows[0]!.seq).to.be.a("number");
    expect(rows[1]!.seq).to.be.greaterThan(rows[0]!.seq);
    expect(JSON.parse(rows[1]!.data!)).to.deep.equal({ user_id: cast.betty.id });
    expect(rows[0]!.created).to.be.instanceOf(Date);
  });
});

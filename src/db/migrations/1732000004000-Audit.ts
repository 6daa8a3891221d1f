import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, datetime, text, uuid, varchar } from "./schema.ts";

/**
 * The audit trail: append-only rows written in the same transaction as the change they record.
 * `seq` orders them; `chain_pos`, `prev_hash` and `hash` link them into a hash chain.
 */
export class Audit1732000004000 implements MigrationInterface {
  name = "Audit1732000004000";

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === "mysql";
    await createTable(
      qr,
      "audit_log",
      [
        {
          name: "seq",
          type: mysql ? "bigint" : "integer",
          isPrimary: true,
          isGenerated: true,
          generationStrategy: "increment",
        },
        uuid("id"),
        datetime("created"),
        uuid("actor_id", { isNullable: true }),
        varchar("action", 64),
        varchar("target_type", 32, true),
        uuid("target_id", { isNullable: true }),
        uuid("request_id", { isNullable: true }),
        text("data", true),
        { name: "chain_pos", type: mysql ? "bigint" : "integer", isNullable: true },
        varchar("prev_hash", 64, true),
        varchar("hash", 64, true),
      ],
      [
        { name: "ux_audit_log_id", columnNames: ["id"], isUnique: true },
        // the chain is walked and extended by position
        { name: "ux_audit_log_chain_pos", columnNames: ["chain_pos"], isUnique: true },
        // activity of one item, newest first
        { name: "ix_audit_log_target", columnNames: ["target_type", "target_id", "seq"] },
        { name: "ix_audit_log_actor", columnNames: ["actor_id", "seq"] },
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable("audit_log");
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, datetime, varchar } from "./schema.ts";

/** The genesis prev_hash: the first sealed audit entry links to 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * The head of the audit hash chain (one row, id 1): the position and hash of the last sealed
 * entry. Sealers lock this row, so that several server processes never fork the chain, and
 * `audit verify` compares the last entry with it (a truncated tail shows). Also the client
 * address of each audit entry (`client_ip`, part of the hashed content).
 */
export class AuditChain1732000005100 implements MigrationInterface {
  name = "AuditChain1732000005100";

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === "mysql";
    await createTable(qr, "audit_chain", [
      { name: "id", type: "int", isPrimary: true, isNullable: false },
      { name: "last_pos", type: mysql ? "bigint" : "integer", isNullable: false, default: 0 },
      varchar("last_hash", 64),
      datetime("modified"),
    ]);
    // "YYYY-MM-DD HH:MM:SS" in UTC: what both drivers store and read back as a datetime
    const now = new Date().toISOString().slice(0, 19).replace("T", " ");
    await qr.query("INSERT INTO audit_chain (id, last_pos, last_hash, modified) VALUES (1, 0, ?, ?)", [
      GENESIS_HASH,
      now,
    ]);
    await qr.query("ALTER TABLE audit_log ADD COLUMN client_ip varchar(45) NULL");
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn("audit_log", "client_ip");
    await qr.dropTable("audit_chain");
  }
}

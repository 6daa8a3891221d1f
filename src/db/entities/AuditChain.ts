import { EntitySchema } from "typeorm";

/** The head of the audit hash chain: one row (id 1), locked by the sealer (src/domain/audit/). */
export interface AuditChain {
  id: number;
  lastPos: number;
  lastHash: string;
  modified: Date;
}

export const AuditChainEntity = new EntitySchema<AuditChain>({
  name: "AuditChain",
  tableName: "audit_chain",
  columns: {
    id: { type: "int", primary: true },
    // bigint on MySQL, INTEGER on SQLite (the migration decides); numbers either way
    lastPos: {
      name: "last_pos",
      type: "integer",
      transformer: { to: (v) => v, from: (v) => Number(v) },
    },
    lastHash: { name: "last_hash", type: "varchar", length: 64 },
    modified: { type: "datetime" },
  },
});

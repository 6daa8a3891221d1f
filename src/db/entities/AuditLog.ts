import { EntitySchema } from "typeorm";

/** One audit_log row (see src/domain/audit/). */
export interface AuditLog {
  seq: number;
  id: string;
  created: Date;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  data: string | null;
  /** The client address of the request that wrote the entry (null outside a request). */
  clientIp: string | null;
  chainPos: number | null;
  prevHash: string | null;
  hash: string | null;
}

export const AuditLogEntity = new EntitySchema<AuditLog>({
  name: "AuditLog",
  tableName: "audit_log",
  columns: {
    // bigint on MySQL, INTEGER on SQLite (the migration decides); numbers either way
    seq: {
      type: "integer",
      primary: true,
      generated: "increment",
      transformer: { to: (v) => v, from: (v) => Number(v) },
    },
    id: { type: "varchar", length: 36 },
    created: { type: "datetime" },
    actorId: { name: "actor_id", type: "varchar", length: 36, nullable: true },
    action: { type: "varchar", length: 64 },
    targetType: { name: "target_type", type: "varchar", length: 32, nullable: true },
    targetId: { name: "target_id", type: "varchar", length: 36, nullable: true },
    requestId: { name: "request_id", type: "varchar", length: 36, nullable: true },
    data: { type: "text", nullable: true },
    clientIp: { name: "client_ip", type: "varchar", length: 45, nullable: true },
    chainPos: {
      name: "chain_pos",
      type: "integer",
      nullable: true,
      transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
    },
    prevHash: { name: "prev_hash", type: "varchar", length: 64, nullable: true },
    hash: { type: "varchar", length: 64, nullable: true },
  },
});

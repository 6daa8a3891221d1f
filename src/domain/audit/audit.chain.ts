/**
 * The audit hash chain. recordAudits() inserts entries without a hash; sealing gives every
 * committed, unsealed entry, in seq order, the next position and the hash
 *
 *   hash = SHA-256( JSON [format, chain_pos, prev_hash, id, created, actor_id, action,
 *                         target_type, target_id, request_id, data, client_ip] )
 *
 * where prev_hash is the hash of the entry at chain_pos - 1 (64 zeros for the first). A seal is
 * one short transaction that first locks the chain head (audit_chain, id 1) with an UPDATE, so
 * that server processes sealing at the same time take turns and never fork the chain (the
 * unique index on chain_pos would refuse a fork anyway).
 *
 * What the chain cannot detect, said plainly:
 * - an entry altered or deleted BEFORE it is sealed (between its commit and the seal, normally
 *   well under a second; longer if no server runs);
 * - a rewrite by someone who can write to the database and recomputes every later hash and the
 *   head: the hash has no secret. Only a head recorded outside the database shows it: `audit
 *   verify` prints the head, and `audit verify --anchor POS:HASH` checks a recorded one;
 * - deleting the newest entries together with moving the head back (same remedy);
 * - the seq column, which is not hashed: chain_pos is the order that counts.
 */
import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Logger } from "pino";
import type { Db } from "../../db/db.ts";
import { AuditLogEntity, type AuditLog } from "../../db/entities/AuditLog.ts";
import { AuditChainEntity, type AuditChain } from "../../db/entities/AuditChain.ts";
import { GENESIS_HASH } from "../../db/migrations/1732000005100-AuditChain.ts";
import { placeholders } from "../../db/rawRows.ts";
import { sqlDate } from "../../db/dialect.ts";

export { GENESIS_HASH };

/** Bumped if the hashed content ever changes; old entries keep verifying with their format. */
const FORMAT = 1;
const HEAD_ID = 1;

/** The hashed content of an entry: everything but seq and the chain columns themselves. */
export type ChainedContent = Pick<
  AuditLog,
  "id" | "created" | "actorId" | "action" | "targetType" | "targetId" | "requestId" | "data" | "clientIp"
>;

/** The hash of an entry at `chainPos` whose predecessor's hash is `prevHash`. */
export function entryHash(chainPos: number, prevHash: string, e: ChainedContent): string {
  const canonical = JSON.stringify([
    FORMAT,
    chainPos,
    prevHash,
    e.id,
    e.created.toISOString(),
    e.actorId,
    e.action,
    e.targetType,
    e.targetId,
    e.requestId,
    e.data,
    e.clientIp,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** The chain head as stored, or null when the row is missing. */
export async function findChainHead(m: EntityManager): Promise<AuditChain | null> {
  return m.getRepository(AuditChainEntity).findOneBy({ id: HEAD_ID });
}

/** The sealed entry with the highest position, if any. */
async function findLastSealed(m: EntityManager): Promise<AuditLog | null> {
  const [row] = await m
    .getRepository(AuditLogEntity)
    .createQueryBuilder("a")
    .where("a.chain_pos IS NOT NULL")
    .orderBy("a.chain_pos", "DESC")
    .limit(1)
    .getMany();
  return row ?? null;
}

/**
 * Locks the head row (an UPDATE: on MySQL a row lock until commit, on SQLite the write lock)
 * and returns it. A missing head (an emptied table) is rebuilt from the last sealed entry.
 */
async function lockHead(m: EntityManager, log?: Logger): Promise<AuditChain> {
  const now = new Date();
  await m.getRepository(AuditChainEntity).update({ id: HEAD_ID }, { modified: now });
  const head = await findChainHead(m);
  if (head) return head;
  const last = await findLastSealed(m);
  const rebuilt: AuditChain = {
    id: HEAD_ID,
    lastPos: last?.chainPos ?? 0,
    lastHash: last?.hash ?? GENESIS_HASH,
    modified: now,
  };
  if (last)
    log?.warn({ chainPos: rebuilt.lastPos }, "audit chain head was missing: rebuilt from the last entry");
  await m.getRepository(AuditChainEntity).insert(rebuilt);
  return rebuilt;
}

interface Seal {
  seq: number;
  chainPos: number;
  prevHash: string;
  hash: string;
}

/** One UPDATE per 100 entries: CASE on seq for the three chain columns. */
async function writeSeals(m: EntityManager, seals: Seal[]): Promise<void> {
  for (let i = 0; i < seals.length; i += 100) {
    const part = seals.slice(i, i + 100);
    const cases = (pick: (s: Seal) => unknown) => ({
      sql: `CASE seq ${part.map(() => "WHEN ? THEN ?").join(" ")} END`,
      params: part.flatMap((s) => [s.seq, pick(s)]),
    });
    const pos = cases((s) => s.chainPos);
    const prev = cases((s) => s.prevHash);
    const hash = cases((s) => s.hash);
    const seqs = part.map((s) => s.seq);
    await m.query(
      `UPDATE audit_log SET chain_pos = ${pos.sql}, prev_hash = ${prev.sql}, hash = ${hash.sql} ` +
        `WHERE seq IN (${placeholders(seqs.length)}) AND chain_pos IS NULL`,
      [...pos.params, ...prev.params, ...hash.params, ...seqs],
    );
  }
}

/** Seals up to `batch` entries in the caller's transaction. @returns how many */
async function sealBatch(m: EntityManager, batch: number, log?: Logger): Promise<number> {
  const head = await lockHead(m, log);
  const pending = await m
    .getRepository(AuditLogEntity)
    .createQueryBuilder("a")
    .where("a.chain_pos IS NULL")
    .orderBy("a.seq", "ASC")
    .limit(batch)
    .getMany();
  if (!pending.length) return 0;
  let chainPos = head.lastPos;
  let prevHash = head.lastHash;
  const seals = pending.map((e): Seal => {
    chainPos += 1;
    const hash = entryHash(chainPos, prevHash, e);
    const seal = { seq: e.seq, chainPos, prevHash, hash };
    prevHash = hash;
    return seal;
  });
  await writeSeals(m, seals);
  // hand-written: the query builder would inline the position into the SQL text, a new
  // statement to prepare (and one evicted from the driver's statement cache) on every seal
  await m.query("UPDATE audit_chain SET last_pos = ?, last_hash = ?, modified = ? WHERE id = ?", [
    chainPos,
    prevHash,
    sqlDate(m, new Date()),
    HEAD_ID,
  ]);
  return seals.length;
}

/** Whether any entry waits for its seal (a cheap read, no lock). */
export async function hasUnsealedEntries(db: Db): Promise<boolean> {
  const rows = await db.read((m) =>
    m.getRepository(AuditLogEntity).createQueryBuilder("a").where("a.chain_pos IS NULL").limit(1).getMany(),
  );
  return rows.length > 0;
}

/**
 * Links every committed, unsealed entry into the chain, `batch` per short transaction.
 * Safe to run from several processes at once: they take turns on the head row.
 * @returns the number of entries sealed
 */
export async function sealAuditChain(db: Db, opts: { batch?: number; log?: Logger } = {}): Promise<number> {
  const batch = opts.batch ?? 500;
  let total = 0;
  while (await hasUnsealedEntries(db)) {
    const sealed = await db.tx((m) => sealBatch(m, batch, opts.log));
    total += sealed;
    if (sealed < batch) break;
  }
  return total;
}

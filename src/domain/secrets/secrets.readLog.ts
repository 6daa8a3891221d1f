/**
 * The record of secret reads: a secret_accesses row and a `secret.read` audit entry per read.
 *
 * GET /secrets/resource/{id} writes them by group commit: each request hands its rows to the
 * writer of its Db and waits; the writer inserts the rows of every request waiting at that
 * moment in ONE transaction (multi-row inserts) and then releases them all. No request is
 * answered before its rows are committed; nothing is written behind the response. An idle server
 * commits a lone read at once; under load, the reads that arrive while a commit runs share the
 * next one (on SQLite one commit instead of one per read; on MySQL/MariaDB one fsync).
 *
 * Should a shared transaction fail (it has no reason to: fresh ids, no foreign keys), each of its
 * requests is retried in a transaction of its own, so that one bad row fails only its request.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import type { Secret } from "../../db/entities/Secret.ts";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds, placeholders } from "../../db/rawRows.ts";
import { auditRows, insertAuditRows, type AuditRow } from "../audit/audit.service.ts";
import { sqlDate } from "../../db/dialect.ts";

export interface AccessRow {
  id: string;
  userId: string;
  resourceId: string;
  secretId: string;
  created: Date;
}

/** The rows recording that `userId` read these secrets; call it in the request (audit scope). */
export function secretReadRows(
  userId: string,
  secrets: Secret[],
): { accesses: AccessRow[]; audits: AuditRow[] } {
  const created = nowSeconds();
  return {
    accesses: secrets.map((s) => ({
      id: newId(),
      userId,
      resourceId: s.resourceId,
      secretId: s.id,
      created,
    })),
    audits: auditRows(
      secrets.map((s) => ({
        action: "secret.read" as const,
        actorId: userId,
        targetType: "Resource" as const,
        targetId: s.resourceId,
        data: { secret_id: s.id },
      })),
    ),
  };
}

const ACCESS_INSERT = "INSERT INTO secret_accesses (id, user_id, resource_id, secret_id, created) VALUES ";
const ACCESS_ROW = `(${placeholders(5)})`;

/** Inserts secret_accesses rows: multi-row statements, 1000 rows each at most. */
export async function insertAccessRows(m: EntityManager, rows: AccessRow[]): Promise<void> {
  for (const part of chunks(rows, 1000))
    await m.query(
      ACCESS_INSERT + part.map(() => ACCESS_ROW).join(", "),
      part.flatMap((r) => [r.id, r.userId, r.resourceId, r.secretId, sqlDate(m, r.created)]),
    );
}

interface Waiting {
  accesses: AccessRow[];
  audits: AuditRow[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit of secret-read rows for one Db: at most `concurrency` transactions at once, one by
 * default. On SQLite transactions are serialised anyway; on MySQL/MariaDB several in flight were
 * measured slower (smaller batches, more round trips: the server process is CPU-bound).
 */
export class SecretReadLog {
  private queue: Waiting[] = [];
  private workers = 0;
  private readonly concurrency: number;
  /** Requests per shared transaction at most. */
  private readonly maxBatch: number;

  /** Reads whose SELECT is running: their rows are about to be written (see coming()). */
  private comingCount = 0;
  private wake: (() => void) | undefined;
  /** How long a commit waits at most for the reads coming (ms). */
  private readonly gatherMs: number;

  constructor(
    private readonly db: Db,
    opts: { concurrency?: number; maxBatch?: number; gatherMs?: number } = {},
  ) {
    this.concurrency = opts.concurrency ?? 1;
    this.maxBatch = opts.maxBatch ?? 256;
    this.gatherMs = opts.gatherMs ?? 2;
  }

  /**
   * Says a read has started whose rows will be written soon; call the function returned once
   * they are handed to write() (or the read failed). A commit about to start waits for the reads
   * coming, up to gatherMs, so that they share it instead of each paying a commit of its own
   * (on SQLite an fsync that blocks the process): under load, commits carry several times more
   * reads. Nothing is answered earlier than before: each read still waits for its commit.
   */
  coming(): () => void {
    this.comingCount++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      if (--this.comingCount === 0) this.wake?.();
    };
  }

  /** Resolves when no read is coming, or after gatherMs. */
  private gathered(): Promise<void> {
    if (this.comingCount === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, this.gatherMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** Resolves once the rows are committed; rejects with the transaction's error. */
  write(rows: { accesses: AccessRow[]; audits: AuditRow[] }): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ...rows, resolve, reject });
      this.startWorker();
    });
  }

  private startWorker(): void {
    if (this.workers >= this.concurrency || !this.queue.length) return;
    this.workers++;
    void this.drain();
  }

  /**
   * Gives the slot back and picks up anything queued meanwhile. A write can be queued after the
   * queue's last check and before the slot is free (by a request resumed when its own commit
   * resolved): without the second look it found the slot taken and waited for the next secret
   * read to start a worker, forever on an idle server.
   */
  private async drain(): Promise<void> {
    try {
      await this.drainQueue();
    } finally {
      this.workers--;
      this.startWorker();
    }
  }

  private async drainQueue(): Promise<void> {
    // one turn of the event loop first: the requests already received (parsed, reading) get to
    // queue their rows too; an idle server loses well under a millisecond
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length) {
      // outside the transaction: on SQLite the reads coming need the connection for their SELECT
      await this.gathered();
      let batch: Waiting[] | undefined;
      try {
        await this.db.tx(async (m) => {
          // taken once the transaction holds its connection (on SQLite: the lock), so that
          // the requests arriving meanwhile join it; a retried attempt keeps the same batch
          batch ??= this.queue.splice(0, this.maxBatch);
          await insertAll(m, batch);
        });
        for (const w of batch ?? []) w.resolve();
      } catch (err) {
        // never started (batch unset): fail what was waiting rather than loop on it
        const failed = batch ?? this.queue.splice(0, this.maxBatch);
        if (failed.length === 1) failed[0]!.reject(err);
        else await this.oneByOne(failed);
      }
      if (this.queue.length) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async oneByOne(batch: Waiting[]): Promise<void> {
    for (const w of batch)
      try {
        await this.db.tx((m) => insertAll(m, [w]));
        w.resolve();
      } catch (err) {
        w.reject(err);
      }
  }
}

async function insertAll(m: EntityManager, batch: Waiting[]): Promise<void> {
  if (!batch.length) return; // another transaction took them
  await insertAccessRows(
    m,
    batch.flatMap((w) => w.accesses),
  );
  await insertAuditRows(
    m,
    batch.flatMap((w) => w.audits),
  );
}

const logs = new WeakMap<Db, SecretReadLog>();

/** The group-commit writer of this Db (one per Db, created on first use). */
export function secretReadLog(db: Db): SecretReadLog {
  let log = logs.get(db);
  if (!log) logs.set(db, (log = new SecretReadLog(db)));
  return log;
}

/**
 * Per-process sealing: after each request that wrote audit entries, and on a timer for
 * entries written elsewhere (the CLI, a process that stopped before sealing). Coalesced: at
 * most one seal runs and one more is queued, whatever the number of requests asking.
 *
 * Under load, seals are also paced: a seal starts at most every `minGapMs` (50 ms by default),
 * so that one seal links the entries of many requests instead of each request paying for its
 * own (a seal is ~8 statements and a commit). An idle server still seals right after the
 * request; a busy one leaves an entry unsealed for at most about minGapMs plus one seal.
 * Pacing only delays the hash: every entry is committed with its request, before the answer.
 */
import type { Logger } from "pino";
import type { Db } from "../../db/db.ts";
import type { SealScheduler } from "./audit.context.ts";
import { sealAuditChain } from "./audit.chain.ts";

export class AuditSealer implements SealScheduler {
  private running: Promise<void> | undefined;
  private queued = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  /** A paced seal waiting for its turn. */
  private delayed: NodeJS.Timeout | undefined;
  private lastStart = 0;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly intervalMs: number,
    private readonly minGapMs = 50,
  ) {}

  /** Starts the timer (unref'd: it never keeps the process alive). */
  start(): void {
    this.timer ??= setInterval(() => this.schedule(), this.intervalMs);
    this.timer.unref();
  }

  /** Asks for a seal soon; never throws, never waits. */
  schedule(): void {
    if (this.stopped || this.delayed) return;
    if (this.running) {
      this.queued = true;
      return;
    }
    const wait = this.lastStart + this.minGapMs - Date.now();
    if (wait > 0) {
      this.delayed = setTimeout(() => this.startNow(), wait);
      return;
    }
    this.startNow();
  }

  private startNow(): void {
    if (this.delayed) clearTimeout(this.delayed);
    this.delayed = undefined;
    if (this.running) {
      this.queued = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  /** Resolves when no seal is running, queued or waiting (tests, shutdown): a waiting one starts now. */
  async idle(): Promise<void> {
    if (this.delayed) this.startNow();
    while (this.running) await this.running;
  }

  /** Stops the timer, lets a running seal finish, then seals what is left once more. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
    this.stopped = true;
    await this.sealOnce();
  }

  private async loop(): Promise<void> {
    do {
      this.queued = false;
      this.lastStart = Date.now();
      await this.sealOnce();
      if (this.queued && !this.stopped) {
        // more entries arrived meanwhile: seal them after the gap, not back to back
        const wait = this.lastStart + this.minGapMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    } while (this.queued && !this.stopped);
  }

  private async sealOnce(): Promise<void> {
    try {
      const sealed = await sealAuditChain(this.db, { log: this.log });
      if (sealed) this.log.debug({ sealed }, "audit entries sealed");
    } catch (err) {
      // The entries stay unsealed; the next request or tick seals them.
      // a 503 from db.tx carries its cause (disk full, COMMIT failed, ...) in logDetail
      const e = err as Error & { logDetail?: string };
      this.log.warn({ err: { message: e.logDetail ?? e.message } }, "audit seal failed, will retry");
    }
  }
}

/**
 * Per-process sealing: after each request that wrote audit entries, and on a timer for
 * entries written elsewhere (the CLI, a process that stopped before sealing). Coalesced: at
 * most one seal runs and one more is queued, whatever the number of requests asking.
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

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  /** Starts the timer (unref'd: it never keeps the process alive). */
  start(): void {
    this.timer ??= setInterval(() => this.schedule(), this.intervalMs);
    this.timer.unref();
  }

  /** Asks for a seal soon; never throws, never waits. */
  schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.queued = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  /** Resolves when no seal is running or queued (tests, shutdown). */
  async idle(): Promise<void> {
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
      await this.sealOnce();
    } while (this.queued && !this.stopped);
  }

  private async sealOnce(): Promise<void> {
    try {
      const sealed = await sealAuditChain(this.db, { log: this.log });
      if (sealed) this.log.debug({ sealed }, "audit entries sealed");
    } catch (err) {
      // The entries stay unsealed; the next request or tick seals them.
      this.log.warn({ err: { message: (err as Error).message } }, "audit seal failed, will retry");
    }
  }
}

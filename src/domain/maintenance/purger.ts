/**
 * Runs purgeExpired in each server process every PURGE_INTERVAL_SECONDS (0: never), the first
 * time after a random part of a minute so that processes started together spread out. A
 * failed pass is logged and retried at the next tick.
 */
import type { Logger } from "pino";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { purgeExpired } from "./purge.ts";

export class Purger {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  /** Starts the timers (unref'd: they never keep the process alive). */
  start(): void {
    const every = this.config.purgeIntervalSeconds * 1000;
    if (!every || this.timer) return;
    this.timer = setTimeout(
      () => {
        this.tick();
        this.timer = setInterval(() => this.tick(), every);
        this.timer.unref();
      },
      Math.min(every, Math.floor(Math.random() * 60_000)),
    );
    this.timer.unref();
  }

  /** Stops the timers and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.pass().finally(() => (this.running = undefined));
  }

  private async pass(): Promise<void> {
    try {
      const counts = await purgeExpired(this.db, this.config);
      const total = counts.sessions + counts.mails + Object.values(counts.tokens).reduce((a, b) => a + b, 0);
      if (total) this.log.info({ purged: counts }, "expired sessions and tokens purged");
    } catch (err) {
      this.log.warn({ err: { message: (err as Error).message } }, "purge failed, will retry");
    }
  }
}

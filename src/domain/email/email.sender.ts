/**
 * Each server process sends the outbox (like the audit sealer and the purger): every
 * MAIL_SEND_INTERVAL_SECONDS it takes the due mails, claims each with a guarded UPDATE of
 * locked_until (so two processes never send one mail, on SQLite and MariaDB alike), sends it
 * through SMTP with nodemailer, and marks it sent with its bodies blanked. A failure keeps the
 * row with its last error and tries again later (30 s, 1 min, 2 min ... at most 1 h apart), up to
 * maxAttempts; a claim left by a process that died is taken over once its lease runs out.
 * Nothing here runs inside a request.
 */
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Db } from "../../db/db.ts";
import { EmailQueueEntity } from "../../db/entities/EmailQueue.ts";
import type { MailConfig } from "../../mailConfig.ts";

/** How long a claim holds: longer than any SMTP conversation. */
const LEASE_MS = 120_000;
const BATCH = 50;

export const retryDelayMs = (attempts: number): number => Math.min(3600_000, 30_000 * 2 ** (attempts - 1));

/** The SMTP URL with `pool=true`: one connection carries many mails (a new one per mail took ~130 ms). */
function pooled(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has("pool")) u.searchParams.set("pool", "true");
  return u.toString();
}

export interface SendReport {
  sent: number;
  failed: number;
}

export class MailSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SendReport> | undefined;
  private readonly transport: Transporter;

  constructor(
    private readonly db: Db,
    private readonly mail: MailConfig,
    private readonly log: Logger,
    transport?: Transporter,
  ) {
    this.transport = transport ?? nodemailer.createTransport(pooled(mail.url));
  }

  /** Starts the timer (unref'd: it never keeps the process alive). */
  start(): void {
    this.timer ??= setInterval(() => void this.runOnce(), this.mail.sendIntervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    this.transport.close();
  }

  /** One pass over the due mails; a pass already running is joined, not doubled. */
  runOnce(): Promise<SendReport> {
    this.running ??= this.pass()
      .catch((err: unknown) => {
        this.log.warn({ err: { message: (err as Error).message } }, "mail sender pass failed, will retry");
        return { sent: 0, failed: 0 };
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<SendReport> {
    const report = { sent: 0, failed: 0 };
    for (;;) {
      const now = new Date();
      const due = await this.db.read((m) =>
        m
          .getRepository(EmailQueueEntity)
          .createQueryBuilder("q")
          .select(["q.id"])
          .where("q.sent IS NULL AND q.attempts < :max AND q.send_at <= :now", {
            max: this.mail.maxAttempts,
            now,
          })
          .andWhere("(q.locked_until IS NULL OR q.locked_until < :now)", { now })
          .orderBy("q.send_at", "ASC")
          .limit(BATCH)
          .getMany(),
      );
      for (const { id } of due) {
        const outcome = await this.sendOne(id);
        if (outcome) report[outcome]++;
      }
      if (due.length < BATCH) return report;
    }
  }

  /** Claims, sends and records one mail; undefined when another process has it. */
  private async sendOne(id: string): Promise<"sent" | "failed" | undefined> {
    const now = new Date();
    const claimed = await this.db.read((m) =>
      m
        .createQueryBuilder()
        .update(EmailQueueEntity)
        .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
        .where("id = :id AND sent IS NULL", { id })
        .andWhere("(locked_until IS NULL OR locked_until < :now)", { now })
        .execute(),
    );
    if ((claimed.affected ?? 0) !== 1) return undefined;
    const row = await this.db.read((m) => m.getRepository(EmailQueueEntity).findOneByOrFail({ id }));
    try {
      await this.transport.sendMail({
        from: this.mail.from,
        to: row.recipient,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
      });
    } catch (err) {
      const attempts = row.attempts + 1;
      const message = (err as Error).message.slice(0, 1000);
      await this.db.read((m) =>
        m.getRepository(EmailQueueEntity).update(
          { id },
          {
            attempts,
            lastError: message,
            lockedUntil: null,
            sendAt: new Date(Date.now() + retryDelayMs(attempts)),
          },
        ),
      );
      this.log.warn(
        {
          mailId: id,
          template: row.template,
          attempts,
          error: message,
          givenUp: attempts >= this.mail.maxAttempts,
        },
        "mail not sent, will retry",
      );
      return "failed";
    }
    // the bodies may hold a setup or recovery link: not kept once delivered
    await this.db.read((m) =>
      m
        .getRepository(EmailQueueEntity)
        .update({ id }, { sent: new Date(), textBody: "", htmlBody: "", lockedUntil: null, lastError: null }),
    );
    this.log.info({ mailId: id, template: row.template }, "mail sent");
    return "sent";
  }
}

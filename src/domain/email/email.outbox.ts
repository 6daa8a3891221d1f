/**
 * The outbox: mails are rendered when their event happens and inserted with insertRows in the
 * caller's transaction, so a change that rolls back queues nothing and a committed one is never
 * forgotten. Without SMTP_URL nothing is queued (links come from `npx watchword setup-link`).
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import { EmailQueueEntity, type QueuedMail } from "../../db/entities/EmailQueue.ts";
import { newId } from "../../db/ids.ts";
import { insertRows } from "../../db/insert.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import type { RenderedMail } from "./email.templates.ts";

export interface OutgoingMail extends RenderedMail {
  to: string;
}

/** Queues the mails (multi-row inserts) in m's transaction; nothing when mail is off. */
export async function queueMails(m: EntityManager, config: Config, mails: OutgoingMail[]): Promise<void> {
  if (!config.mail || !mails.length) return;
  const now = nowSeconds();
  const rows: QueuedMail[] = mails.map((mail) => ({
    id: newId(),
    recipient: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    template: mail.template,
    created: now,
    sendAt: now,
    attempts: 0,
    lockedUntil: null,
    sent: null,
    lastError: null,
  }));
  await insertRows(m, EmailQueueEntity, rows);
}

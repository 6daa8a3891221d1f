import { EntitySchema } from "typeorm";

/** One mail of the outbox (migration 1732000009000-EmailQueue). */
export interface QueuedMail {
  id: string;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  template: string;
  created: Date;
  sendAt: Date;
  attempts: number;
  lockedUntil: Date | null;
  sent: Date | null;
  lastError: string | null;
}

export const EmailQueueEntity = new EntitySchema<QueuedMail>({
  name: "EmailQueue",
  tableName: "email_queue",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    recipient: { type: "varchar", length: 255 },
    subject: { type: "varchar", length: 998 },
    textBody: { name: "text_body", type: "text" },
    htmlBody: { name: "html_body", type: "text" },
    template: { type: "varchar", length: 64 },
    created: { type: "datetime" },
    sendAt: { name: "send_at", type: "datetime" },
    attempts: { type: "int", default: 0 },
    lockedUntil: { name: "locked_until", type: "datetime", nullable: true },
    sent: { type: "datetime", nullable: true },
    lastError: { name: "last_error", type: "text", nullable: true },
  },
});

import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, datetime, int, longText, primaryUuid, text, varchar } from "./schema.ts";

/**
 * The outbox (src/domain/email/): one row per mail, inserted in the transaction of the change
 * that causes it, sent by each server process's sender. A row is claimed by a guarded UPDATE of
 * locked_until, so two processes never send one mail; once sent, its bodies are blanked (a setup
 * or recovery link is the only token a mail carries).
 */
export class EmailQueue1732000009000 implements MigrationInterface {
  name = "EmailQueue1732000009000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      "email_queue",
      [
        primaryUuid(),
        varchar("recipient", 255),
        varchar("subject", 998),
        longText(qr, "text_body"),
        longText(qr, "html_body"),
        varchar("template", 64),
        datetime("created"),
        datetime("send_at"),
        { ...int("attempts"), default: 0 },
        datetime("locked_until", true),
        datetime("sent", true),
        text("last_error", true),
      ],
      // the sender's query for due mails, and `email status`
      [{ name: "ix_email_queue_due", columnNames: ["sent", "send_at"] }],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable("email_queue");
  }
}

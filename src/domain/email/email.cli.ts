/**
 * `watchword email test --to ADDRESS`: one mail now, through the configured SMTP server, with
 * the outcome of the conversation. `watchword email status`: the outbox's queued, failed and
 * sent counts, and the last error.
 */
import nodemailer from "nodemailer";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { testMail } from "./email.templates.ts";

export class EmailCommandError extends Error {}

const NO_SMTP = "e-mail is off: set SMTP_URL (smtp://user:password@host:587 or smtps://host:465)";

/** Sends one test mail now (not through the outbox); the text to print. */
export async function sendTestMail(config: Config, to: string): Promise<string> {
  if (!config.mail) throw new EmailCommandError(NO_SMTP);
  if (!/^[^@\s]+@[^@\s]+$/.test(to)) throw new EmailCommandError(`--to: "${to}" is not an e-mail address`);
  const transport = nodemailer.createTransport(config.mail.url);
  try {
    await transport.verify();
    const mail = testMail({ instanceName: config.instanceName, appUrl: config.appUrl });
    const info = await transport.sendMail({
      from: config.mail.from,
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    return `sent to ${to} through ${config.mail.safeUrl}: ${info.response}\n`;
  } catch (err) {
    const e = err as Error & { code?: string; response?: string };
    throw new EmailCommandError(
      `not sent through ${config.mail.safeUrl}: ${e.response ?? e.message}${e.code ? ` (${e.code})` : ""}`,
    );
  } finally {
    transport.close();
  }
}

interface StatusRow {
  state: string;
  n: number | string;
}

/** The outbox's counts by state, and the newest error of a mail not sent. */
export async function outboxStatus(db: Db, config: Config): Promise<string> {
  const max = config.mail?.maxAttempts ?? 8;
  const rows = (await db.read((m) =>
    m.query(
      `SELECT CASE WHEN sent IS NOT NULL THEN 'sent' WHEN attempts >= ? THEN 'failed' ELSE 'queued' END AS state,
              COUNT(*) AS n
         FROM email_queue GROUP BY CASE WHEN sent IS NOT NULL THEN 'sent' WHEN attempts >= ? THEN 'failed' ELSE 'queued' END`,
      [max, max],
    ),
  )) as StatusRow[];
  const count = (s: string) => Number(rows.find((r) => r.state === s)?.n ?? 0);
  const [last] = (await db.read((m) =>
    m.query(
      "SELECT last_error FROM email_queue WHERE sent IS NULL AND last_error IS NOT NULL ORDER BY send_at DESC LIMIT 1",
    ),
  )) as { last_error: string }[];
  return (
    `mail: ${config.mail ? config.mail.safeUrl : "off (no SMTP_URL)"}\n` +
    `queued ${count("queued")}, failed ${count("failed")} (gave up after ${max} attempts), sent ${count("sent")}\n` +
    (last ? `last error: ${last.last_error}\n` : "")
  );
}

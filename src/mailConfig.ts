/**
 * E-mail configuration: SMTP_URL (smtp:// or smtps://, user and password in it or the password
 * in SMTP_PASSWORD_FILE), MAIL_FROM, INSTANCE_NAME. Without SMTP_URL no mail is sent and the
 * outbox keeps nothing: links are handed out with `npx watchword setup-link`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface MailConfig {
  /** The SMTP URL with its password, for the transport only: never logged (see safeUrl). */
  url: string;
  /** The same URL with the password masked, for logs and messages. */
  safeUrl: string;
  /** From header, e.g. `Watchword <no-reply@vault.example.com>`. */
  from: string;
  /** Seconds between two runs of each process's sender. */
  sendIntervalSeconds: number;
  /** Attempts per mail before it is left as failed. */
  maxAttempts: number;
}

type Env = Record<string, string | undefined>;
type Fail = (name: string, message: string) => Error;

const mask = (u: URL): string => {
  const copy = new URL(u.toString());
  if (copy.password) copy.password = "***";
  return copy.toString();
};

/** The mail settings, or undefined when SMTP_URL is not set. */
export function mailConfig(env: Env, baseDir: string, appUrl: string, fail: Fail): MailConfig | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw fail("SMTP_URL", "is not a valid URL: use smtp://user:password@host:587 or smtps://host:465");
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
    throw fail("SMTP_URL", `must start with smtp:// or smtps://, got ${u.protocol}//`);
  if (!u.hostname) throw fail("SMTP_URL", "needs a host, e.g. smtp://mail.example.com:587");
  const file = env.SMTP_PASSWORD_FILE?.trim();
  if (file) {
    if (u.password) throw fail("SMTP_PASSWORD_FILE", "cannot be set together with a password in SMTP_URL");
    let password: string;
    try {
      password = readFileSync(path.resolve(baseDir, file), "utf8").replace(/\r?\n$/, "");
    } catch (err) {
      throw fail(
        "SMTP_PASSWORD_FILE",
        `cannot read "${file}" (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    if (!u.username) throw fail("SMTP_PASSWORD_FILE", "needs a user name in SMTP_URL (smtp://user@host)");
    u.password = encodeURIComponent(password);
  }
  const host = new URL(appUrl).hostname;
  const from =
    env.MAIL_FROM?.trim() || `Watchword <no-reply@${host.includes(".") ? host : "localhost.localdomain"}>`;
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(from))
    throw fail("MAIL_FROM", `must be an address or "Name <address>", got "${from}"`);
  const seconds = Number(env.MAIL_SEND_INTERVAL_SECONDS?.trim() || "5");
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600)
    throw fail("MAIL_SEND_INTERVAL_SECONDS", "must be a whole number of seconds between 1 and 3600");
  return { url: u.toString(), safeUrl: mask(u), from, sendIntervalSeconds: seconds, maxAttempts: 8 };
}

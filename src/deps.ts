import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Db } from "./db/db.ts";
import type { ServerKeyPair } from "./crypto/serverKey.ts";
import type { JwtKeys } from "./domain/auth/jwt.keys.ts";
import type { Throttle } from "./http/throttle.ts";
import type { AuditSealer } from "./domain/audit/audit.sealer.ts";
import type { Metrics } from "./http/metrics.ts";
import type { MailSender } from "./domain/email/email.sender.ts";

/** What the app is built from: everything a route needs arrives here, nothing is global. */
export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  serverKey: ServerKeyPair;
  jwtKeys: JwtKeys;
  /** Failed-attempt counting of login, refresh and setup (src/http/throttle.ts). */
  throttle: Throttle;
  /** Links the audit entries of this process into the hash chain (src/domain/audit/). */
  auditSealer: AuditSealer;
  /** Prometheus metrics, when METRICS_PORT is set (src/http/metrics.ts). */
  metrics?: Metrics;
  /** Sends the outbox, when SMTP_URL is set (src/domain/email/). */
  mailSender?: MailSender;
}

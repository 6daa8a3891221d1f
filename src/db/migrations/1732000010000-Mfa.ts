import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, datetime, int, primaryUuid, text, varchar } from "./schema.ts";

/**
 * Multi-factor authentication (src/domain/mfa/): one row per user who has set up TOTP. The
 * secret is stored encrypted (mfa.secret.ts); `last_step` is the 30-second step of the last code
 * accepted, raised by a guarded UPDATE so that a code is used once across every process. Which
 * providers the organisation allows is an organization_settings row (property "mfa"); the
 * `passbolt_mfa` cookie tokens are authentication_tokens of type "mfa" (stored hashed).
 */
export class Mfa1732000010000 implements MigrationInterface {
  name = "Mfa1732000010000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, "mfa_accounts", [
      primaryUuid("user_id"),
      varchar("provider", 16),
      text("secret"),
      datetime("verified"),
      { ...int("last_step"), default: 0 },
      datetime("created"),
      datetime("modified"),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable("mfa_accounts");
  }
}

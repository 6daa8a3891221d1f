import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, varchar } from "./schema.ts";

/**
 * Failed-attempt counters of the login, refresh and setup throttle (src/http/throttle.ts), kept
 * in the database so that every server process sees the same count. One row per key
 * (`login:address:203.0.113.7`, `login:account:<fingerprint>`...), expiring with its window.
 */
export class Throttle1732000005000 implements MigrationInterface {
  name = "Throttle1732000005000";

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === "mysql";
    await createTable(
      qr,
      "throttle",
      [
        { ...varchar("throttle_key", 191), isPrimary: true },
        { name: "points", type: "int", isNullable: false, default: 0 },
        // Unix time in milliseconds; null never expires (rate-limiter-flexible's convention)
        { name: "expires_ms", type: mysql ? "bigint" : "integer", isNullable: true },
      ],
      // the purge of expired counters
      [{ name: "ix_throttle_expires_ms", columnNames: ["expires_ms"] }],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable("throttle");
  }
}

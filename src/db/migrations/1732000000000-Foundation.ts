import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, datetime, primaryUuid, text, varchar } from "./schema.ts";

/** Server key material (OpenPGP, later JWT) shared by every server process. */
export class Foundation1732000000000 implements MigrationInterface {
  name = "Foundation1732000000000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      "server_keys",
      [
        primaryUuid(),
        varchar("kind", 32),
        varchar("fingerprint", 64),
        text("public_key"),
        text("private_key"),
        datetime("created"),
      ],
      [{ name: "ux_server_keys_kind", columnNames: ["kind"], isUnique: true }],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable("server_keys");
  }
}

import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The purge of spent single-use tokens (src/domain/maintenance/purge.ts) selects by type and
 * age: an index on (type, created) keeps it from scanning the table. Sessions already have
 * ix_sessions_expires.
 */
export class Purge1732000008000 implements MigrationInterface {
  name = "Purge1732000008000";

  async up(qr: QueryRunner): Promise<void> {
    await qr.createIndex(
      "authentication_tokens",
      new TableIndex({ name: "ix_authentication_tokens_type_created", columnNames: ["type", "created"] }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex("authentication_tokens", "ix_authentication_tokens_type_created");
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { bool, createTable, datetime, int, primaryUuid, text, uuid, varchar } from "./schema.ts";

/** Users' public keys and cookie sessions (shared by every server process). */
export class Identity1732000002000 implements MigrationInterface {
  name = "Identity1732000002000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      "gpgkeys",
      [
        primaryUuid(),
        uuid("user_id"),
        text("armored_key"),
        int("bits", true),
        varchar("uid", 769),
        varchar("key_id", 16),
        varchar("fingerprint", 51),
        varchar("type", 16, true),
        datetime("expires", true),
        datetime("key_created", true),
        bool("deleted", false),
        datetime("created"),
        datetime("modified"),
      ],
      [
        // GpgAuth looks users up by key fingerprint; setup checks fingerprint uniqueness
        { name: "ix_gpgkeys_fingerprint", columnNames: ["fingerprint"] },
        // a user's current key (secret recipient checks, user contain[gpgkey])
        { name: "ix_gpgkeys_user_id_deleted", columnNames: ["user_id", "deleted"] },
        // keyring sync: GET /gpgkeys.json?filter[modified-after]=
        { name: "ix_gpgkeys_modified", columnNames: ["modified"] },
      ],
    );
    await createTable(
      qr,
      "sessions",
      [
        { name: "id", type: "varchar", length: "64", isPrimary: true, isNullable: false },
        uuid("user_id"),
        datetime("created"),
        datetime("last_activity"),
        datetime("expires"),
      ],
      [
        // end every session of a user (logout everywhere, deletion)
        { name: "ix_sessions_user_id", columnNames: ["user_id"] },
        // purge of expired sessions
        { name: "ix_sessions_expires", columnNames: ["expires"] },
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable("sessions");
    await qr.dropTable("gpgkeys");
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { bool, createTable, datetime, primaryUuid, text, uuid, varchar } from "./schema.ts";

/**
 * What users organise their resources with: threaded comments, tags (personal ones carry the
 * user in resources_tags.user_id; shared ones, whose slug starts with "#", have it NULL), and
 * the organisation settings rows (password expiry first). No foreign keys, as Passbolt.
 */
export class Organize1732000006000 implements MigrationInterface {
  name = "Organize1732000006000";

  async up(qr: QueryRunner): Promise<void> {
    const mysql = qr.connection.options.type === "mysql";
    await createTable(
      qr,
      "comments",
      [
        primaryUuid(),
        uuid("parent_id", { isNullable: true }),
        uuid("foreign_key"),
        varchar("foreign_model", 36),
        varchar("content", 256),
        datetime("created"),
        datetime("modified"),
        uuid("created_by"),
        uuid("modified_by"),
        uuid("user_id"),
      ],
      [
        // GET /comments/resource/{id}: the comments of one resource, newest modified first
        {
          name: "ix_comments_foreign_key_foreign_model_modified",
          columnNames: ["foreign_key", "foreign_model", "modified"],
        },
      ],
    );

    await createTable(
      qr,
      "tags",
      [
        primaryUuid(),
        // slugs compare case-sensitively, as Passbolt: a binary collation on MySQL/MariaDB
        { ...varchar("slug", 128), ...(mysql ? { charset: "utf8mb4", collation: "utf8mb4_bin" } : {}) },
        bool("is_shared", false),
      ],
      [{ name: "ux_tags_slug", columnNames: ["slug"], isUnique: true }],
    );

    await createTable(
      qr,
      "resources_tags",
      [
        primaryUuid(),
        uuid("resource_id"),
        uuid("tag_id"),
        uuid("user_id", { isNullable: true }),
        datetime("created"),
      ],
      [
        // contain[tag] (resource_id IN page), filter[has-tag] (resource_id = r.id AND tag_id = ?)
        { name: "ix_resources_tags_resource_id_tag_id", columnNames: ["resource_id", "tag_id"] },
        // every link of a tag (rename, delete, unused-tag cleanup)
        { name: "ix_resources_tags_tag_id", columnNames: ["tag_id"] },
        // GET /tags.json and the personal-tag checks: the caller's links
        { name: "ix_resources_tags_user_id", columnNames: ["user_id"] },
      ],
    );

    await createTable(
      qr,
      "organization_settings",
      [
        primaryUuid(),
        uuid("property_id"),
        varchar("property", 256),
        text("value"),
        datetime("created"),
        datetime("modified"),
        uuid("created_by"),
        uuid("modified_by"),
      ],
      // one row per property (uuid5 of its name)
      [{ name: "ux_organization_settings_property_id", columnNames: ["property_id"], isUnique: true }],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ["organization_settings", "resources_tags", "tags", "comments"]) await qr.dropTable(t);
  }
}

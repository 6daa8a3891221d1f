import type { MigrationInterface, QueryRunner } from "typeorm";
import { bool, createTable, datetime, int, longText, primaryUuid, text, uuid, varchar } from "./schema.ts";
import { RESOURCE_TYPE_SEEDS } from "./1732000003000-Resources.seed.ts";

/**
 * The zero-knowledge core: resource types (seeded), resources, their encrypted secrets (one per
 * user with access), permissions (aco Resource|Folder, aro User|Group, type 1/7/15), groups
 * and their members (for the group access path), favorites, and the secret read log.
 * No foreign keys, as Passbolt: integrity is enforced by the services inside transactions.
 */
export class Resources1732000003000 implements MigrationInterface {
  name = "Resources1732000003000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      "resource_types",
      [
        primaryUuid(),
        varchar("slug", 64),
        varchar("name", 64),
        varchar("description", 255, true),
        text("definition", true),
        datetime("created"),
        datetime("modified"),
        datetime("deleted", true),
      ],
      [{ name: "ux_resource_types_slug", columnNames: ["slug"], isUnique: true }],
    );
    const now = new Date().toISOString().slice(0, 19).replace("T", " ");
    for (const t of RESOURCE_TYPE_SEEDS) {
      await qr.query(
        `INSERT INTO resource_types (id, slug, name, description, definition, created, modified, deleted)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [t.id, t.slug, t.name, t.description, JSON.stringify(t.definition), now, now, t.deleted ? now : null],
      );
    }

    await createTable(
      qr,
      "resources",
      [
        primaryUuid(),
        varchar("name", 255, true),
        varchar("username", 255, true),
        varchar("uri", 1024, true),
        text("description", true),
        bool("deleted", false),
        datetime("created"),
        datetime("modified"),
        uuid("created_by"),
        uuid("modified_by"),
        uuid("resource_type_id", { isNullable: true }),
        datetime("expired", true),
        // v5 encrypted metadata: stored later, refused by the API for now
        longText(qr, "metadata", true),
        uuid("metadata_key_id", { isNullable: true }),
        varchar("metadata_key_type", 100, true),
      ],
      [
        // resource-types contain[resources_count]; refusing to delete a type still in use
        { name: "ix_resources_resource_type_id_deleted", columnNames: ["resource_type_id", "deleted"] },
      ],
    );

    await createTable(
      qr,
      "secrets",
      [
        primaryUuid(),
        uuid("user_id"),
        uuid("resource_id"),
        longText(qr, "data"),
        datetime("created"),
        datetime("modified"),
        uuid("created_by", { isNullable: true }),
        uuid("modified_by", { isNullable: true }),
        datetime("deleted", true),
        uuid("secret_revision_id", { isNullable: true }),
      ],
      [
        // one secret per (resource, user); serves GET /secrets/resource/{id}, contain[secret]
        // (resource_id IN page AND user_id = me) and "replace all secrets of a resource"
        { name: "ux_secrets_resource_id_user_id", columnNames: ["resource_id", "user_id"], isUnique: true },
        // a user's secrets (user deletion, group membership changes)
        { name: "ix_secrets_user_id", columnNames: ["user_id"] },
      ],
    );

    await createTable(
      qr,
      "permissions",
      [
        primaryUuid(),
        varchar("aco", 30),
        uuid("aco_foreign_key"),
        varchar("aro", 30),
        uuid("aro_foreign_key"),
        int("type"),
        datetime("created"),
        datetime("modified"),
      ],
      [
        // one row per (resource or folder, user or group); also all rows of a resource
        // (contain[permissions], users with access, delete)
        {
          name: "ux_permissions_aco_foreign_key_aro_foreign_key",
          columnNames: ["aco_foreign_key", "aro_foreign_key"],
          isUnique: true,
        },
        // the resource list: both access paths look rows up by aro (the user, or each of their
        // groups) and read aco_foreign_key and type from the index alone
        {
          name: "ix_permissions_aro_foreign_key_aco_aco_foreign_key_type",
          columnNames: ["aro_foreign_key", "aco", "aco_foreign_key", "type"],
        },
      ],
    );

    await createTable(
      qr,
      "groups",
      [
        primaryUuid(),
        varchar("name", 255, true),
        bool("deleted", false),
        datetime("created"),
        datetime("modified"),
        uuid("created_by"),
        uuid("modified_by"),
      ],
      // GET /groups.json: non-deleted groups sorted by name; name uniqueness among them
      [{ name: "ix_groups_deleted_name", columnNames: ["deleted", "name"] }],
    );

    await createTable(
      qr,
      "groups_users",
      [primaryUuid(), uuid("group_id"), uuid("user_id"), bool("is_admin", false), datetime("created")],
      [
        // the group access path of the resource list (user -> groups), and membership uniqueness
        { name: "ux_groups_users_user_id_group_id", columnNames: ["user_id", "group_id"], isUnique: true },
        // members of a group (users with access through a group permission)
        { name: "ix_groups_users_group_id", columnNames: ["group_id"] },
      ],
    );

    await createTable(
      qr,
      "favorites",
      [
        primaryUuid(),
        uuid("user_id"),
        uuid("foreign_key"),
        varchar("foreign_model", 36),
        datetime("created"),
        datetime("modified", true),
      ],
      [
        // contain[favorite] and filter[is-favorite]: (user_id = me, foreign_key = resource)
        { name: "ux_favorites_user_id_foreign_key", columnNames: ["user_id", "foreign_key"], isUnique: true },
        // removing the favorites of a deleted resource
        { name: "ix_favorites_foreign_key", columnNames: ["foreign_key"] },
      ],
    );

    await createTable(
      qr,
      "secret_accesses",
      [primaryUuid(), uuid("user_id"), uuid("resource_id"), uuid("secret_id"), datetime("created")],
      [
        // activity of a resource, newest first
        { name: "ix_secret_accesses_resource_id_created", columnNames: ["resource_id", "created"] },
        // activity of a user, newest first
        { name: "ix_secret_accesses_user_id_created", columnNames: ["user_id", "created"] },
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      "secret_accesses",
      "favorites",
      "groups_users",
      "groups",
      "permissions",
      "secrets",
      "resources",
      "resource_types",
    ])
      await qr.dropTable(t);
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { bool, createTable, datetime, primaryUuid, text, uuid, varchar } from "./schema.ts";
import { roleId } from "../ids.ts";

/** Roles (seeded), users, profiles and single-use authentication tokens. */
export class Users1732000001000 implements MigrationInterface {
  name = "Users1732000001000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      "roles",
      [
        primaryUuid(),
        varchar("name", 50),
        varchar("description", 255, true),
        datetime("created"),
        datetime("modified"),
      ],
      [{ name: "ux_roles_name", columnNames: ["name"], isUnique: true }],
    );
    const now = new Date().toISOString().slice(0, 19).replace("T", " ");
    const seed: [string, string][] = [
      ["admin", "Organization administrator"],
      ["user", "Logged in user"],
      ["guest", "Non logged in user"],
    ];
    for (const [name, description] of seed) {
      await qr.query(`INSERT INTO roles (id, name, description, created, modified) VALUES (?, ?, ?, ?, ?)`, [
        roleId(name),
        name,
        description,
        now,
        now,
      ]);
    }

    await createTable(
      qr,
      "users",
      [
        primaryUuid(),
        uuid("role_id"),
        varchar("username", 255),
        bool("active", false),
        bool("deleted", false),
        datetime("disabled", true),
        datetime("last_logged_in", true),
        datetime("created"),
        datetime("modified"),
      ],
      [
        // find-by-username (login, uniqueness check), list sorted by username
        { name: "ix_users_username_deleted", columnNames: ["username", "deleted"] },
        { name: "ix_users_role_id", columnNames: ["role_id"] },
      ],
    );

    await createTable(
      qr,
      "profiles",
      [
        primaryUuid(),
        uuid("user_id"),
        varchar("first_name", 255),
        varchar("last_name", 255),
        datetime("created"),
        datetime("modified"),
      ],
      [{ name: "ux_profiles_user_id", columnNames: ["user_id"], isUnique: true }],
    );

    await createTable(
      qr,
      "authentication_tokens",
      [
        primaryUuid(),
        varchar("token", 128),
        uuid("user_id"),
        bool("active", true),
        varchar("type", 16),
        text("data", true),
        datetime("created"),
        datetime("modified"),
      ],
      [
        // lookup of a presented token: setup links, login nonces, refresh tokens
        { name: "ix_authentication_tokens_token_type", columnNames: ["token", "type"] },
        // revoke all of a user's tokens of one type
        { name: "ix_authentication_tokens_user_id_type", columnNames: ["user_id", "type"] },
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ["authentication_tokens", "profiles", "users", "roles"]) await qr.dropTable(t);
  }
}

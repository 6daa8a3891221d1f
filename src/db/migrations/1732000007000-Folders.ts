import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, datetime, primaryUuid, uuid, varchar } from "./schema.ts";

/**
 * Folders and the per-user folder trees (Passbolt's Folders plugin). A folder's permissions are
 * rows of `permissions` with aco = 'Folder'. `folders_relations` holds one row per (user, item)
 * with that user's parent folder; a missing row means the item is at the user's root. No
 * foreign keys, as Passbolt.
 */
export class Folders1732000007000 implements MigrationInterface {
  name = "Folders1732000007000";

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      "folders",
      [
        primaryUuid(),
        varchar("name", 256, true),
        datetime("created"),
        datetime("modified"),
        uuid("created_by"),
        uuid("modified_by"),
      ],
      // filter[search] and the default sort
      [{ name: "ix_folders_name", columnNames: ["name"] }],
    );
    await createTable(
      qr,
      "folders_relations",
      [
        primaryUuid(),
        varchar("foreign_model", 30),
        uuid("foreign_id"),
        uuid("user_id"),
        uuid("folder_parent_id", { isNullable: true }),
        datetime("created"),
        datetime("modified"),
      ],
      [
        // one row per (user, item): the caller's parent of a page of items, moves, placement
        {
          name: "ux_folders_relations_user_id_foreign_id",
          columnNames: ["user_id", "foreign_id"],
          isUnique: true,
        },
        // placement of an item for a new user (the parents other users chose), cleanup on delete
        {
          name: "ix_folders_relations_foreign_id_folder_parent_id",
          columnNames: ["foreign_id", "folder_parent_id"],
        },
        // the children of a folder in a user's tree (contain[children_*], cascade delete)
        {
          name: "ix_folders_relations_folder_parent_id_user_id",
          columnNames: ["folder_parent_id", "user_id"],
        },
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ["folders_relations", "folders"]) await qr.dropTable(t);
  }
}

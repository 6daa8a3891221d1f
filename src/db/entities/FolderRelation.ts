import { EntitySchema } from "typeorm";

export type FolderItemModel = "Resource" | "Folder";

/** Where one item sits in one user's tree; folderParentId null = that user's root. */
export interface FolderRelation {
  id: string;
  foreignModel: FolderItemModel;
  foreignId: string;
  userId: string;
  folderParentId: string | null;
  created: Date;
  modified: Date;
}

export const FolderRelationEntity = new EntitySchema<FolderRelation>({
  name: "FolderRelation",
  tableName: "folders_relations",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    foreignModel: { name: "foreign_model", type: "varchar", length: 30 },
    foreignId: { name: "foreign_id", type: "varchar", length: 36 },
    userId: { name: "user_id", type: "varchar", length: 36 },
    folderParentId: { name: "folder_parent_id", type: "varchar", length: 36, nullable: true },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

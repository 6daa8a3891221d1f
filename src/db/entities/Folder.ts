import { EntitySchema } from "typeorm";

/** A folder (hard-deleted). Its permissions are `permissions` rows with aco = 'Folder'. */
export interface Folder {
  id: string;
  name: string | null;
  created: Date;
  modified: Date;
  createdBy: string;
  modifiedBy: string;
}

export const FolderEntity = new EntitySchema<Folder>({
  name: "Folder",
  tableName: "folders",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    name: { type: "varchar", length: 256, nullable: true },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    createdBy: { name: "created_by", type: "varchar", length: 36 },
    modifiedBy: { name: "modified_by", type: "varchar", length: 36 },
  },
});

import { EntitySchema } from "typeorm";

export interface Group {
  id: string;
  name: string | null;
  deleted: boolean;
  created: Date;
  modified: Date;
  createdBy: string;
  modifiedBy: string;
}

export const GroupEntity = new EntitySchema<Group>({
  name: "Group",
  tableName: "groups",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    name: { type: "varchar", length: 255, nullable: true },
    deleted: { type: "boolean", default: false },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    createdBy: { name: "created_by", type: "varchar", length: 36 },
    modifiedBy: { name: "modified_by", type: "varchar", length: 36 },
  },
});

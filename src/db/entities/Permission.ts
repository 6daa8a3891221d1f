import { EntitySchema } from "typeorm";

export type Aco = "Resource" | "Folder";
export type Aro = "User" | "Group";
/** 1 read, 7 update, 15 owner. */
export type PermissionType = 1 | 7 | 15;
export const PERMISSION = { READ: 1, UPDATE: 7, OWNER: 15 } as const;

/** Who (aro) may do what (type) on which resource or folder (aco). */
export interface Permission {
  id: string;
  aco: Aco;
  acoForeignKey: string;
  aro: Aro;
  aroForeignKey: string;
  type: PermissionType;
  created: Date;
  modified: Date;
}

export const PermissionEntity = new EntitySchema<Permission>({
  name: "Permission",
  tableName: "permissions",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    aco: { type: "varchar", length: 30 },
    acoForeignKey: { name: "aco_foreign_key", type: "varchar", length: 36 },
    aro: { type: "varchar", length: 30 },
    aroForeignKey: { name: "aro_foreign_key", type: "varchar", length: 36 },
    type: { type: "int" },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

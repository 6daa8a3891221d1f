import { EntitySchema } from "typeorm";

export type RoleName = "admin" | "user" | "guest";

export interface Role {
  id: string;
  name: RoleName;
  description: string | null;
  created: Date;
  modified: Date;
}

export const RoleEntity = new EntitySchema<Role>({
  name: "Role",
  tableName: "roles",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    name: { type: "varchar", length: 50 },
    description: { type: "varchar", length: 255, nullable: true },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

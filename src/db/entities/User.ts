import { EntitySchema } from "typeorm";

export interface User {
  id: string;
  roleId: string;
  username: string;
  active: boolean;
  deleted: boolean;
  disabled: Date | null;
  lastLoggedIn: Date | null;
  created: Date;
  modified: Date;
}

export const UserEntity = new EntitySchema<User>({
  name: "User",
  tableName: "users",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    roleId: { name: "role_id", type: "varchar", length: 36 },
    username: { type: "varchar", length: 255 },
    active: { type: "boolean", default: false },
    deleted: { type: "boolean", default: false },
    disabled: { type: "datetime", nullable: true },
    lastLoggedIn: { name: "last_logged_in", type: "datetime", nullable: true },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

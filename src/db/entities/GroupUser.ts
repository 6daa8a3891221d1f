import { EntitySchema } from "typeorm";

/** A membership; `isAdmin` marks a group manager. */
export interface GroupUser {
  id: string;
  groupId: string;
  userId: string;
  isAdmin: boolean;
  created: Date;
}

export const GroupUserEntity = new EntitySchema<GroupUser>({
  name: "GroupUser",
  tableName: "groups_users",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    groupId: { name: "group_id", type: "varchar", length: 36 },
    userId: { name: "user_id", type: "varchar", length: 36 },
    isAdmin: { name: "is_admin", type: "boolean", default: false },
    created: { type: "datetime" },
  },
});

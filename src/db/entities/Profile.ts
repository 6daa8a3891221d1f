import { EntitySchema } from "typeorm";

export interface Profile {
  id: string;
  userId: string;
  firstName: string;
  lastName: string;
  created: Date;
  modified: Date;
}

export const ProfileEntity = new EntitySchema<Profile>({
  name: "Profile",
  tableName: "profiles",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    userId: { name: "user_id", type: "varchar", length: 36 },
    firstName: { name: "first_name", type: "varchar", length: 255 },
    lastName: { name: "last_name", type: "varchar", length: 255 },
    created: { type: "datetime" },
    modified: { type: "datetime" },
  },
});

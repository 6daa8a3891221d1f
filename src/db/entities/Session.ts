import { EntitySchema } from "typeorm";

/** A cookie session. `id` is the SHA-256 of the cookie value, so the table hands out no session. */
export interface Session {
  id: string;
  userId: string;
  created: Date;
  lastActivity: Date;
  expires: Date;
}

export const SessionEntity = new EntitySchema<Session>({
  name: "Session",
  tableName: "sessions",
  columns: {
    id: { type: "varchar", length: 64, primary: true },
    userId: { name: "user_id", type: "varchar", length: 36 },
    created: { type: "datetime" },
    lastActivity: { name: "last_activity", type: "datetime" },
    expires: { type: "datetime" },
  },
});

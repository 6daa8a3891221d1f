import { EntitySchema } from "typeorm";

/** One read of a secret (GET /secrets/resource/{id}, contain[secret]). */
export interface SecretAccess {
  id: string;
  userId: string;
  resourceId: string;
  secretId: string;
  created: Date;
}

export const SecretAccessEntity = new EntitySchema<SecretAccess>({
  name: "SecretAccess",
  tableName: "secret_accesses",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    userId: { name: "user_id", type: "varchar", length: 36 },
    resourceId: { name: "resource_id", type: "varchar", length: 36 },
    secretId: { name: "secret_id", type: "varchar", length: 36 },
    created: { type: "datetime" },
  },
});

import { EntitySchema } from "typeorm";

/** One user's copy of a resource's secret: an armored OpenPGP message the server never decrypts. */
export interface Secret {
  id: string;
  userId: string;
  resourceId: string;
  data: string;
  created: Date;
  modified: Date;
  createdBy: string | null;
  modifiedBy: string | null;
  deleted: Date | null;
  secretRevisionId: string | null;
}

export const SecretEntity = new EntitySchema<Secret>({
  name: "Secret",
  tableName: "secrets",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    userId: { name: "user_id", type: "varchar", length: 36 },
    resourceId: { name: "resource_id", type: "varchar", length: 36 },
    data: { type: "text" },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    createdBy: { name: "created_by", type: "varchar", length: 36, nullable: true },
    modifiedBy: { name: "modified_by", type: "varchar", length: 36, nullable: true },
    deleted: { type: "datetime", nullable: true },
    secretRevisionId: { name: "secret_revision_id", type: "varchar", length: 36, nullable: true },
  },
});

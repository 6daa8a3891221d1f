import { EntitySchema } from "typeorm";

/** A v4 resource: cleartext metadata; its secret lives in `secrets`, one row per user. */
export interface Resource {
  id: string;
  name: string | null;
  username: string | null;
  uri: string | null;
  description: string | null;
  deleted: boolean;
  created: Date;
  modified: Date;
  createdBy: string;
  modifiedBy: string;
  resourceTypeId: string | null;
  expired: Date | null;
}

export const ResourceEntity = new EntitySchema<Resource>({
  name: "Resource",
  tableName: "resources",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    name: { type: "varchar", length: 255, nullable: true },
    username: { type: "varchar", length: 255, nullable: true },
    uri: { type: "varchar", length: 1024, nullable: true },
    description: { type: "text", nullable: true },
    deleted: { type: "boolean", default: false },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    createdBy: { name: "created_by", type: "varchar", length: 36 },
    modifiedBy: { name: "modified_by", type: "varchar", length: 36 },
    resourceTypeId: { name: "resource_type_id", type: "varchar", length: 36, nullable: true },
    expired: { type: "datetime", nullable: true },
  },
});

import { EntitySchema } from "typeorm";

/** A kind of resource: which cleartext fields it has and what its secret plaintext holds. */
export interface ResourceType {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  /** JSON text: {resource: <JSON Schema>, secret: <JSON Schema>} */
  definition: string | null;
  created: Date;
  modified: Date;
  deleted: Date | null;
}

export const ResourceTypeEntity = new EntitySchema<ResourceType>({
  name: "ResourceType",
  tableName: "resource_types",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    slug: { type: "varchar", length: 64 },
    name: { type: "varchar", length: 64 },
    description: { type: "varchar", length: 255, nullable: true },
    definition: { type: "text", nullable: true },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    deleted: { type: "datetime", nullable: true },
  },
});

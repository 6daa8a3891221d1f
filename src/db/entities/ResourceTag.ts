import { EntitySchema } from "typeorm";

/** A tag on a resource: `userId` is the owner of a personal tag, null for a shared tag. */
export interface ResourceTag {
  id: string;
  resourceId: string;
  tagId: string;
  userId: string | null;
  created: Date;
}

export const ResourceTagEntity = new EntitySchema<ResourceTag>({
  name: "ResourceTag",
  tableName: "resources_tags",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    resourceId: { name: "resource_id", type: "varchar", length: 36 },
    tagId: { name: "tag_id", type: "varchar", length: 36 },
    userId: { name: "user_id", type: "varchar", length: 36, nullable: true },
    created: { type: "datetime" },
  },
});

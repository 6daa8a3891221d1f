import { EntitySchema } from "typeorm";

/** A tag. Its id is uuid5("tag.id.<slug>"); a slug starting with "#" is a shared tag. */
export interface Tag {
  id: string;
  slug: string;
  isShared: boolean;
}

export const TagEntity = new EntitySchema<Tag>({
  name: "Tag",
  tableName: "tags",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    slug: { type: "varchar", length: 128 },
    isShared: { name: "is_shared", type: "boolean", default: false },
  },
});

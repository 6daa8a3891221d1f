import { EntitySchema } from "typeorm";

/** A comment on a resource; `parentId` makes it a reply to another comment of the same resource. */
export interface Comment {
  id: string;
  parentId: string | null;
  foreignKey: string;
  foreignModel: "Resource";
  content: string;
  created: Date;
  modified: Date;
  createdBy: string;
  modifiedBy: string;
  /** The author: only they may edit or delete it. */
  userId: string;
}

export const CommentEntity = new EntitySchema<Comment>({
  name: "Comment",
  tableName: "comments",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    parentId: { name: "parent_id", type: "varchar", length: 36, nullable: true },
    foreignKey: { name: "foreign_key", type: "varchar", length: 36 },
    foreignModel: { name: "foreign_model", type: "varchar", length: 36 },
    content: { type: "varchar", length: 256 },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    createdBy: { name: "created_by", type: "varchar", length: 36 },
    modifiedBy: { name: "modified_by", type: "varchar", length: 36 },
    userId: { name: "user_id", type: "varchar", length: 36 },
  },
});

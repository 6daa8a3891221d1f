/**
 * Request and response schemas of /comments. Bodies accept the read-only fields a client may
 * echo back from the comment entity it holds (ignored); anything else is refused.
 */
import { anySchema, containParam, dateTimeSchema, uuidSchema } from "../../http/schemas/common.ts";
import { userSchema } from "../users/users.wire.schemas.ts";
import { component } from "../../http/schemas/component.ts";

export const COMMENT_CONTENT_MAX = 255;

const content = { type: "string", minLength: 1, maxLength: COMMENT_CONTENT_MAX } as const;

/** Sent back by clients from the entity they hold; never read. */
const echoed = {
  id: anySchema,
  foreign_key: anySchema,
  foreign_model: anySchema,
  user_id: anySchema,
  created: anySchema,
  modified: anySchema,
  created_by: anySchema,
  modified_by: anySchema,
  creator: anySchema,
  modifier: anySchema,
  children: anySchema,
} as const;

export const createCommentSchema = {
  type: "object",
  required: ["content"],
  additionalProperties: false,
  properties: {
    content,
    parent_id: {
      type: ["string", "null"],
      format: "uuid",
      description: "Reply to this comment (of the same resource).",
    },
    ...echoed,
  },
} as const;

export const updateCommentSchema = {
  type: "object",
  required: ["content"],
  additionalProperties: false,
  properties: { content, parent_id: anySchema, ...echoed },
} as const;

export interface CommentBody {
  content: string;
  parent_id?: string | null;
}

export const COMMENT_CONTAINS = ["creator", "modifier"] as const;
export type CommentContain = (typeof COMMENT_CONTAINS)[number];
export const commentsQuery = COMMENT_CONTAINS.map((c) =>
  containParam(c, `Include the ${c} and their profile.`),
);

const commentProperties = {
  id: uuidSchema,
  parent_id: { type: ["string", "null"], format: "uuid" },
  foreign_key: uuidSchema,
  foreign_model: { type: "string", enum: ["Resource"] },
  content: { type: "string" },
  created: dateTimeSchema,
  modified: dateTimeSchema,
  created_by: uuidSchema,
  modified_by: uuidSchema,
  user_id: uuidSchema,
  creator: userSchema,
  modifier: userSchema,
} as const;

const commentRequired = [
  "id",
  "parent_id",
  "foreign_key",
  "foreign_model",
  "content",
  "created",
  "modified",
  "created_by",
  "modified_by",
  "user_id",
];

/** One comment, as created or updated. */
export const commentSchema = component("Comment", {
  type: "object",
  additionalProperties: false,
  required: commentRequired,
  properties: commentProperties,
} as const);

/** A comment of the threaded list: its replies nest under `children`, newest modified first. */
export const threadedCommentSchema = {
  $id: "https://watchword/schemas/threaded-comment.json",
  type: "object",
  additionalProperties: false,
  required: [...commentRequired, "children"],
  properties: {
    ...commentProperties,
    children: { type: "array", items: { $ref: "#/components/schemas/ThreadedComment" }, examples: [[]] },
  },
} as const;

import type { Comment } from "../../db/entities/Comment.ts";
import { isoDate } from "../../http/dates.ts";
import { presentUser, type UserWithRelations } from "../users/users.presenter.ts";
import type { CommentContain } from "./comments.schemas.ts";

export interface CommentPresentation {
  users: Map<string, UserWithRelations>;
  contains: Set<CommentContain>;
  appUrl: string;
}

/** The wire shape of one comment, with its creator and modifier (and their profile) when contained. */
export function presentComment(c: Comment, p?: CommentPresentation): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: c.id,
    parent_id: c.parentId,
    foreign_key: c.foreignKey,
    foreign_model: c.foreignModel,
    content: c.content,
    created: isoDate(c.created),
    modified: isoDate(c.modified),
    created_by: c.createdBy,
    modified_by: c.modifiedBy,
    user_id: c.userId,
  };
  const user = (id: string) => p?.users.get(id);
  if (p?.contains.has("creator") && user(c.createdBy))
    out.creator = presentUser(user(c.createdBy)!, p.appUrl);
  if (p?.contains.has("modifier") && user(c.modifiedBy))
    out.modifier = presentUser(user(c.modifiedBy)!, p.appUrl);
  return out;
}

/**
 * The threaded list: each comment with its replies under `children`, in the order given
 * (newest modified first). A reply whose parent is gone is listed at the top level.
 */
export function presentThread(comments: Comment[], p: CommentPresentation): Record<string, unknown>[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<string, Comment[]>();
  for (const c of comments)
    if (c.parentId && ids.has(c.parentId)) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const node = (c: Comment): Record<string, unknown> => ({
    ...presentComment(c, p),
    children: (children.get(c.id) ?? []).map(node),
  });
  return comments.filter((c) => !c.parentId || !ids.has(c.parentId)).map(node);
}

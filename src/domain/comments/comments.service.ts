/**
 * Comments on resources: anyone who can read the resource reads and writes them; only the
 * author edits or deletes one. A reply's parent must be a comment of the same resource.
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { CommentEntity, type Comment } from "../../db/entities/Comment.ts";
import { newId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { AppError, forbidden, notFound, validationFailed } from "../../http/errors.ts";
import { findUsersWithRelations } from "../users/users.queries.ts";
import type { UserWithRelations } from "../users/users.presenter.ts";
import type { CommentBody, CommentContain } from "./comments.schemas.ts";
import { insertRows } from "../../db/insert.ts";
import { mailCommentAdded } from "../email/email.events.ts";
import { assertCan, findUserIdsWithAccess } from "../access/index.ts";

export const INVALID_COMMENT = "Could not validate comment data.";
export const COMMENT_NOT_FOUND = "The comment does not exist.";

export interface CommentListing {
  comments: Comment[];
  users: Map<string, UserWithRelations>;
}

/** Creators and modifiers with their profile, when contained. */
async function loadUsers(
  m: EntityManager,
  comments: Comment[],
  contains: Set<CommentContain>,
): Promise<Map<string, UserWithRelations>> {
  const ids: string[] = [];
  if (contains.has("creator")) ids.push(...comments.map((c) => c.createdBy));
  if (contains.has("modifier")) ids.push(...comments.map((c) => c.modifiedBy));
  const contain = { profile: true, gpgkey: false, role: false, groups_users: false };
  const users = await findUsersWithRelations(m, ids, contain);
  return new Map(users.map((u) => [u.id, u]));
}

/**
 * The comments of a resource the actor can read, newest modified first.
 * @throws AppError 404 (no such resource, deleted, or no access)
 */
export async function listComments(
  db: Db,
  actorId: string,
  resourceId: string,
  contains: Set<CommentContain>,
): Promise<CommentListing> {
  return db.read(async (m) => {
    await assertCan(m, actorId, "Resource", resourceId, "read");
    const comments = await m.getRepository(CommentEntity).find({
      where: { foreignKey: resourceId, foreignModel: "Resource" },
      order: { modified: "DESC", created: "DESC", id: "ASC" },
    });
    return { comments, users: await loadUsers(m, comments, contains) };
  });
}

/**
 * Adds a comment (or a reply) by the actor to a resource they can read; the other users with
 * access are mailed (with `config`), in the same transaction.
 * @throws AppError 404 (resource not visible), 400 parent_id.has_valid_parent_id
 */
export async function addComment(
  db: Db,
  actorId: string,
  resourceId: string,
  body: CommentBody,
  config?: Config,
): Promise<Comment> {
  return db.tx(async (m) => {
    const { row: resource } = await assertCan(m, actorId, "Resource", resourceId, "read");
    const parentId = body.parent_id ? body.parent_id.toLowerCase() : null;
    if (parentId) {
      const parent = await m
        .getRepository(CommentEntity)
        .existsBy({ id: parentId, foreignKey: resourceId, foreignModel: "Resource" });
      if (!parent)
        throw validationFailed(INVALID_COMMENT, {
          parent_id: { has_valid_parent_id: "The parent comment is invalid." },
        });
    }
    const now = nowSeconds();
    const comment: Comment = {
      id: newId(),
      parentId,
      foreignKey: resourceId,
      foreignModel: "Resource",
      content: body.content,
      created: now,
      modified: now,
      createdBy: actorId,
      modifiedBy: actorId,
      userId: actorId,
    };
    await insertRows(m, CommentEntity, comment);
    if (config)
      await mailCommentAdded(
        m,
        config,
        actorId,
        () => findUserIdsWithAccess(m, resourceId),
        resource,
        comment.content,
      );
    return comment;
  });
}

/** The comment, if the actor can still read its resource (else it does not exist for them). */
async function findVisibleComment(m: EntityManager, actorId: string, commentId: string): Promise<Comment> {
  const comment = await m.getRepository(CommentEntity).findOneBy({ id: commentId });
  if (!comment) throw notFound(COMMENT_NOT_FOUND, "no such comment");
  await assertCan(m, actorId, "Resource", comment.foreignKey, "read").catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404)
      throw notFound(COMMENT_NOT_FOUND, "the resource of the comment is not visible");
    throw err;
  });
  return comment;
}

/**
 * Changes the content of the actor's own comment.
 * @throws AppError 404 (no such comment, or its resource is not visible), 403 (not the author)
 */
export async function updateComment(
  db: Db,
  actorId: string,
  commentId: string,
  content: string,
): Promise<Comment> {
  return db.tx(async (m) => {
    const comment = await findVisibleComment(m, actorId, commentId);
    if (comment.userId !== actorId) throw forbidden("You are not allowed to edit this comment.");
    const changes = { content, modified: nowSeconds(), modifiedBy: actorId };
    await m.getRepository(CommentEntity).update({ id: commentId }, changes);
    return { ...comment, ...changes };
  });
}

/**
 * Deletes the actor's own comment. Its replies stay and are listed at the top level, as Passbolt.
 * @throws AppError 404 (no such comment, its resource is not visible, or not the author, as Passbolt)
 */
export async function deleteComment(db: Db, actorId: string, commentId: string): Promise<void> {
  await db.tx(async (m) => {
    const comment = await findVisibleComment(m, actorId, commentId);
    if (comment.userId !== actorId) throw notFound(COMMENT_NOT_FOUND, "not the author");
    await m.getRepository(CommentEntity).delete({ id: commentId });
  });
}

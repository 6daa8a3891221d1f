import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { isTrue, uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { presentComment, presentThread } from "./comments.presenter.ts";
import {
  COMMENT_CONTAINS,
  commentSchema,
  commentsQuery,
  createCommentSchema,
  threadedCommentSchema,
  updateCommentSchema,
  type CommentBody,
} from "./comments.schemas.ts";
import {
  addComment,
  deleteComment,
  INVALID_COMMENT,
  listComments,
  updateComment,
} from "./comments.service.ts";

type Query = Record<string, unknown>;

/** Comments on resources: threaded list, add (or reply), edit and delete by the author. */
export function commentsRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const actorId = (ctx: AppContext): string => ctx.state.actor.id;
  const resourceParams = { resourceId: uuidSchema };

  mount(
    router,
    {
      method: "get",
      path: "/comments/resource/:resourceId",
      name: "CommentsView.view",
      summary: "List the comments of a resource",
      description:
        "Threaded: replies nest under `children`; newest modified first at every level. Needs read " +
        "access to the resource (404 otherwise).",
      tags: ["Comments"],
      auth: "user",
      params: resourceParams,
      query: commentsQuery,
      response: { type: "array", items: threadedCommentSchema },
      errors: [404],
    },
    async (ctx) => {
      const { params, query } = input<unknown, Query, { resourceId: string }>(ctx);
      const contains = new Set(COMMENT_CONTAINS.filter((c) => isTrue(query[`contain[${c}]`])));
      const list = await listComments(db, actorId(ctx), params.resourceId, contains);
      success(ctx, presentThread(list.comments, { users: list.users, contains, appUrl: config.appUrl }));
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/comments/resource/:resourceId",
      name: "CommentsAdd.addPost",
      summary: "Comment on a resource",
      description:
        "`content` is 1 to 255 characters; `parent_id` makes it a reply to a comment of the same resource " +
        "(rule has_valid_parent_id). Needs read access to the resource (404 otherwise).",
      tags: ["Comments"],
      auth: "user",
      params: resourceParams,
      body: { schema: createCommentSchema, message: INVALID_COMMENT },
      response: commentSchema,
      errors: [404],
      example: { content: "Rotated after the audit.", parent_id: null },
    },
    async (ctx) => {
      const { params, body } = input<CommentBody, Query, { resourceId: string }>(ctx);
      const comment = await addComment(db, actorId(ctx), params.resourceId, body, config);
      success(ctx, presentComment(comment), "The comment was successfully added.");
    },
  );

  mount(
    router,
    {
      method: "put",
      path: "/comments/:id",
      name: "CommentsUpdate.update",
      summary: "Edit a comment",
      description:
        "Only its author may (403 for anyone else who can read the resource); 404 when the caller " +
        "cannot read the resource it belongs to.",
      tags: ["Comments"],
      auth: "user",
      params: { id: uuidSchema },
      body: { schema: updateCommentSchema, message: INVALID_COMMENT },
      response: commentSchema,
      errors: [403, 404],
      example: { content: "Rotated again." },
    },
    async (ctx) => {
      const { params, body } = input<CommentBody, Query, { id: string }>(ctx);
      const comment = await updateComment(db, actorId(ctx), params.id, body.content);
      success(ctx, presentComment(comment), "The comment was successfully updated.");
    },
  );

  mount(
    router,
    {
      method: "delete",
      path: "/comments/:id",
      name: "CommentsDelete.delete",
      summary: "Delete a comment",
      description:
        "Only its author may; anyone else gets 404, as Passbolt answers. Replies to it stay, at the top level.",
      tags: ["Comments"],
      auth: "user",
      params: { id: uuidSchema },
      response: { type: "null" },
      errors: [404],
    },
    async (ctx) => {
      const { params } = input<unknown, Query, { id: string }>(ctx);
      await deleteComment(db, actorId(ctx), params.id);
      success(ctx, null, "The comment was deleted.");
    },
  );

  return router;
}

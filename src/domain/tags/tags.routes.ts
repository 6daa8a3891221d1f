import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { presentTag } from "./tags.presenter.ts";
import {
  resourceTagsSchema,
  tagSchema,
  updateTagSchema,
  type ResourceTagsBody,
  type UpdateTagBody,
} from "./tags.schemas.ts";
import { deleteTag, INVALID_TAGS, listTags, renameTag, setResourceTags } from "./tags.service.ts";

type Query = Record<string, unknown>;

/** Tags: personal ones for the caller, shared ("#...") ones for everyone on the resource. */
export function tagsRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const actorId = (ctx: AppContext): string => ctx.state.actor.id;

  mount(
    router,
    {
      method: "get",
      path: "/tags",
      name: "TagsIndex.index",
      summary: "List the tags the caller sees",
      description:
        "The caller's personal tags and the shared tags on the resources they can reach, sorted by slug.",
      tags: ["Tags"],
      auth: "user",
      response: { type: "array", items: tagSchema },
    },
    async (ctx) => {
      success(ctx, (await listTags(db, actorId(ctx))).map(presentTag));
    },
  );

  mount(
    router,
    {
      method: "post",
      // the same path as PUT and DELETE /tags/{id}: here the id is the resource's
      path: "/tags/:id",
      name: "ResourcesTagsAdd.addPost",
      summary: "Set the caller's tags on a resource",
      description:
        "`tags` is the complete list: the caller's personal tags are added and removed to match, and " +
        "so are shared tags, which needs update rights on the resource (400 tags.shared_tag_permission " +
        "otherwise, as Passbolt). Other users' personal tags are untouched. Answers the tags the caller " +
        "now sees on the resource. 404 when the caller cannot read it.",
      tags: ["Tags"],
      auth: "user",
      params: { id: { ...uuidSchema, description: "The id of the resource (not of a tag)." } },
      body: { schema: resourceTagsSchema, message: INVALID_TAGS },
      response: { type: "array", items: tagSchema },
      errors: [404],
      example: { tags: ["work", "#ops"] },
    },
    async (ctx) => {
      const { params, body } = input<ResourceTagsBody, Query, { id: string }>(ctx);
      const tags = await setResourceTags(db, actorId(ctx), params.id, body.tags);
      success(ctx, tags.map(presentTag));
    },
  );

  mount(
    router,
    {
      method: "put",
      path: "/tags/:id",
      name: "TagsUpdate.update",
      summary: "Rename a tag",
      description:
        "A personal tag is renamed for the caller only; it cannot become shared (400). A shared tag is " +
        "renamed on every resource, and needs update rights on all of them (403 otherwise); it stays " +
        "shared (400). Answers the tag with its new slug (and id). 404 for a tag the caller does not see.",
      tags: ["Tags"],
      auth: "user",
      params: { id: { ...uuidSchema, description: "The id of the tag." } },
      body: { schema: updateTagSchema, message: INVALID_TAGS },
      response: tagSchema,
      errors: [403, 404],
      example: { slug: "personal" },
    },
    async (ctx) => {
      const { params, body } = input<UpdateTagBody, Query, { id: string }>(ctx);
      const tag = await renameTag(db, actorId(ctx), params.id, body.slug);
      success(ctx, presentTag(tag), "The tag has been updated successfully.");
    },
  );

  mount(
    router,
    {
      method: "delete",
      path: "/tags/:id",
      name: "TagsDelete.delete",
      summary: "Delete a tag",
      description:
        "A personal tag is taken off the caller's resources; a shared tag off every resource, which needs " +
        "update rights on all of them (403 otherwise). 404 for a tag the caller does not see.",
      tags: ["Tags"],
      auth: "user",
      params: { id: uuidSchema },
      response: { type: "null" },
      errors: [403, 404],
    },
    async (ctx) => {
      const { params } = input<unknown, Query, { id: string }>(ctx);
      await deleteTag(db, actorId(ctx), params.id);
      success(ctx, null, "The tag has been deleted successfully.");
    },
  );

  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { containParam, containValueSchema, isTrue, uuidSchema } from "../../http/schemas/common.ts";
import type { AppState } from "../../http/types.ts";
import { presentResourceType } from "./resourceTypes.presenter.ts";
import { resourceTypeSchema } from "./resourceTypes.schemas.ts";
import { findResourceType, listResourceTypes } from "./resourceTypes.service.ts";

/** GET /resource-types.json, GET /resource-types/{id}.json. */
export function resourceTypesRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  mount(
    router,
    {
      method: "get",
      path: "/resource-types",
      name: "ResourceTypesIndex.index",
      summary: "List resource types",
      description:
        "The types resources can have, with their JSON-Schema definitions. Deleted types (the v5 ones, " +
        "until encrypted metadata is supported) are listed only with filter[is-deleted]=1.",
      tags: ["Resource types"],
      auth: "user",
      query: [
        containParam("resources_count", "Number of non-deleted resources of each type (admins only)."),
        {
          name: "filter[is-deleted]",
          schema: containValueSchema,
          description: "1: only deleted types; 0 (default): only usable ones.",
        },
      ],
      response: { type: "array", items: resourceTypeSchema },
    },
    async (ctx) => {
      const { query } = input(ctx);
      const withCount = isTrue(query["contain[resources_count]"]) && ctx.state.actor.role === "admin";
      const { types, counts } = await listResourceTypes(db, {
        deleted: isTrue(query["filter[is-deleted]"]),
        withCount,
      });
      success(
        ctx,
        types.map((t) => presentResourceType(t, counts ? (counts.get(t.id) ?? 0) : undefined)),
      );
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/resource-types/:id",
      name: "ResourceTypesView.view",
      summary: "Get a resource type",
      tags: ["Resource types"],
      auth: "user",
      params: { id: uuidSchema },
      response: resourceTypeSchema,
      errors: [404],
    },
    async (ctx) => {
      const { params } = input<unknown, unknown, { id: string }>(ctx);
      success(ctx, presentResourceType(await findResourceType(db, params.id)));
    },
  );

  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { readPageRequest } from "../../http/pagination.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { isTrue, uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { viewResourceFor, listResourcesFor } from "./resources.list.ts";
import { presentResource } from "./resources.presenter.ts";
import { SORTABLE, type ResourceFilters } from "./resources.queries.ts";
import {
  createResourceSchema,
  indexQuery,
  RESOURCE_CONTAINS,
  resourceSchema,
  updateResourceSchema,
  viewQuery,
  type ResourceBody,
  type ResourceContain,
} from "./resources.schemas.ts";
import { createResource, deleteResource, INVALID_RESOURCE, updateResource } from "./resources.service.ts";

type Query = Record<string, unknown>;

function containsOf(query: Query): Set<ResourceContain> {
  return new Set(RESOURCE_CONTAINS.filter((c) => isTrue(query[`contain[${c}]`])));
}

function filtersOf(query: Query): ResourceFilters {
  const f: ResourceFilters = {};
  const favorite = query["filter[is-favorite]"];
  if (favorite !== undefined) f.isFavorite = isTrue(favorite);
  if (typeof query["filter[is-shared-with-group]"] === "string")
    f.sharedWithGroup = query["filter[is-shared-with-group]"].toLowerCase();
  // Passbolt only tests that these two keys are present (=0 filters like =1); here 0/false is off
  if (isTrue(query["filter[is-owned-by-me]"])) f.ownedByMe = true;
  if (isTrue(query["filter[is-shared-with-me]"])) f.sharedWithMe = true;
  const ids = query["filter[has-id][]"] as string[] | undefined;
  if (ids) f.ids = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (typeof query["filter[has-tag]"] === "string") f.hasTag = query["filter[has-tag]"];
  return f;
}

/** What create and update answer with, as Passbolt: the resource with these contains. */
const WRITE_CONTAINS = new Set<ResourceContain>(["creator", "modifier", "favorite", "secret", "permission"]);

const idParam = { id: uuidSchema };

/** Resources: list, view, create, update, delete. */
export function resourcesRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const deps = { db, secretMaxBytes: config.secretMaxBytes, config };
  const actorId = (ctx: AppContext): string => ctx.state.actor.id;

  async function presentOne(ctx: AppContext, id: string, contains: Set<ResourceContain>, record: boolean) {
    const { row, contained } = await viewResourceFor(db, actorId(ctx), id, contains, {
      recordSecretReads: record,
    });
    return presentResource(row, contained, config.appUrl);
  }

  mount(
    router,
    {
      method: "get",
      path: "/resources",
      name: "ResourcesIndex.index",
      summary: "List the resources the caller can reach",
      description:
        "Non-deleted resources with a permission for the caller, direct or through a group. Without " +
        "`limit` the whole list comes back. Reading secrets through contain[secret] is logged.",
      tags: ["Resources"],
      auth: "user",
      query: indexQuery,
      response: { type: "array", items: resourceSchema },
    },
    async (ctx) => {
      const { query } = input(ctx);
      const page = readPageRequest(query, SORTABLE, [["r.name", "ASC"]]);
      const list = await listResourcesFor(db, actorId(ctx), filtersOf(query), page, containsOf(query));
      const body = list.rows.map((r) => presentResource(r, list.contained, config.appUrl));
      success(ctx, body, undefined, list.pagination);
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/resources/:id",
      name: "ResourcesView.view",
      summary: "Get a resource",
      description: "404 when it does not exist, is deleted, or the caller has no permission on it.",
      tags: ["Resources"],
      auth: "user",
      params: idParam,
      query: viewQuery,
      response: resourceSchema,
      errors: [404],
    },
    async (ctx) => {
      const { params, query } = input<unknown, Query, { id: string }>(ctx);
      success(ctx, await presentOne(ctx, params.id, containsOf(query), true));
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/resources",
      name: "ResourcesAdd.add",
      summary: "Create a resource",
      description:
        "The caller becomes its owner; exactly one secret, for the caller, encrypted for their current key " +
        "(rules: maxSize, ascii, isValidOpenPGPMessage, isAsymmetric, hasNoHiddenRecipient, isEncryptedForRecipient).",
      tags: ["Resources"],
      auth: "user",
      body: { schema: createResourceSchema, message: INVALID_RESOURCE },
      response: resourceSchema,
      example: {
        name: "GitHub",
        username: "ada",
        uri: "https://github.com",
        description: null,
        resource_type_id: "669f8c64-242a-59fb-92fc-81f660975fd3",
        secrets: [{ data: "-----BEGIN PGP MESSAGE-----\n\n…\n-----END PGP MESSAGE-----" }],
      },
    },
    async (ctx) => {
      const resource = await createResource(deps, actorId(ctx), input<ResourceBody>(ctx).body);
      success(
        ctx,
        await presentOne(ctx, resource.id, WRITE_CONTAINS, false),
        "The resource has been added successfully.",
      );
    },
  );

  mount(
    router,
    {
      method: "put",
      path: "/resources/:id",
      name: "ResourcesUpdate.update",
      summary: "Update a resource",
      description:
        "Needs update (7): 404 without any permission, 403 read-only. With `secrets`: exactly one per user " +
        "with access, each encrypted for that user's current key; they replace the old ones.",
      tags: ["Resources"],
      auth: "user",
      params: idParam,
      body: { schema: updateResourceSchema, message: INVALID_RESOURCE },
      response: resourceSchema,
      errors: [403, 404],
    },
    async (ctx) => {
      const { params, body } = input<ResourceBody, Query, { id: string }>(ctx);
      await updateResource(deps, actorId(ctx), params.id, body);
      success(
        ctx,
        await presentOne(ctx, params.id, WRITE_CONTAINS, false),
        "The resource has been updated successfully.",
      );
    },
  );

  mount(
    router,
    {
      method: "delete",
      path: "/resources/:id",
      name: "ResourcesDelete.delete",
      summary: "Delete a resource",
      description:
        "Soft delete (needs update 7): the row is kept, its secrets, permissions and favorites are removed.",
      tags: ["Resources"],
      auth: "user",
      params: idParam,
      response: { type: "null" },
      errors: [403, 404],
    },
    async (ctx) => {
      const { params } = input<unknown, Query, { id: string }>(ctx);
      await deleteResource(deps, actorId(ctx), params.id);
      success(ctx, null, "The resource has been deleted successfully.");
    },
  );

  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { readPageRequest } from "../../http/pagination.ts";
import { input, mount, type HttpMethod } from "../../http/routeSpec.ts";
import { isTrue, uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { INVALID_FOLDER } from "./folders.access.ts";
import { listFoldersFor, viewFolderFor } from "./folders.list.ts";
import { presentFolder } from "./folders.presenter.ts";
import { FOLDER_DEFAULT_ORDER, FOLDER_SORTABLE, type FolderFilters } from "./folders.queries.ts";
import {
  createFolderSchema,
  deleteFolderQuery,
  FOLDER_CONTAINS,
  folderIndexQuery,
  folderSchema,
  folderViewQuery,
  shareFolderBodySchema,
  updateFolderSchema,
  type FolderBody,
  type FolderContain,
} from "./folders.schemas.ts";
import { createFolder, deleteFolder, renameFolder } from "./folders.service.ts";
import { shareFolder, type FolderShareBody } from "./folders.share.ts";

type Query = Record<string, unknown>;
const TAGS = ["Folders"];
const idParam = { id: uuidSchema };

function containsOf(query: Query): Set<FolderContain> {
  return new Set(FOLDER_CONTAINS.filter((c) => isTrue(query[`contain[${c}]`])));
}

function filtersOf(query: Query): FolderFilters {
  const f: FolderFilters = {};
  const ids = query["filter[has-id][]"] as string[] | undefined;
  if (ids) f.ids = [...new Set(ids.map((id) => id.toLowerCase()))];
  const parents = query["filter[has-parent][]"] as string[] | undefined;
  if (parents) f.parents = parents.map((p) => (p === "false" || p === "0" ? null : p.toLowerCase()));
  if (typeof query["filter[search]"] === "string") f.search = query["filter[search]"];
  return f;
}

/** Folders: list, view, create, rename, delete, and share (/share/folder/{id}). */
export function foldersRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const actorId = (ctx: AppContext): string => ctx.state.actor.id;
  const presentOne = async (ctx: AppContext, id: string, contains: Set<FolderContain>) => {
    const { row, contained } = await viewFolderFor(db, actorId(ctx), id, contains);
    return presentFolder(row, contained, config.appUrl);
  };

  mount(
    router,
    {
      method: "get",
      path: "/folders",
      name: "FoldersIndex.index",
      summary: "List the folders the caller can reach",
      description:
        "Folders with a permission for the caller, direct or through a group. `folder_parent_id` is the " +
        "parent in the caller's own tree. Without `limit` the whole list comes back.",
      tags: TAGS,
      auth: "user",
      query: folderIndexQuery,
      response: { type: "array", items: folderSchema },
    },
    async (ctx) => {
      const { query } = input(ctx);
      const page = readPageRequest(query, FOLDER_SORTABLE, FOLDER_DEFAULT_ORDER);
      const list = await listFoldersFor(db, actorId(ctx), filtersOf(query), page, containsOf(query));
      const body = list.rows.map((f) => presentFolder(f, list.contained, config.appUrl));
      success(ctx, body, undefined, list.pagination);
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/folders/:id",
      name: "FoldersView.view",
      summary: "Get a folder",
      description: "404 when it does not exist or the caller has no permission on it.",
      tags: TAGS,
      auth: "user",
      params: idParam,
      query: folderViewQuery,
      response: folderSchema,
      errors: [404],
    },
    async (ctx) => {
      const { params, query } = input<unknown, Query, { id: string }>(ctx);
      success(ctx, await presentOne(ctx, params.id, containsOf(query)));
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/folders",
      name: "FoldersCreate.create",
      summary: "Create a folder",
      description:
        "The caller becomes its owner. With `folder_parent_id` it is placed under that folder in the caller's " +
        "tree, which needs update (7) on it (400 folder_parent_id.folder_exists / has_folder_access).",
      tags: TAGS,
      auth: "user",
      query: folderViewQuery,
      body: { schema: createFolderSchema, message: INVALID_FOLDER },
      response: folderSchema,
      example: { name: "Team" },
    },
    async (ctx) => {
      const { body, query } = input<FolderBody, Query>(ctx);
      const folder = await createFolder(db, actorId(ctx), body);
      success(
        ctx,
        await presentOne(ctx, folder.id, containsOf(query)),
        "The folder has been added successfully.",
      );
    },
  );

  for (const method of ["put", "post"] as HttpMethod[])
    mount(
      router,
      {
        method,
        path: "/folders/:id",
        name: "FoldersUpdate.update",
        summary: "Rename a folder",
        description: "Needs update (7): 404 without any permission, 403 read-only.",
        tags: TAGS,
        auth: "user",
        params: idParam,
        query: folderViewQuery,
        body: { schema: updateFolderSchema, message: INVALID_FOLDER },
        response: folderSchema,
        errors: [403, 404],
      },
      async (ctx) => {
        const { params, body, query } = input<FolderBody, Query, { id: string }>(ctx);
        await renameFolder(db, actorId(ctx), params.id, body.name, config);
        success(
          ctx,
          await presentOne(ctx, params.id, containsOf(query)),
          "The folder has been updated successfully.",
        );
      },
    );

  mount(
    router,
    {
      method: "delete",
      path: "/folders/:id",
      name: "FoldersDelete.delete",
      summary: "Delete a folder",
      description:
        "Hard delete, needs update (7). Without `cascade` its content moves up to the folder's parent in each " +
        "user's tree. With `cascade=1` the content the caller may update (sub-folders, walked down, and " +
        "resources, soft-deleted) is deleted too; the rest moves up.",
      tags: TAGS,
      auth: "user",
      params: idParam,
      query: deleteFolderQuery,
      response: { type: "null" },
      errors: [403, 404],
    },
    async (ctx) => {
      const { params, query } = input<unknown, Query, { id: string }>(ctx);
      await deleteFolder(db, actorId(ctx), params.id, isTrue(query.cascade), config);
      success(ctx, null, "The folder has been deleted successfully.");
    },
  );

  for (const method of ["put", "post"] as HttpMethod[])
    mount(
      router,
      {
        method,
        path: "/share/folder/:id",
        name: "FoldersShare.share",
        summary: "Share a folder: change its permissions",
        description:
          "Owner only (403 otherwise; 404 when the caller cannot see the folder). `permissions` are changes, as " +
          "for a resource share (rules aro_exists, permission_unique, permissions.<i>.id.exists, " +
          "at_least_one_owner); there are no secrets and the content is not shared. Users who gain access find " +
          "the folder in their own tree under a parent other users chose and they can reach (the caller's " +
          "first, then the most used, then the oldest), else at their root.",
        tags: ["Share"],
        auth: "user",
        params: idParam,
        body: { schema: shareFolderBodySchema, message: INVALID_FOLDER },
        response: { type: "null" },
        errors: [403, 404],
        example: {
          permissions: [{ aro: "User", aro_foreign_key: "e97b14ba-8957-57c9-a357-f78a6e1e1a46", type: 1 }],
        },
      },
      async (ctx) => {
        const { params, body } = input<FolderShareBody, Query, { id: string }>(ctx);
        await shareFolder(db, actorId(ctx), params.id, body, config);
        success(ctx, null);
      },
    );

  return router;
}

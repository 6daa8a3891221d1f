import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { FolderItemModel } from "../../db/entities/FolderRelation.ts";
import { success } from "../../http/envelope.ts";
import { input, mount, type HttpMethod } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppState } from "../../http/types.ts";
import { moveBodySchema, type MoveBody } from "../folders/folders.schemas.ts";
import { INVALID_MOVE, moveItem } from "./move.service.ts";

const ITEMS: [string, FolderItemModel][] = [
  ["resource", "Resource"],
  ["folder", "Folder"],
];

/** PUT|POST /move/resource/{id}.json and /move/folder/{id}.json: a move in the caller's own tree. */
export function moveRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  for (const [segment, model] of ITEMS)
    for (const method of ["put", "post"] as HttpMethod[])
      mount(
        router,
        {
          method,
          path: `/move/${segment}/:id`,
          name: "FoldersRelationsMove.move",
          summary: `Move a ${segment} in the caller's own folder tree`,
          description:
            "Only the caller's tree changes. 404 when the item is not reachable. `folder_parent_id` null is the " +
            "root; otherwise a folder the caller can reach (400 folder_parent_id.folder_exists) with update (403). " +
            "Taking an item out of a shared folder needs update on the item (403). A folder cannot go into " +
            "itself or a descendant (400 folder_parent_id.cycle).",
          tags: ["Folders"],
          auth: "user",
          params: { id: uuidSchema },
          body: { schema: moveBodySchema, message: INVALID_MOVE },
          response: { type: "null" },
          errors: [403, 404],
          example: { folder_parent_id: null },
        },
        async (ctx) => {
          const { params, body } = input<MoveBody, unknown, { id: string }>(ctx);
          await moveItem(db, ctx.state.actor.id, model, params.id, body.folder_parent_id);
          success(ctx, null, "The item has been moved successfully.");
        },
      );
  return router;
}

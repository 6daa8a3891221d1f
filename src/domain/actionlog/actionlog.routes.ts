import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { presentActivity } from "./actionlog.presenter.ts";
import type { ActivityItemKind } from "./actionlog.queries.ts";
import {
  ACTIVITY_DEFAULT_LIMIT,
  ACTIVITY_MAX_LIMIT,
  activityEntrySchema,
  activityQuery,
} from "./actionlog.schemas.ts";
import { listActivity, type ActivityRequest } from "./actionlog.service.ts";

type Query = Record<string, unknown>;

/** Passbolt's paginator settings for the action logs: 5 by default, at most 20, newest first. */
function activityRequest(query: Query): ActivityRequest {
  const limit = query.limit ? Math.min(Number(query.limit), ACTIVITY_MAX_LIMIT) : ACTIVITY_DEFAULT_LIMIT;
  const ascending = typeof query.direction === "string" && query.direction.toLowerCase() === "asc";
  return { page: query.page ? Number(query.page) : 1, limit, ascending };
}

/** Activity of an item: what Watchword records in its audit log, shown as Passbolt Pro does. */
export function actionlogRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const handler = (kind: ActivityItemKind, param: string) => async (ctx: AppContext) => {
    const { params, query } = input<unknown, Query, Record<string, string>>(ctx);
    const req = activityRequest(query);
    const activity = await listActivity(db, ctx.state.actor.id, { kind, id: params[param]! }, req);
    success(ctx, presentActivity(activity, config.appUrl), undefined, {
      count: activity.count,
      page: req.page,
      limit: req.limit,
    });
  };

  mount(
    router,
    {
      method: "get",
      path: "/actionlog/resource/:resourceId",
      name: "ResourceLogs.view",
      summary: "Activity of a resource",
      description:
        "Created, updated, permissions changed, secret read and secret updated, with who did it; newest first, " +
        `${ACTIVITY_DEFAULT_LIMIT} per page by default (at most ${ACTIVITY_MAX_LIMIT}). A page past the end is ` +
        "empty. 404 when the caller cannot read the resource.",
      tags: ["Action logs"],
      auth: "user",
      params: { resourceId: uuidSchema },
      query: activityQuery,
      response: { type: "array", items: activityEntrySchema("Resource") },
      errors: [404],
    },
    handler("Resource", "resourceId"),
  );

  mount(
    router,
    {
      method: "get",
      path: "/actionlog/folder/:folderId",
      name: "FolderLogs.view",
      summary: "Activity of a folder",
      description:
        "Created, renamed and permissions changed, with who did it; newest first, " +
        `${ACTIVITY_DEFAULT_LIMIT} per page by default (at most ${ACTIVITY_MAX_LIMIT}). A page past the end is ` +
        "empty. Moves change only the mover's own tree and are not shown. 404 when the caller cannot read " +
        "the folder (a deleted folder is gone).",
      tags: ["Action logs"],
      auth: "user",
      params: { folderId: uuidSchema },
      query: activityQuery,
      response: { type: "array", items: activityEntrySchema("Folder") },
      errors: [404],
    },
    handler("Folder", "folderId"),
  );

  return router;
}

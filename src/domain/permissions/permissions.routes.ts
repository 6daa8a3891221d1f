import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppState } from "../../http/types.ts";
import { presentPermissionWith } from "./permissions.presenter.ts";
import { permissionsListSchema, permissionsQuery } from "./permissions.schemas.ts";
import { findResourcePermissions, readPermissionsContain } from "./permissions.service.ts";

/** GET /permissions/resource/{id}.json. */
export function permissionsRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  mount(
    router,
    {
      method: "get",
      path: "/permissions/resource/:resourceId",
      name: "PermissionsView.viewAcoPermissions",
      summary: "List the permissions of a resource",
      description:
        "Every permission row of a resource the caller can read (directly or through a group), owners first. " +
        "404 when it does not exist, is deleted, or the caller has no permission on it.",
      tags: ["Permissions"],
      auth: "user",
      params: { resourceId: uuidSchema },
      query: permissionsQuery,
      response: permissionsListSchema,
      errors: [404],
    },
    async (ctx) => {
      const { params, query } = input<unknown, Record<string, unknown>, { resourceId: string }>(ctx);
      const found = await findResourcePermissions(
        db,
        ctx.state.actor.id,
        params.resourceId,
        readPermissionsContain(query),
      );
      success(
        ctx,
        found.permissions.map((p) => presentPermissionWith(p, found, config.appUrl)),
      );
    },
  );

  return router;
}

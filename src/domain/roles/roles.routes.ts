import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";
import { presentRole } from "./roles.presenter.ts";
import { rolesListSchema } from "./roles.schemas.ts";
import { listRoles } from "./roles.service.ts";

/** GET /roles.json. */
export function rolesRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  mount(
    router,
    {
      method: "get",
      path: "/roles",
      name: "RolesIndex.index",
      summary: "List the roles",
      description: "The built-in roles: admin, user and guest. Any logged-in user may read them.",
      tags: ["Roles"],
      auth: "user",
      response: rolesListSchema,
    },
    async (ctx) => success(ctx, (await listRoles(db)).map(presentRole)),
  );
  return router;
}

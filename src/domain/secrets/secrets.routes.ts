import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppState } from "../../http/types.ts";
import { presentSecret } from "./secrets.presenter.ts";
import { secretSchema } from "./secrets.schemas.ts";
import { findSecretFor } from "./secrets.service.ts";

/** GET /secrets/resource/{resourceId}.json. */
export function secretsRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  mount(
    router,
    {
      method: "get",
      path: "/secrets/resource/:resourceId",
      name: "SecretsView.view",
      summary: "Get the caller's secret of a resource",
      description:
        "The caller's own encrypted copy, byte for byte as submitted. The read is logged. " +
        'No such resource, no access and no secret all answer 404 "The secret does not exist.".',
      tags: ["Secrets"],
      auth: "user",
      params: { resourceId: uuidSchema },
      response: secretSchema,
      errors: [404],
    },
    async (ctx) => {
      const { params } = input<unknown, unknown, { resourceId: string }>(ctx);
      success(ctx, presentSecret(await findSecretFor(db, ctx.state.actor.id, params.resourceId)));
    },
  );

  return router;
}

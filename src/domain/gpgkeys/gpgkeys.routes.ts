import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import { presentGpgkey } from "./gpgkeys.presenter.ts";
import { gpgkeySchema, gpgkeysListSchema, gpgkeysQueryParams, type GpgkeysQuery } from "./gpgkeys.schemas.ts";
import { findGpgkey, listGpgkeys } from "./gpgkeys.service.ts";

/** GET /gpgkeys.json, GET /gpgkeys/{id}.json. */
export function gpgkeysRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  mount(
    router,
    {
      method: "get",
      path: "/gpgkeys",
      name: "GpgkeysIndex.index",
      summary: "List users' public keys",
      description:
        "The keyring the clients sync: non-deleted keys by default. `filter[modified-after]` (or the legacy " +
        "`modified_after`) takes a Unix timestamp and keeps keys modified after it. The browser extension " +
        "calls this without a CSRF header; it is a GET, so none is needed.",
      tags: ["Public keys"],
      auth: "user",
      query: gpgkeysQueryParams,
      response: gpgkeysListSchema,
    },
    async (ctx) => {
      const { keys, pagination } = await listGpgkeys(db, input<unknown, GpgkeysQuery>(ctx).query);
      success(ctx, keys.map(presentGpgkey), undefined, pagination);
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/gpgkeys/:id",
      name: "GpgkeysView.view",
      summary: "Get one public key",
      description: "By the key's own id (not the user id). Deleted keys answer 404.",
      tags: ["Public keys"],
      auth: "user",
      params: { id: uuidSchema },
      response: gpgkeySchema,
    },
    async (ctx) => success(ctx, presentGpgkey(await findGpgkey(db, input(ctx).params.id!))),
  );
  return router;
}

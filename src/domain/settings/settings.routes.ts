import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { named } from "../../http/routes.ts";
import type { AppState } from "../../http/types.ts";
import { presentSettings } from "./settings.presenter.ts";

export function settingsRoutes({ config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  router.get("/settings", named("SettingsIndex.index"), async (ctx) => {
    const body = presentSettings(config, Boolean(ctx.state.actor));
    // `?contain[header]=0` returns the settings without the envelope, as Passbolt does.
    const contain = ctx.query["contain[header]"];
    if (contain === "0" || contain === "false") {
      ctx.type = "application/json; charset=utf-8";
      ctx.body = body;
      return;
    }
    success(ctx, body);
  });
  return router;
}

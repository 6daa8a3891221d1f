import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";
import { containValueSchema } from "../../http/schemas/common.ts";
import { presentSettings, settingsSchema } from "./settings.presenter.ts";
import { orgAllowsTotp } from "../mfa/mfa.settings.ts";

export function settingsRoutes({ config, db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  mount(
    router,
    {
      method: "get",
      path: "/settings",
      name: "SettingsIndex.index",
      summary: "Organisation settings and enabled plugins",
      description:
        "Guests get the public part; logged-in users also get the version and session settings. " +
        "`contain[header]=0` returns the settings without the envelope.",
      tags: ["Settings"],
      auth: "optional",
      query: [{ name: "contain[header]", schema: containValueSchema, description: "0 to drop the envelope" }],
      response: settingsSchema,
    },
    async (ctx) => {
      const body = presentSettings(config, Boolean(ctx.state.actor), await db.read(orgAllowsTotp));
      const contain = ctx.query["contain[header]"];
      if (contain === "0" || contain === "false") {
        ctx.type = "application/json; charset=utf-8";
        ctx.body = body;
        return;
      }
      success(ctx, body);
    },
  );
  return router;
}

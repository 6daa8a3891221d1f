import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount, type RouteSpec } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppState } from "../../http/types.ts";
import { presentPasswordExpirySettings } from "./passwordExpiry.presenter.ts";
import {
  passwordExpirySettingsBodySchema,
  passwordExpirySettingsSchema,
  type PasswordExpiryValue,
} from "./passwordExpiry.schemas.ts";
import {
  deletePasswordExpirySettings,
  getPasswordExpirySettings,
  savePasswordExpirySettings,
} from "./passwordExpiry.settings.ts";

const INVALID_SETTINGS = "Could not validate the password expiry settings.";

/** Password expiry settings: read by every user, changed by administrators. */
export function passwordExpiryRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  mount(
    router,
    {
      method: "get",
      path: "/password-expiry/settings",
      name: "PasswordExpirySettingsGet.get",
      summary: "Get the password expiry settings",
      description: "Without saved settings: `{automatic_expiry: false, automatic_update: false}`.",
      tags: ["Password expiry"],
      auth: "user",
      response: passwordExpirySettingsSchema,
    },
    async (ctx) => {
      success(ctx, presentPasswordExpirySettings(await getPasswordExpirySettings(db)));
    },
  );

  const save = (method: "post" | "put"): RouteSpec => ({
    method,
    path: "/password-expiry/settings",
    name: "PasswordExpirySettingsSet.post",
    summary:
      method === "post" ? "Save the password expiry settings" : "Save the password expiry settings (PUT)",
    description:
      "Administrators only. With `automatic_expiry`, a resource is marked expired when someone who had " +
      "its secret loses access to it.",
    tags: ["Password expiry"],
    auth: "admin",
    body: { schema: passwordExpirySettingsBodySchema, message: INVALID_SETTINGS },
    response: passwordExpirySettingsSchema,
    example: { automatic_expiry: true, automatic_update: true },
  });
  for (const method of ["post", "put"] as const)
    mount(router, save(method), async (ctx) => {
      const { body } = input<PasswordExpiryValue>(ctx);
      success(
        ctx,
        presentPasswordExpirySettings(await savePasswordExpirySettings(db, ctx.state.actor.id, body)),
      );
    });

  mount(
    router,
    {
      method: "delete",
      path: "/password-expiry/settings/:id",
      name: "PasswordExpirySettingsDelete.delete",
      summary: "Delete the password expiry settings",
      description:
        "Administrators only; 404 unless `id` is the id of the saved settings. The defaults apply again.",
      tags: ["Password expiry"],
      auth: "admin",
      params: { id: uuidSchema },
      response: { type: "null" },
      errors: [404],
    },
    async (ctx) => {
      const { params } = input<unknown, Record<string, unknown>, { id: string }>(ctx);
      await deletePasswordExpirySettings(db, params.id);
      success(ctx, null, "The password expiry settings were deleted.");
    },
  );

  return router;
}

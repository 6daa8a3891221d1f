import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppState } from "../../http/types.ts";
import { favoriteSchema } from "../resources/resources.wire.schemas.ts";
import { presentFavorite } from "./favorites.presenter.ts";
import { addFavorite, deleteFavorite } from "./favorites.service.ts";

/** Favorites: mark and unmark a resource (read by contain[favorite] and filter[is-favorite]). */
export function favoritesRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();

  mount(
    router,
    {
      method: "post",
      path: "/favorites/resource/:resourceId",
      name: "FavoritesAdd.add",
      summary: "Mark a resource as favorite",
      description:
        "404 when the resource does not exist, is deleted, or the caller cannot read it; 400 " +
        "(user_id.favorite_unique) when it is already the caller's favorite.",
      tags: ["Favorites"],
      auth: "user",
      params: { resourceId: uuidSchema },
      response: favoriteSchema,
      errors: [404],
    },
    async (ctx) => {
      const { params } = input<unknown, Record<string, unknown>, { resourceId: string }>(ctx);
      const favorite = await addFavorite(db, ctx.state.actor.id, params.resourceId);
      success(ctx, presentFavorite(favorite), "The resource was marked as favorite.");
    },
  );

  mount(
    router,
    {
      method: "delete",
      path: "/favorites/:id",
      name: "FavoritesDelete.delete",
      summary: "Unmark a favorite",
      description: "Only the caller's own favorite: anyone else's answers 404, like one that does not exist.",
      tags: ["Favorites"],
      auth: "user",
      params: { id: uuidSchema },
      response: { type: "null" },
      errors: [404],
    },
    async (ctx) => {
      const { params } = input<unknown, Record<string, unknown>, { id: string }>(ctx);
      await deleteFavorite(db, ctx.state.actor.id, params.id);
      success(ctx, null, "The favorite was deleted.");
    },
  );

  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { named } from "../../http/routes.ts";
import type { AppState } from "../../http/types.ts";

/** GET /auth/verify.json: the server key the clients encrypt their challenges to. */
export function verifyRoutes({ serverKey }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  router.get("/auth/verify", named("AuthVerify.verifyGet"), async (ctx) => {
    success(ctx, { fingerprint: serverKey.fingerprint, keydata: serverKey.armoredPublic });
  });
  return router;
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";

export const serverKeySchema = {
  type: "object",
  required: ["fingerprint", "keydata"],
  properties: {
    fingerprint: { type: "string", pattern: "^[0-9A-F]{40}$" },
    keydata: { type: "string", description: "ASCII-armored OpenPGP public key of the server" },
  },
};

/** GET /auth/verify.json: the server key the clients encrypt their challenges to. */
export function verifyRoutes({ serverKey }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  mount(
    router,
    {
      method: "get",
      path: "/auth/verify",
      name: "AuthVerify.verifyGet",
      summary: "The server's OpenPGP public key",
      tags: ["Authentication (GPGAuth)"],
      auth: "none",
      response: serverKeySchema,
    },
    async (ctx) => success(ctx, { fingerprint: serverKey.fingerprint, keydata: serverKey.armoredPublic }),
  );
  return router;
}

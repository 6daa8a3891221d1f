import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { INVALID_SHARE } from "./share.apply.ts";
import { presentAro, presentSimulation } from "./share.presenter.ts";
import {
  searchArosQuery,
  searchArosResultSchema,
  shareBodySchema,
  simulateBodySchema,
  simulateResultSchema,
  type SearchArosQuery,
  type ShareBody,
} from "./share.schemas.ts";
import { searchAros } from "./share.search.ts";
import { shareResource, simulateShare } from "./share.service.ts";

const TAGS = ["Share"];
const resourceParam = { resourceId: { ...uuidSchema, description: "The resource to share" } };
type Params = { resourceId: string };

const SECRET_EXAMPLE = "-----BEGIN PGP MESSAGE-----\n\n…\n-----END PGP MESSAGE-----";
const USER_EXAMPLE = "e97b14ba-8957-57c9-a357-f78a6e1e1a46";

/** PUT /share/resource/{id}.json, POST /share/simulate/resource/{id}.json, GET /share/search-aros.json. */
export function shareRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const deps = { db, secretMaxBytes: config.secretMaxBytes, config };
  const actorId = (ctx: AppContext): string => ctx.state.actor.id;

  mount(
    router,
    {
      method: "put",
      path: "/share/resource/:resourceId",
      name: "Share.share",
      summary: "Share a resource: change its permissions and add the secrets, in one transaction",
      description:
        "Owner only (403 otherwise; 404 when the caller cannot see the resource). `permissions` are changes, " +
        "applied in order: add (aro, aro_foreign_key, type), update (id, type), delete (id, delete: true). " +
        "The added user must be active and not deleted, the group not deleted (aro_exists); one permission per " +
        "user or group (permission_unique); at least one owner must remain (at_least_one_owner). `secrets`: " +
        "one per user who gains access (directly or as a member of an added group), each encrypted for that " +
        "user's current key (rules: maxSize, ascii, isValidOpenPGPMessage, isAsymmetric, hasNoHiddenRecipient, " +
        "isEncryptedForRecipient), only for users who have access afterwards (has_resource_access). The " +
        "secrets and favorites of users who lose access are removed. At the end the users holding a secret " +
        "must be exactly the users with access (secrets.secrets_provided). Any failure changes nothing.",
      tags: TAGS,
      auth: "user",
      params: resourceParam,
      body: { schema: shareBodySchema, message: INVALID_SHARE },
      response: { type: "null" },
      errors: [403, 404],
      example: {
        permissions: [{ aro: "User", aro_foreign_key: USER_EXAMPLE, type: 1 }],
        secrets: [{ user_id: USER_EXAMPLE, data: SECRET_EXAMPLE }],
      },
    },
    async (ctx) => {
      const { params, body } = input<ShareBody, unknown, Params>(ctx);
      await shareResource(deps, actorId(ctx), params.resourceId, body, ctx.state.requestId);
      success(ctx, null);
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/share/simulate/resource/:resourceId",
      name: "Share.dryRun",
      summary: "Simulate a share: which users would gain and lose access",
      description:
        "The same steps as the share, in a transaction that is rolled back; nothing changes. Same rules on " +
        "`permissions` (400 on the same keys); no secrets are needed. Clients encrypt the secret for the " +
        "users in `added`.",
      tags: TAGS,
      auth: "user",
      params: resourceParam,
      body: { schema: simulateBodySchema, message: INVALID_SHARE },
      response: simulateResultSchema,
      errors: [403, 404],
      example: { permissions: [{ aro: "User", aro_foreign_key: USER_EXAMPLE, type: 1 }] },
    },
    async (ctx) => {
      const { params, body } = input<ShareBody, unknown, Params>(ctx);
      success(ctx, presentSimulation(await simulateShare(deps, actorId(ctx), params.resourceId, body)));
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/share/search-aros",
      name: "ShareSearch.searchArosToShareWith",
      summary: "Search the users and groups a resource can be shared with",
      description:
        "Active users (with their profile) and non-deleted groups (with user_count), at most 25 of each, in " +
        "one list sorted case-insensitively by username or group name. Users carry `username`, groups `name`.",
      tags: TAGS,
      auth: "user",
      query: searchArosQuery,
      response: searchArosResultSchema,
    },
    async (ctx) => {
      const aros = await searchAros(db, input<unknown, SearchArosQuery>(ctx).query);
      success(
        ctx,
        aros.map((a) => presentAro(a, config.appUrl)),
      );
    },
  );

  return router;
}

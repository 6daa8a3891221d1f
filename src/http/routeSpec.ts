/**
 * One definition per route: it mounts the route (name, auth, validation, handler) and is the
 * source of the OpenAPI document (src/openapi/), so the two cannot drift apart.
 *
 *   mount(router, {
 *     method: "get", path: "/resources/:id", name: "ResourcesView.view",
 *     summary: "Get a resource", tags: ["Resources"], auth: "user",
 *     params: { id: uuidParam }, query: [containParam("permission")],
 *     response: ResourceSchema,
 *   }, async (ctx) => success(ctx, ...));
 */
import type Router from "@koa/router";
import type { Middleware } from "koa";
import { named } from "./routes.ts";
import { assertValid } from "./validate.ts";
import { badRequest } from "./errors.ts";
import type { AppContext, AppState } from "./types.ts";
import { requireAdmin, requireAuth } from "./auth.ts";

export type HttpMethod = "get" | "post" | "put" | "delete";
/** none: anonymous only matters; optional: actor if any; user: 401 without; admin: 403 for non-admins. */
export type AuthLevel = "none" | "optional" | "user" | "admin";

export interface QueryParam {
  /** As it appears in the query string: "contain[permission]", "filter[has-id][]", "page". */
  name: string;
  schema: object;
  description?: string;
  /** Values of a `[]` parameter arrive as an array (also when sent once or comma-separated). */
  array?: boolean;
}

export interface RouteSpec {
  method: HttpMethod;
  /** Koa path without the .json suffix, e.g. "/resources/:id". */
  path: string;
  /** Passbolt's "<Controller>.<action>"; header.action is its uuid5. */
  name: string;
  summary: string;
  description?: string;
  tags: string[];
  auth: AuthLevel;
  /** Skip the CSRF check for cookie sessions (login, verify, setup complete, as Passbolt). */
  csrfExempt?: boolean;
  /** JSON schemas of the path parameters. */
  params?: Record<string, object>;
  query?: QueryParam[];
  /** JSON schema of the request body; the message is the header.message of a 400. */
  body?: { schema: object; message?: string; required?: boolean; contentTypes?: string[] };
  /** JSON schema of the success body (200). */
  response: object;
  /** Error statuses this route can answer (401/403 are added from `auth`, 400/404/500/503 always). */
  errors?: number[];
  /** An error status whose envelope carries a body of its own (the 403 of /mfa/verify/error.json). */
  errorBodies?: Record<number, { description: string; body: object }>;
  /** Extra response headers to document, e.g. X-GPGAuth-*. */
  responseHeaders?: Record<string, string>;
  /** The success body is sent without the envelope (jwks.json). */
  raw?: boolean;
  /** Example request body for the document. */
  example?: unknown;
  /**
   * Throttle.guard(...) of src/http/throttle.ts: runs after authentication and before
   * validation (a throttled client gets 429 before any work); documents 429.
   */
  throttle?: Middleware<AppState>;
}

const registry: RouteSpec[] = [];

/** Every route mounted so far, in order (the OpenAPI generator reads this). */
export function mountedRoutes(): readonly RouteSpec[] {
  return registry;
}

/** Normalises query values: `[]` parameters become arrays; comma lists are split as Passbolt does. */
function queryValue(ctx: AppContext, p: QueryParam): unknown {
  const raw = ctx.query[p.name] ?? (p.array ? ctx.query[p.name.replace(/\[\]$/, "")] : undefined);
  if (raw === undefined) return undefined;
  if (!p.array) return Array.isArray(raw) ? raw[0] : raw;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap((v) => v.split(",")).filter((v) => v !== "");
}

function validator(spec: RouteSpec): Middleware<AppState> {
  const paramsSchema = spec.params && {
    type: "object",
    properties: spec.params,
    required: Object.keys(spec.params),
  };
  // built once per route: assertValid compiles a schema object once, so a schema rebuilt per
  // request was compiled by ajv on every request (28 % of the resource list's CPU, measured)
  const querySchema = spec.query?.length
    ? {
        type: "object",
        properties: Object.fromEntries(spec.query.map((p) => [p.name, p.schema])),
      }
    : undefined;
  return async (ctx, next) => {
    const params = spec.params
      ? assertValid<Record<string, string>>(paramsSchema!, { ...ctx.params }, "The request is not valid.")
      : {};
    const query: Record<string, unknown> = {};
    for (const p of spec.query ?? []) {
      const v = queryValue(ctx, p);
      if (v === undefined) continue;
      query[p.name] = v;
    }
    if (querySchema) assertValid(querySchema, query, "The query string is not valid.");
    let body: unknown = ctx.request.body;
    if (spec.body) {
      if (body === undefined && spec.body.required === false) body = {};
      if (body === undefined || body === null)
        throw badRequest(spec.body.message ?? "The request body is missing.");
      body = assertValid(spec.body.schema, body, spec.body.message ?? "Could not validate the data.");
    }
    ctx.state.input = { params, query, body };
    await next();
  };
}

/** Mounts one route on a router and records its spec. */
export function mount(
  router: Router<AppState>,
  spec: RouteSpec,
  handler: (ctx: AppContext) => Promise<void>,
): void {
  const chain: Middleware<AppState>[] = [named(spec.name)];
  if (spec.auth === "user") chain.push(requireAuth({ csrf: !spec.csrfExempt }));
  if (spec.auth === "admin") chain.push(requireAuth({ csrf: !spec.csrfExempt }), requireAdmin());
  if (spec.throttle) chain.push(spec.throttle);
  chain.push(validator(spec));
  router[spec.method](spec.path, ...chain, handler as Middleware<AppState>);
  if (!registry.some((r) => r.method === spec.method && r.path === spec.path)) registry.push(spec);
}

/** The input validated by mount(), typed by the caller. */
export interface Input<B = unknown, Q = Record<string, unknown>, P = Record<string, string>> {
  params: P;
  query: Q;
  body: B;
}

export function input<B = unknown, Q = Record<string, unknown>, P = Record<string, string>>(
  ctx: AppContext,
): Input<B, Q, P> {
  return ctx.state.input as Input<B, Q, P>;
}

/**
 * Builds the OpenAPI 3.1 document from the route specs that mount() records: one operation per
 * RouteSpec, Passbolt's `.json` paths, the success envelope around each response schema, and
 * the shared error responses. Pure and deterministic: the same specs give the same document,
 * byte for byte, which is what the committed openapi/openapi.json is compared with.
 */
import type { HttpMethod, RouteSpec } from "../http/routeSpec.ts";
import { actionId, ERROR_ACTION } from "../http/action.ts";
import {
  componentHeaders,
  componentParameters,
  componentSchemas,
  EXAMPLE_REQUEST_ID,
  EXAMPLE_SERVERTIME,
  errorResponses,
  securitySchemes,
  tagDescriptions,
  type JsonSchema,
} from "./components.ts";
import { EXAMPLE_UUID, SchemaConverter, sampleOf } from "./jsonSchema.ts";
import { OPERATION_IDS } from "./operationIds.ts";
import { componentNameOf } from "../http/schemas/component.ts";

export type OpenApiDocument = JsonSchema & {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Record<string, JsonSchema>>;
  components: Record<string, Record<string, unknown>>;
};

export const METHOD_ORDER: HttpMethod[] = ["get", "post", "put", "delete"];
const UNSAFE = new Set<HttpMethod>(["post", "put", "delete"]);
const PARAM = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/** Koa path → OpenAPI path: "/resources/:id" → "/resources/{id}.json". */
export function openApiPath(koaPath: string): string {
  if (/[{}()*?+]/.test(koaPath))
    throw new Error(`route path "${koaPath}": only :name parameters are supported`);
  return `${koaPath.replace(PARAM, "{$1}")}.json`;
}

/** OpenAPI path → Koa path: "/resources/{id}.json" → "/resources/:id". */
export function koaPath(openApi: string): string {
  return openApi.replace(/\.json$/, "").replace(/\{([^}]+)\}/g, ":$1");
}

const pascal = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

const VERB = /(Get|Post|Put|Delete)$/;

/**
 * "AuthVerify.verifyGet" + get → "getAuthVerify"; "UsersEdit.editPost" + put → "putUsersEdit";
 * "GetCsrfToken.get" + get → "getCsrfToken"; "Healthcheck.status" + get → "getHealthcheckStatus".
 */
function baseOperationId(spec: RouteSpec): string {
  const [rawController = "", rawAction = ""] = spec.name.split(".");
  const action = rawAction.toLowerCase() === spec.method ? "" : rawAction.replace(VERB, "");
  let controller = pascal(rawController);
  if (controller.toLowerCase().startsWith(spec.method) && /^[A-Z]/.test(controller.slice(spec.method.length)))
    controller = controller.slice(spec.method.length);
  let id = controller;
  if (!id.toLowerCase().endsWith(action.toLowerCase())) id += pascal(action);
  return spec.method + id.replace(/[^A-Za-z0-9]/g, "");
}

function pathSlug(path: string): string {
  return path
    .split("/")
    .filter(Boolean)
    .map((seg, i) => {
      const word = seg.startsWith(":") ? `by${pascal(seg.slice(1))}` : seg;
      const camel = word.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase());
      return i === 0 ? camel : pascal(camel);
    })
    .join("");
}

/**
 * operationId of each route: its entry in OPERATION_IDS (src/openapi/operationIds.ts), or for a
 * route without one, derived from the route name and method; where two derived ids would be
 * one (Passbolt serves one action on two paths), both get their path appended.
 * @throws Error when two operations would have one id
 */
export function operationIds(specs: readonly RouteSpec[]): Map<RouteSpec, string> {
  const named = (s: RouteSpec) => OPERATION_IDS[`${s.method.toUpperCase()} ${s.path}`];
  const base = new Map(specs.map((s) => [s, named(s) ?? baseOperationId(s)]));
  const counts = new Map<string, number>();
  for (const id of base.values()) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ids = new Map(
    specs.map((s) => {
      const id = base.get(s)!;
      return [s, counts.get(id)! > 1 && !named(s) ? `${id}_${pathSlug(s.path)}` : id];
    }),
  );
  const seen = new Map<string, RouteSpec>();
  for (const [s, id] of ids) {
    const other = seen.get(id);
    if (other)
      throw new Error(`operationId ${id} of ${s.method} ${s.path} is also ${other.method} ${other.path}'s`);
    seen.set(id, s);
  }
  return ids;
}

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

function isPaginated(spec: RouteSpec): boolean {
  return (spec.query ?? []).some((q) => q.name === "page" || q.name === "limit");
}

/** Whether the route answers bare (no envelope) when asked with `contain[header]=0`. */
function hasHeaderlessVariant(spec: RouteSpec): boolean {
  return (spec.query ?? []).some((q) => q.name === "contain[header]");
}

function checksCsrf(spec: RouteSpec): boolean {
  return (spec.auth === "user" || spec.auth === "admin") && !spec.csrfExempt && UNSAFE.has(spec.method);
}

/** The error statuses an operation can answer (see RouteSpec.errors and src/app.ts's middleware). */
export function errorStatuses(spec: RouteSpec): number[] {
  // 400 (api-version=v1, unreadable body, validation), 401 (a bad bearer token is refused on any
  // route), 404, 500 and 503 (database unreachable) can come from any route.
  const statuses = new Set([400, 401, 404, 500, 503, ...(spec.errors ?? [])]);
  if (spec.auth === "admin" || checksCsrf(spec)) statuses.add(403);
  if (UNSAFE.has(spec.method)) statuses.add(413); // the body parser reads POST, PUT and DELETE bodies
  if (spec.throttle) statuses.add(429); // too many failed attempts (src/http/throttle.ts)
  statuses.delete(200);
  return [...statuses].sort((a, b) => a - b);
}

function security(spec: RouteSpec): JsonSchema[] {
  switch (spec.auth) {
    case "none":
      return [];
    // the bearer token first: a generated SDK given it sends it alone, not the cookie as well
    case "optional":
      return [{ bearerJwt: [] }, { sessionCookie: [] }, {}];
    default:
      return [{ bearerJwt: [] }, { sessionCookie: [] }];
  }
}

function exampleHeader(
  status: "success" | "error",
  code: number,
  action: string,
  url: string,
  message: string,
) {
  return {
    id: EXAMPLE_REQUEST_ID,
    status,
    servertime: EXAMPLE_SERVERTIME,
    action: actionId(action),
    message,
    url,
    code,
  };
}

interface BuildOptions {
  version: string;
}

/** @throws Error when a route spec cannot be expressed (unsupported path syntax or $ref) */
export function buildOpenApiDocument(specs: readonly RouteSpec[], opts: BuildOptions): OpenApiDocument {
  const ids = operationIds(specs);
  const converter = new SchemaConverter(sharedBodyNames(specs, ids));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<string>();
  const resolve = (ref: string): unknown => {
    const name = ref.replace("#/components/schemas/", "");
    return converter.components[name] ?? componentSchemas[name];
  };

  const sorted = [...specs].sort(
    (a, b) =>
      openApiPath(a.path).localeCompare(openApiPath(b.path)) ||
      METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method),
  );
  for (const spec of sorted) {
    const path = openApiPath(spec.path);
    const where = `${spec.method.toUpperCase()} ${path}`;
    const convert = (s: unknown, part: string) => converter.convert(s, `${where} ${part}`) as JsonSchema;
    for (const t of spec.tags) tags.add(t);

    // Parameters: the path's, then the query's, then api-version (and X-CSRF-Token).
    const parameters: JsonSchema[] = [];
    const pathParams = [...spec.path.matchAll(PARAM)].map((m) => m[1]!);
    for (const name of Object.keys(spec.params ?? {}))
      if (!pathParams.includes(name)) throw new Error(`${where}: params.${name} is not in the path`);
    const exampleValues: Record<string, unknown> = {};
    for (const name of pathParams) {
      const schema = convert(spec.params?.[name] ?? { type: "string" }, `params.${name}`);
      exampleValues[name] = sampleOf(schema, resolve);
      parameters.push({ name, in: "path", required: true, schema });
    }
    for (const q of spec.query ?? []) {
      let schema = convert(q.schema, `query ${q.name}`);
      if (q.array && schema.type !== "array") schema = { type: "array", items: schema };
      parameters.push({
        name: q.name,
        in: "query",
        required: false,
        ...(q.description ? { description: q.description } : {}),
        ...(q.array ? { style: "form", explode: true } : {}),
        schema,
      });
    }
    parameters.push({ $ref: "#/components/parameters/ApiVersion" });
    if (checksCsrf(spec)) parameters.push({ $ref: "#/components/parameters/CsrfToken" });

    const exampleUrl = path.replace(/\{([^}]+)\}/g, (_m, n: string) =>
      String(exampleValues[n] ?? EXAMPLE_UUID),
    );

    // Request body: JSON, plus the form encodings the route also reads.
    let requestBody: JsonSchema | undefined;
    if (spec.body) {
      const schema = convert(spec.body.schema, "body");
      const example = spec.example !== undefined ? spec.example : sampleOf(schema, resolve);
      const types = spec.body.contentTypes?.length ? spec.body.contentTypes : ["application/json"];
      const content: JsonSchema = {};
      for (const t of ["application/json", ...types.filter((t) => t !== "application/json")])
        content[t] = t === "application/json" ? { schema, example } : { schema };
      requestBody = { required: spec.body.required !== false, content };
    }

    // The success response: the envelope around the route's schema (or the schema alone).
    const body = convert(spec.response, "response");
    const bodyExample = sampleOf(body, resolve);
    const header = exampleHeader("success", 200, spec.name, exampleUrl, "The operation was successful.");
    if (isPaginated(spec)) Object.assign(header, { pagination: { count: 1, page: 1, limit: null } });
    const envelope = {
      type: "object",
      additionalProperties: false,
      required: ["header", "body"],
      properties: { header: schemaRef(isPaginated(spec) ? "PaginatedSuccessHeader" : "SuccessHeader"), body },
    };
    let successSchema: JsonSchema = spec.raw ? body : envelope;
    let successDescription = spec.raw
      ? "Success. The body is sent as is, without the envelope."
      : "Success: `header.status` is `success` and `body` holds the result.";
    if (!spec.raw && hasHeaderlessVariant(spec)) {
      successSchema = { oneOf: [envelope, body] };
      successDescription += " With `contain[header]=0` the result is sent alone, without the envelope.";
    }
    const successHeaders: JsonSchema = { "X-Request-Id": headerRef("XRequestId") };
    for (const [name, description] of Object.entries(spec.responseHeaders ?? {}))
      successHeaders[name] = { description, schema: { type: "string" } };
    const responses: JsonSchema = {
      "200": {
        description: successDescription,
        headers: successHeaders,
        content: {
          "application/json": {
            schema: successSchema,
            example: spec.raw ? bodyExample : { header, body: bodyExample },
          },
        },
      },
    };
    for (const status of errorStatuses(spec)) {
      const def = errorResponses[status];
      if (!def) throw new Error(`${where}: no error response is defined for status ${status}`);
      const own = spec.errorBodies?.[status];
      responses[String(status)] = own
        ? {
            description: own.description,
            headers: { "X-Request-Id": headerRef("XRequestId") },
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  additionalProperties: false,
                  required: ["header", "body"],
                  properties: { header: schemaRef("ErrorHeader"), body: convert(own.body, "response") },
                },
              },
            },
          }
        : responseRef(def.name);
    }

    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: ids.get(spec)!,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      security: security(spec),
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses,
    };
  }

  const responses: Record<string, unknown> = {};
  for (const [status, def] of Object.entries(errorResponses))
    responses[def.name] = {
      description: def.description,
      headers: {
        "X-Request-Id": headerRef("XRequestId"),
        ...(def.retryAfter ? { "Retry-After": headerRef("RetryAfter") } : {}),
      },
      content: {
        "application/json": {
          schema: schemaRef(def.envelope),
          example: {
            header: exampleHeader(
              "error",
              Number(status),
              ERROR_ACTION,
              `/resources/${EXAMPLE_UUID}.json`,
              def.message,
            ),
            body: def.exampleBody ?? "",
          },
        },
      },
    };
  for (const name of Object.keys(converter.components))
    if (name in componentSchemas)
      throw new Error(`components/schemas/${name} is defined by src/openapi/components.ts already`);
  const schemas = { ...componentSchemas, ...converter.components };

  const doc: OpenApiDocument = {
    openapi: "3.1.0",
    info: {
      title: "Watchword API",
      version: opts.version,
      description: DESCRIPTION,
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: "/", description: "The server that serves this document" }],
    tags: [...tags]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => ({ name, ...(tagDescriptions[name] ? { description: tagDescriptions[name] } : {}) })),
    paths,
    components: {
      schemas,
      responses,
      parameters: { ...componentParameters },
      headers: componentHeaders,
      securitySchemes,
    },
  };
  shareParameters(doc);
  assertRefsResolve(doc);
  keepUsedComponents(doc);
  return doc;
}

/**
 * A request or response schema that several operations use (Passbolt's POST and PUT of one
 * action, a dry run and its action) becomes one named component: `<OperationId>Request` or
 * `<OperationId>Response`, after the shortest id among them.
 */
function sharedBodyNames(specs: readonly RouteSpec[], ids: Map<RouteSpec, string>): Map<object, string> {
  const names = new Map<object, string>();
  for (const [part, pick] of [
    ["Request", (s: RouteSpec) => s.body?.schema],
    ["Response", (s: RouteSpec) => s.response],
  ] as const) {
    const uses = new Map<object, string[]>();
    for (const spec of specs) {
      const schema = pick(spec);
      if (typeof schema !== "object" || schema === null) continue;
      uses.set(schema, [...(uses.get(schema) ?? []), ids.get(spec)!]);
    }
    for (const [schema, users] of uses) {
      if (users.length < 2 || componentNameOf(schema) || "$id" in schema || "$ref" in schema) continue;
      if ((schema as { type?: unknown }).type !== "object") continue;
      const first = [...users].sort((a, b) => a.length - b.length || a.localeCompare(b))[0]!;
      names.set(schema, `${pascal(first)}${part}`);
    }
  }
  return names;
}

/** "contain[permissions.user.profile]" → "ContainPermissionsUserProfile"; "filter[has-id][]" → "FilterHasId". */
function parameterComponentName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/**
 * A query parameter defined the same way by several operations (the contains, pagination, the
 * filters lists share) becomes one components/parameters entry they all refer to. A name with
 * two different definitions stays inline in each operation.
 */
function shareParameters(doc: OpenApiDocument): void {
  const uses = new Map<string, { text: string; count: number; param: JsonSchema }[]>();
  const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
  for (const op of operations)
    for (const param of (op.parameters ?? []) as JsonSchema[]) {
      if (param.$ref || param.in !== "query") continue;
      const text = JSON.stringify(param);
      const variants = uses.get(param.name as string) ?? [];
      const same = variants.find((v) => v.text === text);
      if (same) same.count++;
      else variants.push({ text, count: 1, param });
      uses.set(param.name as string, variants);
    }
  const shared = new Map<string, string>(); // text → component name
  for (const [name, variants] of uses) {
    const component = parameterComponentName(name);
    if (variants.length !== 1 || variants[0]!.count < 2 || component in doc.components.parameters!) continue;
    doc.components.parameters![component] = variants[0]!.param;
    shared.set(variants[0]!.text, component);
  }
  for (const op of operations)
    op.parameters = ((op.parameters ?? []) as JsonSchema[]).map((param) => {
      const component = param.$ref ? undefined : shared.get(JSON.stringify(param));
      return component ? { $ref: `#/components/parameters/${component}` } : param;
    });
}

/**
 * Drops the components no operation reaches (directly or through other components), and sorts
 * the rest by name: the document carries no unused component (Redocly's no-unused-components).
 */
function keepUsedComponents(doc: OpenApiDocument): void {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const ref = (node as JsonSchema).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/") && !used.has(ref)) {
      used.add(ref);
      const [, , section, name] = ref.split("/");
      visit(doc.components[section!]?.[name!]);
    }
    Object.values(node).forEach(visit);
  };
  visit(doc.paths);
  for (const section of ["schemas", "responses", "parameters", "headers"]) {
    const all = doc.components[section] ?? {};
    doc.components[section] = Object.fromEntries(
      Object.keys(all)
        .filter((name) => used.has(`#/components/${section}/${name}`))
        .sort((a, b) => a.localeCompare(b))
        .map((name) => [name, all[name]]),
    );
  }
}

/** @throws Error naming a `$ref` (e.g. in a route's schema) that points at nothing in the document */
function assertRefsResolve(doc: OpenApiDocument): void {
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${at}/${i}`));
    if (typeof node !== "object" || node === null) return;
    const ref = (node as JsonSchema).$ref;
    if (typeof ref === "string") {
      let target: unknown = doc;
      for (const part of ref.replace(/^#\//, "").split("/"))
        target = (target as Record<string, unknown> | undefined)?.[
          part.replace(/~1/g, "/").replace(/~0/g, "~")
        ];
      if (!ref.startsWith("#/") || target === undefined)
        throw new Error(`${at}: $ref "${ref}" points at nothing in the document`);
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
  };
  walk(doc.paths, "#/paths");
}

const DESCRIPTION = `A zero-knowledge password-sharing server that speaks the Passbolt API v2: the same paths
(every one ends in \`.json\`), the same \`{header, body}\` envelope, GpgAuth and JWT login. The server
stores one OpenPGP message per resource and user, encrypted by a client for that user, and never
sees a plaintext secret.

**Envelope.** Every JSON answer is \`{"header": {...}, "body": ...}\`. \`header.status\` is \`success\`
or \`error\`, \`header.code\` the HTTP status, \`header.id\` the request id and \`header.action\` the
v5 UUID of the route name. Success is always 200 (also on create). Errors put the message in
\`header.message\`; a 400 from validation puts the field → rule → message tree in \`body\`,
otherwise \`body\` is \`""\`. Paginated endpoints add \`header.pagination\`.

**Authentication.** A cookie session (\`passbolt_session\`, from GpgAuth login; POST, PUT and DELETE
also need \`X-CSRF-Token\` equal to the \`csrfToken\` cookie) or a JWT access token
(\`Authorization: Bearer\`, from JWT login). To try the operations here, authorize with a bearer token.

**Query strings.** \`contain[x]=1\` adds associated data, \`filter[x]=...\` narrows a list (\`[]\`
filters take several values), \`page\`, \`limit\`, \`sort\` and \`direction\` page and order a list.
Keys a route does not know are ignored; a bad value for one it knows answers 400.`;

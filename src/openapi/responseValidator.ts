/**
 * Checks an HTTP response against the OpenAPI document: finds the operation for the method and
 * concrete path (as the server routes it: `.json` optional, concrete paths before templated
 * ones), then checks the status is documented, the required headers are there, the content
 * type is documented and the body matches its schema. A request no operation takes must get
 * the error envelope of a failure that happens before routing (404, or 400/401/413/503 …).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { errorResponses, type JsonSchema } from "./components.ts";
import type { OpenApiDocument } from "./document.ts";

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

const DOC_ID = "urn:watchword:openapi";

/** What a request that no operation takes can answer: routing's 404, or a failure before it. */
export const BEFORE_ROUTING_STATUSES = [400, 401, 404, 413, 415, 500, 503];

export interface ObservedResponse {
  method: string;
  /** Path and query string, as requested. */
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

export interface MatchedOperation {
  path: string;
  method: string;
  operationId: string;
}

interface Route extends MatchedOperation {
  regex: RegExp;
  /** One entry per segment: 0 for a fixed segment, 1 for a parameter (fixed ones win). */
  rank: number[];
}

const isObject = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pointer = (parts: string[]) =>
  "#/" + parts.map((p) => encodeURIComponent(p.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

/** The path as the server routes it: without `.json`, without a trailing slash. */
export function routedPath(pathname: string): string {
  let p = pathname.endsWith(".json") ? pathname.slice(0, -".json".length) || "/" : pathname;
  if (p.length > 1 && p.endsWith("/")) p = p.slice(0, -1);
  return p;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === "additionalProperties"
        ? ` (${(e.params as { additionalProperty: string }).additionalProperty})`
        : e.keyword === "enum" || e.keyword === "const"
          ? ` (${JSON.stringify(e.params)})`
          : "";
    return `${e.instancePath || "(root)"} ${e.message ?? e.keyword}${extra} [${e.schemaPath}]`;
  });
}

export class ResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly routes: Route[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly doc: OpenApiDocument,
    /** Requests outside the API (the document itself, the reference pages) that are not checked. */
    private readonly isExempt: (method: string, routed: string) => boolean = () => false,
  ) {
    this.ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, DOC_ID);
    for (const [path, item] of Object.entries(doc.paths)) {
      const segments = routedPath(path).split("/").slice(1);
      const regex = new RegExp(
        "^/" + segments.map((s) => (/^\{[^}]+\}$/.test(s) ? "([^/]+)" : escapeRegex(s))).join("/") + "$",
        "i",
      );
      const rank = segments.map((s) => (s.startsWith("{") ? 1 : 0));
      for (const [method, op] of Object.entries(item))
        this.routes.push({ path, method, operationId: String(op.operationId), regex, rank });
    }
    this.routes.sort((a, b) => {
      for (let i = 0; i < Math.min(a.rank.length, b.rank.length); i++)
        if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
      return 0;
    });
  }

  /** The operation that takes `method pathname`, if any. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const m = method.toLowerCase();
    const routed = routedPath(pathname);
    const route = this.routes.find((r) => r.method === m && r.regex.test(routed));
    return route && { path: route.path, method: route.method, operationId: route.operationId };
  }

  /** The problems with a response; empty when it matches the document. */
  check(res: ObservedResponse): string[] {
    if (res.method.toUpperCase() === "HEAD" || res.method.toUpperCase() === "OPTIONS") return [];
    const { pathname } = new URL(res.url, "http://localhost");
    const op = this.match(res.method, pathname);
    if (!op) {
      if (this.isExempt(res.method.toLowerCase(), routedPath(pathname))) return [];
      if (!BEFORE_ROUTING_STATUSES.includes(res.status))
        return [
          `no operation of the document takes ${res.method.toUpperCase()} ${pathname}, so the answer must be ` +
            `the 404 error envelope (or one of ${BEFORE_ROUTING_STATUSES.join(", ")} from before routing), ` +
            `not ${res.status}: document the route with mount(), or fix the test's path`,
        ];
      const name = errorResponses[res.status]!.name;
      const where = ["components", "responses", name];
      if (this.doc.components.responses?.[name]) return this.checkResponse(where, res);
      // A status no operation declares (415): the error envelope still applies.
      return this.checkBody(["components", "schemas", "ErrorEnvelope"], res);
    }
    const responses = this.doc.paths[op.path]![op.method]!.responses as JsonSchema;
    const key =
      String(res.status) in responses ? String(res.status) : "default" in responses ? "default" : "";
    if (!key)
      return [
        `status ${res.status} is not documented (documented: ${Object.keys(responses).join(", ")}); ` +
          "add it to the route spec's `errors`, or fix the handler",
      ];
    return this.checkResponse(["paths", op.path, op.method, "responses", key], res);
  }

  /** @throws Error naming the operation, the status and every problem */
  assert(res: ObservedResponse): void {
    const problems = this.check(res);
    if (problems.length === 0) return;
    const { pathname } = new URL(res.url, "http://localhost");
    const op = this.match(res.method, pathname);
    const opName = op
      ? `${op.method.toUpperCase()} ${op.path} (${op.operationId})`
      : `${res.method.toUpperCase()} ${pathname} (no operation)`;
    throw new Error(
      [
        `The response does not match the OpenAPI document: ${opName} answered ${res.status}.`,
        ...problems.map((p) => `  - ${p}`),
        `  request: ${res.method.toUpperCase()} ${res.url}`,
        `  content-type: ${res.headers.get("content-type") ?? "(none)"}`,
        `  body: ${res.text.length > 800 ? `${res.text.slice(0, 800)}…` : res.text}`,
        "The document is generated from the route specs given to mount() (src/openapi/): fix the spec or the handler.",
      ].join("\n"),
    );
  }

  private resolve(parts: string[]): { parts: string[]; value: JsonSchema } {
    let value: unknown = this.doc;
    for (const p of parts) value = isObject(value) ? value[p] : undefined;
    if (isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#/")) {
      const target = value.$ref
        .slice(2)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      return this.resolve(target);
    }
    if (!isObject(value)) throw new Error(`the document has nothing at ${pointer(parts)}`);
    return { parts, value };
  }

  private checkResponse(at: string[], res: ObservedResponse): string[] {
    const { parts, value: response } = this.resolve(at);
    const problems: string[] = [];
    for (const name of Object.keys(isObject(response.headers) ? response.headers : {})) {
      const header = this.resolve([...parts, "headers", name]).value;
      if (header.required === true && res.headers.get(name) === null)
        problems.push(`the ${name} header is missing (${String(header.description ?? "required")})`);
    }
    const content = isObject(response.content) ? response.content : {};
    const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (Object.keys(content).length === 0) {
      if (res.text !== "")
        problems.push(`a body was sent (${type || "no content type"}) but none is documented`);
      return problems;
    }
    if (!(type in content)) {
      problems.push(
        `content type "${type}" is not documented (documented: ${Object.keys(content).join(", ")})`,
      );
      return problems;
    }
    return [...problems, ...this.checkBody([...parts, "content", type, "schema"], res)];
  }

  /** Checks a value against the schema at a place in the document (e.g. an example). */
  validateAt(schemaAt: string[], value: unknown): string[] {
    const ref = pointer(schemaAt);
    let validate = this.compiled.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: DOC_ID + ref });
      this.compiled.set(ref, validate);
    }
    return validate(value) ? [] : formatErrors(validate.errors);
  }

  private checkBody(schemaAt: string[], res: ObservedResponse): string[] {
    const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    let value: unknown = res.text;
    if (type === "application/json" || type.endsWith("+json")) {
      try {
        value = JSON.parse(res.text);
      } catch {
        return ["the body is not valid JSON"];
      }
    }
    const problems = this.validateAt(schemaAt, value);
    // The envelope repeats the status and the request id (src/http/envelope.ts).
    const header = isObject(value) && isObject(value.header) ? value.header : undefined;
    if (header && typeof header.code === "number" && header.code !== res.status)
      problems.push(`header.code is ${header.code} but the HTTP status is ${res.status}`);
    const requestId = res.headers.get("x-request-id");
    if (header && typeof header.id === "string" && requestId !== null && header.id !== requestId)
      problems.push(`header.id ${header.id} differs from the X-Request-Id header ${requestId}`);
    return problems;
  }
}

/**
 * The document as OpenAPI 3.0, for Swagger UI at /docs only. Swagger UI parses a 3.1 document
 * with ApiDOM, which on this machine takes about 2.5 times as long as its 3.0 resolver once the
 * document has arrived (README, "Trying the API in /docs"), so the reference page loads this
 * rendition of the same document, made in memory from it: nothing is kept twice. Integrators
 * and SDK generators get the 3.1 document at /openapi.json, which stays the one contract.
 *
 * What changes is only how 3.1's JSON Schema spells things 3.0 lacks: a `null` type (in a type
 * list or an anyOf/oneOf branch) becomes `nullable: true`, `const` becomes a one-value `enum`,
 * a schema's `examples` list becomes its first `example`, and `{type: "null"}` alone becomes
 * `{nullable: true, enum: [null]}`.
 */
import type { OpenApiDocument } from "./document.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (v: Json | undefined): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** `{type: "null"}`, or what schema30 made of it (children are converted first). */
const NULL_30: Obj = { type: "object", nullable: true, enum: [null] };
const isNullType = (v: Json | undefined): boolean =>
  isObj(v) &&
  ((v.type === "null" && Object.keys(v).length === 1) || JSON.stringify(v) === JSON.stringify(NULL_30));

/** The `type` of the component a `$ref` points at, when it names one. */
type RefType = (ref: Json | undefined) => Json | undefined;

/** Marks a schema nullable; 3.0 wants a `type` beside `nullable`, so a branch without one gets its target's. */
function nullable(schema: Obj, refType: RefType): Obj {
  if ("$ref" in schema) {
    const type = refType(schema.$ref);
    return { allOf: [schema], nullable: true, ...(type !== undefined ? { type } : {}) };
  }
  return { ...schema, nullable: true };
}

function schema30(node: Obj, refType: RefType): Obj {
  let out: Obj = { ...node };
  // 3.0 ignores a $ref's siblings (a description): keep them on a wrapper
  if ("$ref" in out && Object.keys(out).length > 1) {
    const { $ref, ...siblings } = out;
    out = { allOf: [{ $ref: $ref ?? null }], ...siblings };
  }
  if (out.type === "null") {
    delete out.type;
    Object.assign(out, NULL_30);
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== "null");
    if (types.length < out.type.length) out.nullable = true;
    if (types.length === 1) out.type = types[0] ?? null;
    else {
      delete out.type;
      if (types.length > 1) out.anyOf = types.map((t) => ({ type: t }));
    }
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = out[key];
    if (!Array.isArray(branches) || !branches.some(isNullType)) continue;
    const rest = branches.filter((b) => !isNullType(b));
    out.nullable = true;
    delete out[key];
    delete out.nullable;
    const only = rest.length === 1 ? rest[0] : undefined;
    if (only !== undefined && isObj(only)) Object.assign(out, nullable(only, refType));
    // several branches: each one nullable, and anyOf, since null would now match more than one
    else out.anyOf = rest.map((b) => (isObj(b) ? nullable(b, refType) : b));
  }
  if ("const" in out) {
    out.enum = [out.const];
    delete out.const;
  }
  if (Array.isArray(out.examples)) {
    const first = out.examples[0];
    if (first !== undefined && !("example" in out)) out.example = first;
    delete out.examples;
  }
  return out;
}

/** Objects whose keys are names (a property called `const` or `type`), never schema keywords. */
const NAME_MAPS = new Set([
  "properties",
  "schemas",
  "responses",
  "parameters",
  "headers",
  "content",
  "paths",
  "securitySchemes",
  "examples",
  "requestBodies",
]);

function walk(node: Json, refType: RefType, parentKey = ""): Json {
  if (Array.isArray(node)) return node.map((item) => walk(item, refType));
  if (!isObj(node)) return node;
  const copy: Obj = {};
  for (const [key, value] of Object.entries(node)) copy[key] = walk(value, refType, key);
  return NAME_MAPS.has(parentKey) ? copy : schema30(copy, refType);
}

/** A 3.0.3 rendition of the document, for Swagger UI. */
export function toOpenApi30(doc: OpenApiDocument): OpenApiDocument {
  const source = doc as unknown as Obj;
  const schemas = isObj(source.components) ? source.components.schemas : undefined;
  const refType: RefType = (ref) => {
    const name = typeof ref === "string" ? ref.match(/^#\/components\/schemas\/(.+)$/)?.[1] : undefined;
    const target = name !== undefined && isObj(schemas) ? schemas[name] : undefined;
    return isObj(target) && typeof target.type === "string" ? target.type : undefined;
  };
  const converted = walk(source, refType) as Obj;
  converted.openapi = "3.0.3";
  // 3.0's license has a url, not 3.1's SPDX identifier
  const info = converted.info;
  if (isObj(info) && isObj(info.license)) {
    const { identifier, ...license } = info.license;
    if (typeof identifier === "string" && license.url === undefined)
      license.url = `https://spdx.org/licenses/${identifier}.html`;
    info.license = license;
  }
  delete converted.jsonSchemaDialect;
  delete converted.webhooks;
  return converted as unknown as OpenApiDocument;
}

/**
 * Turns the routes' ajv schemas into OpenAPI 3.1 (JSON Schema 2020-12) schemas, and makes
 * example values from schemas.
 *
 * - `nullable: true` (ajv's JSONSchemaType form) becomes a `"null"` type or enum member.
 * - A subschema with an `$id`, or a `$ref` to a schema registered with the app's ajv instance,
 *   becomes a component under components/schemas, named after the last segment of its id.
 * - `$schema` is dropped (the document has one dialect).
 */
import { ajv as appAjv } from "../http/ajv.ts";
import type { JsonSchema } from "./components.ts";
import { componentNameOf } from "../http/schemas/component.ts";

const isObject = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

/** "https://watchword/schemas/resource-type.json" → "ResourceType". */
export function componentName(id: string): string {
  const last =
    id
      .replace(/#.*$/, "")
      .replace(/\.json$/i, "")
      .split(/[/:]/)
      .filter(Boolean)
      .pop() ?? id;
  return last
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

export class SchemaConverter {
  /** Components found while converting, by name. */
  readonly components: Record<string, JsonSchema> = {};
  private readonly sources = new Map<string, unknown>();

  /** `names`: components named for this document only (shared request and response bodies). */
  constructor(private readonly names: ReadonlyMap<object, string> = new Map()) {}

  /** @throws Error for a `$ref` that cannot be resolved or two different schemas with one name */
  convert(schema: unknown, where: string): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.convert(s, where));
    if (!isObject(schema)) return schema;
    const named = componentNameOf(schema) ?? this.names.get(schema);
    if (named) return this.hoistNamed(named, schema, where);
    if (typeof schema.$id === "string") return this.hoist(schema.$id, schema, where);
    if (typeof schema.$ref === "string" && !schema.$ref.startsWith("#/components/")) {
      if (schema.$ref.startsWith("#"))
        throw new Error(
          `${where}: local $ref "${schema.$ref}" is not supported; give the shared schema an $id instead`,
        );
      const target = appAjv.getSchema(schema.$ref)?.schema;
      if (!isObject(target))
        throw new Error(`${where}: $ref "${schema.$ref}" is not a schema registered with src/http/ajv.ts`);
      return this.hoist(schema.$ref, { ...target, $id: schema.$ref }, where);
    }
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$schema" || key === "nullable") continue;
      // Keys of these maps are names, not keywords: convert their values only.
      if (["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"].includes(key)) {
        out[key] = isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.convert(v, `${where}.${k}`)]))
          : value;
      } else if (["enum", "const", "examples", "default", "required"].includes(key)) {
        out[key] = value;
      } else {
        out[key] = this.convert(value, where);
      }
    }
    if (schema.nullable === true) {
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      if (typeof out.type === "string") out.type = [out.type, "null"];
      else if (Array.isArray(out.type) && !out.type.includes("null")) out.type = [...out.type, "null"];
    }
    return out;
  }

  /** A schema named with component(): one component per object, whatever its content. */
  private hoistNamed(name: string, schema: JsonSchema, where: string): JsonSchema {
    const previous = this.sources.get(name);
    if (previous === undefined) {
      this.sources.set(name, schema);
      this.components[name] = {}; // placeholder first: the schema may refer to itself
      const copy = { ...schema }; // a copy is not in the registry: converted field by field
      this.components[name] = this.convert(copy, `${where} (${name})`) as JsonSchema;
    } else if (previous !== schema)
      throw new Error(
        `${where}: two different schemas are both named ${name} (src/http/schemas/component.ts)`,
      );
    return { $ref: `#/components/schemas/${name}` };
  }

  private hoist(id: string, schema: JsonSchema, where: string): JsonSchema {
    const name = componentName(id);
    const previous = this.sources.get(name);
    if (previous === undefined) {
      this.sources.set(name, schema);
      const { $id: _id, ...rest } = schema;
      this.components[name] = {}; // placeholder first: the schema may refer to itself
      this.components[name] = this.convert(rest, `${where} (${id})`) as JsonSchema;
    } else if (previous !== schema && JSON.stringify(previous) !== JSON.stringify(schema)) {
      throw new Error(`${where}: two different schemas would both be components/schemas/${name} (${id})`);
    }
    return { $ref: `#/components/schemas/${name}` };
  }
}

export const EXAMPLE_UUID = "8c6b5a24-5d3c-4e0c-9f7a-2b1c0d9e8f7a";

/**
 * A string that matches a simple regular expression: literals, escapes, classes, groups with
 * alternatives (the first is taken) and quantifiers (the least count, one for `+`). Returns
 * undefined for anything it does not understand, or when the result does not match after all.
 */
export function sampleForPattern(pattern: string): string | undefined {
  let i = 0;
  const src = pattern;

  function alternation(): string | undefined {
    const first = sequence();
    while (src[i] === "|") {
      i++;
      if (sequence() === undefined) return undefined;
    }
    return first;
  }
  function sequence(): string | undefined {
    let out = "";
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      if (src[i] === "^" || src[i] === "$") {
        i++;
        continue;
      }
      const part = quantified();
      if (part === undefined) return undefined;
      out += part;
    }
    return out;
  }
  function quantified(): string | undefined {
    const a = atom();
    if (a === undefined) return undefined;
    const q = src[i];
    if (q === "*" || q === "?") {
      i++;
      return "";
    }
    if (q === "+") {
      i++;
      return a;
    }
    if (q === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      return a.repeat(Number(m[1]));
    }
    return a;
  }
  function atom(): string | undefined {
    const c = src[i];
    if (c === "\\") {
      const e = src[i + 1];
      i += 2;
      if (e === "d") return "0";
      if (e === "w") return "a";
      if (e === "s") return " ";
      return e === undefined || /[A-Za-z0-9]/.test(e) ? undefined : e;
    }
    if (c === "[") {
      const end = src.indexOf("]", i + 2);
      if (end < 0 || src[i + 1] === "^") return undefined;
      const body = src.slice(i + 1, end);
      i = end + 1;
      if (body.startsWith("\\"))
        return body[1] === "d" ? "0" : /[A-Za-z]/.test(body[1] ?? "a") ? undefined : body[1];
      return body[0];
    }
    if (c === "(") {
      i += src.startsWith("(?:", i) ? 3 : 1;
      const inner = alternation();
      if (src[i] !== ")") return undefined;
      i++;
      return inner;
    }
    if (c === ".") {
      i++;
      return "a";
    }
    if (c === undefined || "*+?{}|)^$".includes(c)) return undefined;
    i++;
    return c;
  }

  const result = alternation();
  if (result === undefined || i !== src.length) return undefined;
  try {
    return new RegExp(pattern, "u").test(result) ? result : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A small valid value for a schema: `examples`, `const`, `default` or the first `enum` value
 * when given, otherwise built from the type (all declared properties of an object, one item of
 * an array). `resolve` follows `$ref`s to components; a component (Resource, User, ...) shows
 * its required properties only (a folder without its contains), which keeps the examples of deep
 * responses readable and the document small; its own schema lists the rest.
 */
export function sampleOf(schema: unknown, resolve: (ref: string) => unknown, depth = 0, refs = 0): unknown {
  if (!isObject(schema) || depth > 8) return null;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ("const" in schema) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (typeof schema.$ref === "string") return sampleOf(resolve(schema.$ref), resolve, depth + 1, refs + 1);
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => sampleOf(s, resolve, depth + 1, refs));
    return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = schema[key];
    if (Array.isArray(list) && list.length > 0) return sampleOf(list[0], resolve, depth + 1, refs);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== "null") ?? types[0];
  switch (type) {
    case "object": {
      const out: JsonSchema = {};
      const props = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      for (const [k, v] of Object.entries(props))
        if (refs < 1 || required.includes(k)) out[k] = sampleOf(v, resolve, depth + 1, refs);
      return out;
    }
    case "array":
      return typeof schema.maxItems === "number" && schema.maxItems < 1
        ? []
        : [sampleOf(schema.items, resolve, depth + 1, refs)];
    case "string":
      return sampleString(schema);
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return isObject(schema.properties)
        ? sampleOf({ ...schema, type: "object" }, resolve, depth, refs)
        : null;
  }
}

function sampleString(schema: JsonSchema): string {
  switch (schema.format) {
    case "uuid":
      return EXAMPLE_UUID;
    case "email":
      return "ada@example.com";
    case "date-time":
      return "2024-07-08T08:06:25+00:00";
    case "date":
      return "2024-07-08";
    case "uri":
    case "url":
      return "https://vault.example.com/";
  }
  if (typeof schema.pattern === "string") {
    const s = sampleForPattern(schema.pattern);
    if (s !== undefined) return s;
  }
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  return "string".padEnd(min, "x").slice(0, Math.max(min, Math.min(6, max)));
}

/**
 * Validates a request part against a JSON schema and maps ajv's errors to Passbolt's
 * field -> rule -> message tree, e.g. {"username": {"email": "The username should be a valid email address."}}.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { ajv } from "./ajv.ts";
import { addError, validationFailed, type ErrorTree } from "./errors.ts";

function label(field: string | undefined): string {
  return field ? field.replace(/_/g, " ") : "value";
}

/** The CakePHP-style rule name and message for one ajv error. */
function rule(e: ErrorObject, field: string | undefined): [string, string] {
  const name = label(field);
  switch (e.keyword) {
    case "required":
      return ["_required", `The ${name} is required.`];
    case "minLength":
      return (e.params as { limit: number }).limit <= 1
        ? ["_empty", `The ${name} should not be empty.`]
        : [
            "minLength",
            `The ${name} should be at least ${(e.params as { limit: number }).limit} characters long.`,
          ];
    case "maxLength":
      return [
        "maxLength",
        `The ${name} length should be maximum ${(e.params as { limit: number }).limit} characters.`,
      ];
    case "minItems":
      return ["_empty", `The ${name} should not be empty.`];
    case "maxItems":
      return [
        "hasAtMost",
        `The ${name} should contain at most ${(e.params as { limit: number }).limit} items.`,
      ];
    case "format": {
      const format = (e.params as { format: string }).format;
      if (format === "uuid") return ["uuid", `The ${name} should be a valid UUID.`];
      if (format === "email") return ["email", `The ${name} should be a valid email address.`];
      if (format === "date-time") return ["dateTime", `The ${name} should be a valid date.`];
      return [format, `The ${name} should be a valid ${format}.`];
    }
    case "enum":
      return [
        "inList",
        `The ${name} should be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(", ")}.`,
      ];
    case "type":
      return ["type", `The ${name} should be of type ${(e.params as { type: string }).type}.`];
    case "additionalProperties":
      return ["_unexpected", `The ${name} is not an accepted field.`];
    case "pattern":
      return ["format", `The ${name} is not in the expected format.`];
    default:
      return [e.keyword, `The ${name} is not valid (${e.message ?? e.keyword}).`];
  }
}

/** Converts ajv errors into the error tree. Exported for the tests and for custom checks. */
export function toErrorTree(errors: ErrorObject[] | null | undefined): ErrorTree {
  const tree: ErrorTree = {};
  for (const e of errors ?? []) {
    const path = e.instancePath
      .split("/")
      .slice(1)
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (e.keyword === "required") path.push((e.params as { missingProperty: string }).missingProperty);
    if (e.keyword === "additionalProperties")
      path.push((e.params as { additionalProperty: string }).additionalProperty);
    const field = [...path].reverse().find((p) => !/^\d+$/.test(p));
    const [ruleName, message] = rule(e, field);
    addError(tree, path, ruleName, message);
  }
  return tree;
}

const compiled = new WeakMap<object, ValidateFunction>();
/**
 * Schemas compiled since start. ajv keeps every schema it compiled for the life of the process,
 * so this must stop growing once each route has served once (test/http/validateOnce.test.ts).
 */
export const validationStats = { compiled: 0 };

/**
 * Validates `value` against `schema` (compiled once) and returns it typed.
 * @throws AppError 400 with the field -> rule -> message tree
 */
export function assertValid<T>(schema: object, value: unknown, message = "Could not validate the data."): T {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
    validationStats.compiled++;
  }
  if (!fn(value)) throw validationFailed(message, toErrorTree(fn.errors));
  return value as T;
}

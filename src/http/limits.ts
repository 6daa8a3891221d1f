/**
 * Limits on the shape of a request, answered before any work: the query string (count and
 * length; Node would otherwise drop parameters past 1000 without a word) and the parsed body
 * (nesting depth, items per array, keys per object, string length). A deeply nested body
 * would otherwise reach the recursive schema validator and overflow its stack.
 *
 * Status: 400 for a query string or a body nested too deeply; 413 for a body with too much
 * in it (too many items, keys or characters), like a body over BODY_LIMIT.
 */
import type { Middleware } from "koa";
import type { RequestLimits } from "../config.ts";
import { AppError, badRequest } from "./errors.ts";
import type { AppState } from "./types.ts";

const tooLarge = (message: string) => new AppError(413, "payload_too_large", message);

/** Query string limits; runs before the body is even read. @throws AppError 400 */
export function queryLimits(limits: RequestLimits): Middleware<AppState> {
  return (ctx, next) => {
    const qs = ctx.querystring;
    if (qs.length > limits.queryLength)
      throw badRequest(`The query string is too long (limit ${limits.queryLength} characters).`);
    let count = 0;
    for (const part of qs.split("&")) if (part !== "") count++;
    if (count > limits.queryParams)
      throw badRequest(`The query string has too many parameters (limit ${limits.queryParams}).`);
    return next();
  };
}

/**
 * Walks a parsed body without recursion, stopping at the first excess.
 * @throws AppError 400 (depth) or 413 (items, keys, string length)
 */
export function assertBodyWithinLimits(body: unknown, limits: RequestLimits): void {
  const stack: [value: unknown, depth: number, name: string][] = [[body, 1, "body"]];
  const checkString = (s: string, name: string) => {
    if (s.length > limits.stringLength)
      throw tooLarge(
        `The request has a value too long in \`${name}\` (limit ${limits.stringLength} characters).`,
      );
  };
  while (stack.length) {
    const [value, depth, name] = stack.pop()!;
    if (typeof value === "string") {
      checkString(value, name);
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > limits.jsonDepth)
      throw badRequest(`The request body is nested too deeply (limit ${limits.jsonDepth} levels).`);
    if (Array.isArray(value)) {
      if (value.length > limits.arrayItems)
        throw tooLarge(`The request has too many items in \`${name}\` (limit ${limits.arrayItems}).`);
      for (const item of value) stack.push([item, depth + 1, name]);
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.objectKeys)
      throw tooLarge(`The request has too many fields in \`${name}\` (limit ${limits.objectKeys}).`);
    for (const key of keys) {
      checkString(key, name);
      stack.push([(value as Record<string, unknown>)[key], depth + 1, key.slice(0, 64)]);
    }
  }
}

/** Body limits; runs right after the body parser, before authentication and routing. */
export function bodyLimits(limits: RequestLimits): Middleware<AppState> {
  return (ctx, next) => {
    assertBodyWithinLimits(ctx.request.body, limits);
    return next();
  };
}

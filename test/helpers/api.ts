/**
 * A small fetch wrapper for tests: JSON in, parsed JSON and headers out. Every response is
 * checked against the OpenAPI document (test/openapi/contract.ts): a status, header or body the
 * document does not allow for that operation fails the test.
 */
import { assertMatchesContract } from "../openapi/contract.ts";

export interface ApiResponse<B = unknown> {
  status: number;
  headers: Headers;
  json: {
    header: Record<string, unknown> & { status: string; code: number; message: string; id: string };
    body: B;
  };
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string | FormData;
  headers?: Record<string, string>;
}

export async function request<B = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<ApiResponse<B>> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | FormData | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(baseUrl + path, { method, headers, body, redirect: "manual" });
  const text = await res.text();
  assertMatchesContract({ method, url: path, status: res.status, headers: res.headers, text });
  let json: ApiResponse<B>["json"];
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(
      `${method} ${path} answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`,
    );
  }
  return { status: res.status, headers: res.headers, json, text };
}

export const get = <B = unknown>(base: string, path: string, opts?: RequestOptions) =>
  request<B>(base, "GET", path, opts);
export const post = <B = unknown>(base: string, path: string, opts?: RequestOptions) =>
  request<B>(base, "POST", path, opts);
export const put = <B = unknown>(base: string, path: string, opts?: RequestOptions) =>
  request<B>(base, "PUT", path, opts);
export const del = <B = unknown>(base: string, path: string, opts?: RequestOptions) =>
  request<B>(base, "DELETE", path, opts);

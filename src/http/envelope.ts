/**
 * The only producer of Passbolt's `{header, body}` envelope, for success and error alike.
 */
import { actionId, ERROR_ACTION } from "./action.ts";
import type { AppContext } from "./types.ts";

export interface Pagination {
  count: number;
  page: number;
  limit: number | null;
}

export interface EnvelopeHeader {
  id: string;
  status: "success" | "error";
  servertime: number;
  action: string;
  message: string;
  url: string;
  code: number;
  pagination?: Pagination;
}

function header(ctx: AppContext, status: "success" | "error", message: string, code: number): EnvelopeHeader {
  return {
    id: ctx.state.requestId,
    status,
    servertime: Math.floor(Date.now() / 1000),
    action: actionId(ctx.state.actionName ?? ERROR_ACTION),
    message,
    // The request path as the client sent it (Passbolt's Router::url()), without the query string.
    url: ctx.originalUrl.split("?")[0] ?? "/",
    code,
  };
}

/** Answers 200 with `status: "success"`. Passbolt answers 200 on create too. */
export function success(
  ctx: AppContext,
  body: unknown,
  message = "The operation was successful.",
  pagination?: Pagination,
): void {
  const h = header(ctx, "success", message, 200);
  if (pagination) h.pagination = pagination;
  ctx.status = 200;
  ctx.type = "application/json; charset=utf-8";
  ctx.body = { header: h, body: body === undefined ? null : body };
}

/** An error envelope with any status. GpgAuth stages 0 and 1 use it with 200 on purpose. */
export function errorEnvelope(ctx: AppContext, code: number, message: string, body: unknown = ""): void {
  ctx.status = code;
  ctx.type = "application/json; charset=utf-8";
  ctx.body = { header: header(ctx, "error", message, code), body };
}

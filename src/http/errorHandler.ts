/**
 * Turns anything thrown below into the error envelope. AppErrors show their message and
 * body; a database that cannot be reached becomes 503 with Retry-After; everything else is
 * a 500 whose detail goes to the log only.
 */
import type { Middleware } from "koa";
import { AppError, payloadTooLarge, serviceUnavailable } from "./errors.ts";
import { errorEnvelope } from "./envelope.ts";
import type { AppState } from "./types.ts";
import { isDatabaseUnavailable, storageFault } from "../db/dbErrors.ts";

export interface ErrorHandlerOptions {
  retryAfterSeconds: number;
  bodyLimitBytes: number;
}

interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

function toAppError(err: unknown, opts: ErrorHandlerOptions): AppError | undefined {
  if (err instanceof AppError) return err;
  if (isDatabaseUnavailable(err)) {
    const e = serviceUnavailable(opts.retryAfterSeconds, String(err));
    e.storageFault = storageFault(err);
    return e;
  }
  const e = (err ?? {}) as HttpErrorLike;
  const status = e.status ?? e.statusCode;
  if (status === 413) return payloadTooLarge(opts.bodyLimitBytes);
  if (status === 415)
    return new AppError(415, "unsupported_media_type", "The request content type is not supported.");
  if (status === 400 || err instanceof SyntaxError)
    return new AppError(
      400,
      "bad_request",
      "The request body could not be read: it is not valid JSON.",
      "",
      e.message,
    );
  return undefined;
}

export function errorHandler(opts: ErrorHandlerOptions): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      const known = toAppError(err, opts);
      if (known) {
        const fault = known.storageFault;
        if (fault)
          // what the operator must fix, named: disk full, I/O error, read-only
          ctx.state.log?.error(
            {
              code: known.code,
              status: known.status,
              cause: fault.cause,
              dbCode: fault.code,
              detail: known.logDetail,
            },
            `database refused the request: ${fault.cause} (${fault.code})`,
          );
        else if (known.status >= 500 || known.logDetail)
          ctx.state.log?.warn(
            { code: known.code, status: known.status, detail: known.logDetail },
            known.message,
          );
        for (const [k, v] of Object.entries(known.headers)) ctx.set(k, v);
        errorEnvelope(ctx, known.status, known.message, known.body);
        return;
      }
      // Only the error's name, message, code and stack: its other properties may carry request data.
      const e = err instanceof Error ? err : new Error(String(err));
      ctx.state.log?.error(
        { err: { type: e.name, message: e.message, code: (e as { code?: unknown }).code, stack: e.stack } },
        "unhandled error",
      );
      errorEnvelope(ctx, 500, "Internal Server Error");
    }
  };
}

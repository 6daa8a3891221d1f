/**
 * The request an audit entry belongs to, without passing it through every service: an
 * AsyncLocalStorage scope opened per request. recordAudits() reads the request id and client
 * address from it and marks that the request wrote entries; when the request ends, the
 * scope asks the sealer to chain them (src/domain/audit/audit.sealer.ts).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Middleware } from "koa";
import type { AppState } from "../../http/types.ts";

export interface AuditRequestContext {
  requestId: string;
  clientIp: string | null;
  /** Set by recordAudits(): this request wrote at least one entry (committed or not). */
  wrote: boolean;
}

const storage = new AsyncLocalStorage<AuditRequestContext>();

/** The scope of the request being served, if any (none in CLI commands). */
export const currentAuditContext = (): AuditRequestContext | undefined => storage.getStore();

/** Anything that can be asked to seal the chain soon; AuditSealer in the server. */
export interface SealScheduler {
  schedule(): void;
}

/**
 * Opens the audit scope of a request: after ctx.state.requestId and ctx.state.clientIp are
 * set. Once the request is over (its transactions committed or rolled back), a request that
 * wrote entries schedules a seal, which runs after the response, never before it.
 */
export function auditScope(sealer: SealScheduler): Middleware<AppState> {
  return (ctx, next) => {
    const scope: AuditRequestContext = {
      requestId: ctx.state.requestId,
      clientIp: ctx.state.clientIp ?? null,
      wrote: false,
    };
    return storage.run(scope, async () => {
      try {
        await next();
      } finally {
        if (scope.wrote) sealer.schedule();
      }
    });
  };
}

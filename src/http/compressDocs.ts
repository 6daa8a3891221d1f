/**
 * Compresses the public reference only: /docs (Swagger UI's 1.7 MB bundle) and the OpenAPI
 * document (/openapi.json, /openapi.yaml), with koa-compress (gzip, brotli) when the client
 * accepts it. API responses stay uncompressed on purpose: a list can hold data a stranger chose
 * (a shared resource's name) next to data they must not learn, the condition for BREACH-style
 * attacks that measure compressed sizes over TLS.
 */
import compress from "koa-compress";
import type { Middleware } from "koa";
import type { AppState } from "./types.ts";

const PUBLIC = /^\/(?:docs(?:\/.*)?|openapi\.(?:json|yaml))$/;

export function compressDocs(): Middleware<AppState> {
  const gzip = compress({
    threshold: 1024,
    filter: (type: string) => /json|yaml|javascript|css|html/.test(type),
  }) as unknown as Middleware<AppState>;
  return (ctx, next) => (PUBLIC.test(ctx.path) ? gzip(ctx, next) : next());
}

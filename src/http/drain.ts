/**
 * Graceful stop of the HTTP server: every request that reached the server before the signal
 * gets its answer; only connections that carry no request are closed early.
 *
 * Node's own `server.close()` (Node >= 19) closes every idle connection at once, and Node calls a
 * connection idle until it has parsed the first bytes of a request: a request already sent, but
 * still in the socket's buffer (or a connection still in the listen backlog), was reset. So:
 *
 * 1. settle: for `settleMs` the server keeps accepting and reading, so that what was sent before
 *    the signal is accepted and parsed; every response carries `Connection: close` meanwhile;
 * 2. stop listening, without Node's closing of idle connections;
 * 3. after one more settle (bytes of the connections accepted last), close every connection
 *    with no request in progress, then each one as its last response is sent;
 * 4. at `timeoutMs` close whatever is left (a client that never finishes its body).
 */
import type http from "node:http";
import type { Logger } from "pino";

export interface DrainOptions {
  settleMs: number;
  timeoutMs: number;
  log: Logger;
}

/** Waits `ms`, then for the end of the next poll phase: what the kernel holds is read by then. */
async function settle(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await new Promise((r) => setImmediate(r));
}

/** Stops accepting connections; resolves once every connection has closed. */
function stopListening(server: http.Server): Promise<void> {
  const closeIdle = server.closeIdleConnections;
  // http.Server#close calls this.closeIdleConnections() first: skip that here (step 3 does it)
  server.closeIdleConnections = () => undefined;
  try {
    return new Promise<void>((resolve) => server.close(() => resolve()));
  } finally {
    server.closeIdleConnections = closeIdle;
  }
}

export async function drainServer(server: http.Server, opts: DrainOptions): Promise<void> {
  const timer = setTimeout(() => {
    opts.log.warn("shutdown timeout reached, closing remaining connections");
    server.closeAllConnections();
  }, opts.timeoutMs);
  await settle(opts.settleMs);
  const drained = stopListening(server);
  await settle(opts.settleMs);
  server.closeIdleConnections();
  // A keep-alive connection becomes idle once its last response is sent: close it then.
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  await drained;
  clearInterval(sweeper);
  clearTimeout(timer);
}

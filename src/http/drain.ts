/**
 * Graceful stop of the HTTP server: every request that reached the server before the signal
 * gets its answer; only connections that carry no request are closed early.
 *
 * Node's own `server.close()` (Node >= 19) closes every idle connection at once, and Node calls a
 * connection idle until it has parsed the first bytes of a request: a request already sent, but
 * still in the socket's buffer (or a connection still in the listen backlog), was reset. So:
 *
 * 1. settle: the server keeps accepting and reading until no connection has come for
 *    `settleMs` (at most `acceptMaxMs`), so that the listen backlog is emptied and what was sent
 *    before the signal is read; closing the listener with connections still in the backlog
 *    resets them (seen on a starved CPU: each accept took ~8 ms, and the last five of twenty
 *    were reset). Every response carries `Connection: close` meanwhile;
 * 2. stop listening, without Node's closing of idle connections;
 * 3. after `quietMs` (the bytes of the connections accepted last), close every connection with
 *    no request in progress, then each one as its last response is sent;
 * 4. at `timeoutMs` close whatever is left (a client that never finishes its body).
 */
import type http from "node:http";
import type { Logger } from "pino";

export interface DrainOptions {
  /** Listening stops once no connection has come for this long... */
  settleMs: number;
  /** ...or this long after the signal at the latest. */
  acceptMaxMs: number;
  /** How long after listening stops no connection is closed for being idle. */
  quietMs: number;
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
  const started = Date.now();
  let lastConnection = started;
  const onConnection = () => (lastConnection = Date.now());
  server.on("connection", onConnection);
  do await settle(opts.settleMs);
  while (Date.now() - lastConnection < opts.settleMs && Date.now() - started < opts.acceptMaxMs);
  server.off("connection", onConnection);
  const drained = stopListening(server);
  await settle(opts.quietMs);
  server.closeIdleConnections();
  // A keep-alive connection becomes idle once its last response is sent: close it then.
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  await drained;
  clearInterval(sweeper);
  clearTimeout(timer);
}

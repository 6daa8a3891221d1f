// The server of bench/pieces.ts: `watchword serve` as dist/ runs it, with pieces of the middleware
// chain (src/app.ts appPieces) left out, named in BENCH_WITHOUT (comma separated). Two pieces the
// rest relies on get a stand-in: requestContext (a request id, a logger of warnings and errors: no access line) and
// clientAddress (the peer address). "route" answers GET /secrets/resource/{id}.json with a fixed
// envelope after authentication: the cost of the route itself (validation, SQL, read log,
// presenter) is the difference. "readLog" skips the secret read's access row and audit entry.
import { randomUUID } from "node:crypto";
import { loadConfig } from "../dist/config.js";
import { createLogger } from "../dist/logger.js";
import { startServer } from "../dist/server.js";
import { SecretReadLog } from "../dist/domain/secrets/secrets.readLog.js";

const without = new Set((process.env.BENCH_WITHOUT ?? "").split(",").filter(Boolean));
const quiet = createLogger("warn"); // warnings and errors only: no access line
const standIns = {
  requestContext: async (ctx, next) => {
    ctx.state.requestId = randomUUID();
    ctx.state.log = quiet;
    await next();
  },
  clientAddress: async (ctx, next) => {
    ctx.state.clientIp = ctx.req.socket.remoteAddress ?? "unknown";
    await next();
  },
};
/** The secret read answered without the route; every other path (the health probe) as usual. */
const fixedSecret = (routers) => async (ctx, next) => {
  if (!ctx.path.startsWith("/secrets/resource/")) return routers(ctx, next);
  if (!ctx.state.actor) ctx.throw(401);
  ctx.type = "application/json; charset=utf-8";
  ctx.body = { header: { id: ctx.state.requestId, status: "success", code: 200 }, body: {} };
};
const route = without.delete("route");
// "readLog": the secret read's access row and audit entry are not written (the group commit skipped)
if (without.delete("readLog")) SecretReadLog.prototype.write = async () => {};
const config = loadConfig(process.env);
const server = await startServer(config, createLogger(config.logLevel), {
  adjustApp: (pieces) =>
    pieces.flatMap((p) => {
      if (p.name === "routers" && route) return [{ name: p.name, middleware: fixedSecret(p.middleware) }];
      if (!without.has(p.name)) return [p];
      return standIns[p.name] ? [{ name: p.name, middleware: standIns[p.name] }] : [];
    }),
});
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));

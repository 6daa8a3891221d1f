/**
 * The ceiling: what this machine, Node, Koa and the database driver can do at best for one
 * secret read. A bare Koa app on the DataSource built by src/db/dataSource.ts from the same
 * DATABASE_URL (so the same driver, pool size and options as the server) answering
 * GET /secrets/<id> with a primary-key select of that secret row, as JSON. No authentication,
 * no permission check, no access log: each endpoint's throughput is reported as a ratio to it.
 *
 *   DATABASE_URL=... PORT=... node --import tsx bench/ceiling.ts
 */
import http from "node:http";
import Koa from "koa";
import { loadConfig } from "../src/config.ts";
import { buildDataSource } from "../src/db/dataSource.ts";

const config = loadConfig();
const ds = await buildDataSource(config.database).initialize();
const app = new Koa();
app.use(async (ctx) => {
  if (ctx.path === "/ping") {
    ctx.body = { ok: true };
    return;
  }
  const m = /^\/secrets\/([0-9a-f-]{36})$/.exec(ctx.path);
  if (!m) {
    ctx.status = 404;
    return;
  }
  const rows: unknown[] = await ds.query(
    "SELECT id, user_id, resource_id, data, created, modified FROM secrets WHERE id = ?",
    [m[1]],
  );
  if (!rows.length) {
    ctx.status = 404;
    return;
  }
  ctx.body = { header: { status: "success", code: 200 }, body: rows[0] };
});
const server = http.createServer(app.callback());
server.keepAliveTimeout = 5000;
server.listen(config.port, config.host, () => process.stdout.write(`ceiling listening on ${config.port}\n`));
const stop = () => server.close(() => void ds.destroy().finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

/** `watchword serve`: the HTTP server in the foreground, stopped by SIGTERM or SIGINT. */
import type { Config } from "../config.ts";
import { createLogger } from "../logger.ts";
import { startServer } from "../server.ts";
import { stopWhenOrphaned } from "../parentWatch.ts";

export async function run(config: Config, _args: string[]): Promise<void> {
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    server.close().then(
      () => {
        log.info("stopped");
        log.flush();
        setTimeout(() => process.exit(0), 50);
      },
      (err) => {
        log.error({ err }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  stopWhenOrphaned(process.env, stop);
}

/**
 * Real servers over real sockets: `sharedServer()` is one in-process server for most suites;
 * `startTestServer(env)` starts another with its own settings (close it in after()).
 */
import { createLogger } from "../../src/logger.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import { testConfig } from "./env.ts";

export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const config = testConfig(env);
  return startServer(config, createLogger(config.logLevel));
}

let shared: Promise<RunningServer> | undefined;

export function sharedServer(): Promise<RunningServer> {
  shared ??= startTestServer();
  return shared;
}

export async function closeSharedServer(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}

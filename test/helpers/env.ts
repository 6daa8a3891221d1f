/**
 * The test database: TEST_DATABASE_URL (e.g. mysql://root@127.0.0.1:3306/watchword_test) or,
 * by default, a fresh SQLite file under var/test/. Every suite runs against it.
 */
import fs from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "../../src/config.ts";

const root = path.resolve(import.meta.dirname, "../..");
const sqliteFile = path.join(root, "var", "test", `run-${process.pid}.sqlite`);

export const testDatabaseUrl: string = process.env.TEST_DATABASE_URL || `sqlite:${sqliteFile}`;
export const isMysql = testDatabaseUrl.startsWith("mysql:") || testDatabaseUrl.startsWith("mariadb:");
export const repoRoot = root;

/**
 * The suites log in (and fail to, on purpose) hundreds of times from 127.0.0.1, and the
 * throttle counts in the shared database: servers under test get limits no suite reaches.
 * test/http/throttle.test.ts sets small ones to test the real mechanism.
 */
export const TEST_THROTTLE_ENV = { THROTTLE_ACCOUNT_LIMIT: "1000000", THROTTLE_ADDRESS_LIMIT: "1000000" };

/**
 * A Config for in-process servers and services; `env` overrides individual variables. The
 * periodic purge is off, so suites that plant expired rows on purpose see them stay;
 * test/domain/maintenance tests the purge.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig(
    {
      DATABASE_URL: testDatabaseUrl,
      PORT: "0",
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      ...TEST_THROTTLE_ENV,
      PURGE_INTERVAL_SECONDS: "0",
      ...env,
    },
    root,
  );
}

/** Removes the SQLite files of this run. */
export function removeSqliteFiles(): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(sqliteFile + suffix, { force: true });
}

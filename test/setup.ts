/**
 * Mocha root hooks: migrate the test database once, empty the data tables, and close the
 * shared server at the end. Suites never assume an otherwise empty database.
 */
import { createLogger } from "../src/logger.ts";
import { openDatabase } from "../src/server.ts";
import { closeSharedServer } from "./helpers/server.ts";
import { seedCast } from "./helpers/cast.ts";
import { removeSqliteFiles, testConfig, isMysql, testDatabaseUrl } from "./helpers/env.ts";

const KEEP = new Set(["roles", "resource_types", "migrations", "typeorm_metadata", "server_keys"]);

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60_000);
    if (!isMysql) removeSqliteFiles();
    const config = testConfig();
    const db = await openDatabase(config, createLogger("silent"), 20_000);
    const tables: string[] = isMysql
      ? (await db.dataSource.query("SHOW TABLES")).map((r: Record<string, string>) => Object.values(r)[0])
      : (
          await db.dataSource.query(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'",
          )
        ).map((r: { name: string }) => r.name);
    for (const t of tables) if (!KEEP.has(t)) await db.dataSource.query(`DELETE FROM ${t}`);
    await seedCast(db);
    await db.dataSource.destroy();
    process.stdout.write(`  test database: ${testDatabaseUrl.replace(/:[^:@/]*@/, ":***@")}\n`);
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(30_000);
    await closeSharedServer();
    if (!isMysql) removeSqliteFiles();
  },
};

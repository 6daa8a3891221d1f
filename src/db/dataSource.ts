import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import type { DatabaseConfig } from "../config.ts";
import { entities } from "./entities/index.ts";
import { migrations } from "./migrations/index.ts";

/** Builds (does not connect) the one TypeORM DataSource from DATABASE_URL. synchronize stays off. */
export function buildDataSource(db: DatabaseConfig): DataSource {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging: false } as const;
  let options: DataSourceOptions;
  if (db.kind === "mysql") {
    options = {
      ...common,
      type: "mysql",
      url: db.url,
      charset: "utf8mb4_unicode_ci",
      timezone: "Z",
      connectTimeout: 5000,
      poolSize: db.poolSize,
      extra: { enableKeepAlive: true, maxIdle: db.poolSize, idleTimeout: 60_000 },
    };
  } else {
    fs.mkdirSync(path.dirname(db.path), { recursive: true });
    options = {
      ...common,
      type: "better-sqlite3",
      database: db.path,
      // WAL: readers do not block the writer. synchronous FULL: each commit is on disk before
      // it is acknowledged. better-sqlite3 builds default WAL databases to NORMAL, where a
      // commit can be lost to a power cut or an OS crash after the client was told it was saved.
      prepareDatabase: (connection: { pragma(source: string): unknown }) => {
        connection.pragma("journal_mode = WAL");
        connection.pragma(`synchronous = ${db.synchronous.toUpperCase()}`);
      },
      // busy_timeout: a CLI command writing while the server runs waits instead of failing.
      timeout: 10_000,
    };
  }
  return new DataSource(options);
}

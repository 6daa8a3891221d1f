/**
 * A seed worker process: creates filler resources (bench/filler.ts) so that two of them use
 * both cores while seeding large databases.
 *
 *   node --import tsx bench/seedWorker.ts <job.json>
 *   job: {databaseUrl, owners: [{id, data}], start, count, concurrency}
 */
import fs from "node:fs";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { openDatabase } from "../src/server.ts";
import { createFiller, type FillerJob } from "./filler.ts";
import { repoRoot } from "./processes.ts";

const job = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as FillerJob & { databaseUrl: string };
// migrations on: the seed process migrated already, but a migration added since (the tree is
// being worked on) must not stop a long seed
const config = loadConfig({ DATABASE_URL: job.databaseUrl, LOG_LEVEL: "warn" }, repoRoot);
const db = await openDatabase(config, createLogger("warn"));
// seed only: a commit need not wait for the disk (same rows, same rules)
if (db.isSqlite) await db.dataSource.query("PRAGMA synchronous = NORMAL");
await createFiller({ db, secretMaxBytes: config.secretMaxBytes }, job, (done, rate) =>
  process.stdout.write(`${done}/${job.count} (${rate}/s)\n`),
);
await db.dataSource.destroy();

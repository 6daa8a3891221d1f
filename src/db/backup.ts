/**
 * A consistent copy of the embedded SQLite database while the server runs: `VACUUM INTO` reads
 * one snapshot (WAL mode: writers are not blocked) and writes a compacted file. The copy is
 * written next to the target under a temporary name, checked with `PRAGMA integrity_check`,
 * then renamed into place, so a failed or interrupted backup never leaves a partial file
 * under the target name. MySQL/MariaDB have their own tools (mysqldump --single-transaction).
 */
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./db.ts";

export class BackupError extends Error {}

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Writes the backup to `target` (which must not exist).
 * @throws BackupError (not SQLite, target exists, integrity check failed)
 */
export async function backupSqlite(db: Db, target: string): Promise<BackupResult> {
  if (!db.isSqlite)
    throw new BackupError(
      "backup copies the embedded SQLite database; for MySQL/MariaDB use mysqldump --single-transaction",
    );
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new BackupError(`${file} exists; choose a new file name`);
  const tmp = `${file}.partial-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  try {
    await db.read(async (m) => {
      await m.query("VACUUM INTO ?", [tmp]);
      await m.query("ATTACH DATABASE ? AS backup_copy", [tmp]);
      try {
        const rows: { integrity_check: string }[] = await m.query("PRAGMA backup_copy.integrity_check");
        const verdict = rows.map((r) => r.integrity_check).join("; ");
        if (verdict !== "ok") throw new BackupError(`the copy failed its integrity check: ${verdict}`);
      } finally {
        await m.query("DETACH DATABASE backup_copy");
      }
    });
    fs.renameSync(tmp, file);
    return { file, bytes: fs.statSync(file).size };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

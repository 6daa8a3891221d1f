/**
 * Before opening the SQLite database: can this process write it? SQLite opens a read-only file
 * (or a file in a read-only folder, where it cannot make its -wal and -shm files) only to fail
 * later with "unable to open database file" or "attempt to write a readonly database"; the
 * operator gets one line naming the file, the folder and the reason instead.
 */
import fs from "node:fs";
import path from "node:path";

const REASONS: Record<string, string> = {
  EROFS: "the file system is mounted read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
};

/** The reason the database at `file` cannot be written, or undefined when it can. */
export function sqliteNotWritable(file: string): string | undefined {
  const dir = path.dirname(file);
  const check = (target: string, kind: string): string | undefined => {
    try {
      fs.accessSync(target, fs.constants.W_OK);
      return undefined;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "";
      if (code === "ENOENT") return undefined;
      const reason = REASONS[code] ?? code;
      return `the SQLite database ${file} is read-only: its ${kind} ${target} cannot be written (${reason}). Watchword writes the file and, beside it, its -wal and -shm files: give the server's user write access to ${dir}, or mount it read-write`;
    }
  };
  let existing = dir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return (
    check(existing, existing === dir ? "folder" : "nearest existing folder") ??
    check(file, "file") ??
    check(`${file}-wal`, "write-ahead log") ??
    check(`${file}-shm`, "shared-memory file")
  );
}

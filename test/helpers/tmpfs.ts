/**
 * A small tmpfs of the test's own, for storage faults a real file system produces: a full disk
 * (ENOSPC under SQLite: SQLITE_FULL) and a read-only mount (EROFS). Needs root (CI runs as root);
 * `mountTmpfs` returns undefined where mounting is not allowed, and the suite says so.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Tmpfs {
  dir: string;
  /** Fills the remaining space with one file (the next write that needs a page gets ENOSPC). */
  fill(): void;
  /** Removes the filler. */
  free(): void;
  readOnly(): void;
  unmount(): void;
}

export function mountTmpfs(name: string, sizeMiB: number): Tmpfs | undefined {
  const dir = path.join(os.tmpdir(), `watchword-${name}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMiB}m`, "tmpfs", dir], { stdio: "pipe" });
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const filler = path.join(dir, "filler");
  return {
    dir,
    fill() {
      try {
        execFileSync("dd", ["if=/dev/zero", `of=${filler}`, "bs=16k"], { stdio: "ignore" });
      } catch {
        // dd stops with ENOSPC: that is the point
      }
    },
    free: () => fs.rmSync(filler, { force: true }),
    readOnly: () => execFileSync("mount", ["-o", "remount,ro", dir], { stdio: "pipe" }),
    unmount() {
      execFileSync("umount", ["-l", dir], { stdio: "pipe" });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

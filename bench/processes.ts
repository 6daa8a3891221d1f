/**
 * Child processes of the bench: the Watchword server (`node src/bin/watchword.mjs serve`, as in
 * production), the ceiling app, the load generator. Each runs on its own pid, so that its
 * memory is read from /proc and its CPU is not the runner's. Their output goes to files under
 * var/bench/logs/ (the runner never reads a log line on the hot path).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..");
export const benchVar = path.join(repoRoot, "var", "bench");
export const logDir = path.join(benchVar, "logs");

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Kilobytes of a /proc/<pid>/status field (VmHWM: peak resident set; VmRSS: current). */
export function procStatusKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export interface Child {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  /** Peak resident memory so far, in MB (null where /proc is not available). */
  peakRssMb(): number | null;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

async function waitHealthy(
  url: string,
  probe: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(url + probe);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const tail = fs.existsSync(logFile)
    ? fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")
    : "";
  throw new Error(`${url}${probe} did not come up${exited ? " (process exited)" : ""}; log tail:\n${tail}`);
}

function startChild(
  name: string,
  args: string[],
  env: Record<string, string>,
  probe: string,
  timeoutMs = 60_000,
): Promise<Child> {
  return (async () => {
    fs.mkdirSync(logDir, { recursive: true });
    const port = await freePort();
    const logFile = path.join(logDir, `${name}.log`);
    const out = fs.openSync(logFile, "w");
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
      stdio: ["ignore", out, out],
    });
    fs.closeSync(out);
    const url = `http://127.0.0.1:${port}`;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      await waitHealthy(url, probe, child, logFile, timeoutMs);
    } catch (err) {
      child.kill("SIGKILL");
      throw err;
    }
    let stopped: Promise<void> | undefined;
    return {
      name,
      url,
      pid: child.pid!,
      logFile,
      peakRssMb: () => {
        const kb = procStatusKb(child.pid!, "VmHWM");
        return kb === null ? null : kb / 1024;
      },
      stop: () =>
        (stopped ??= (async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(timer);
        })()),
    };
  })();
}

/** The real server, as `npx watchword serve` runs it, on its own database. */
export function startWatchword(
  name: string,
  databaseUrl: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Child> {
  return startChild(
    name,
    [...nodeArgs, path.join(repoRoot, "src", "bin", "watchword.mjs"), "serve"],
    { DATABASE_URL: databaseUrl, LOG_LEVEL: "info", ...env },
    "/healthcheck/status.json",
  );
}

/** The ceiling app (bench/ceiling.ts) on the same database. */
export function startCeiling(databaseUrl: string): Promise<Child> {
  return startChild(
    "ceiling",
    ["--import", "tsx", path.join(repoRoot, "bench", "ceiling.ts")],
    { DATABASE_URL: databaseUrl },
    "/ping",
  );
}

const scripts = new Set<ChildProcess>();

/** Ends the bench scripts still running (a sibling failed, or the bench is interrupted). */
export function killScripts(): void {
  for (const child of scripts) child.kill("SIGTERM");
}

/** Runs a TypeScript bench script to completion, its output passed through with a prefix. */
export function runScript(script: string, args: string[], prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "bench", script), ...args],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const relay = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) => {
      let buf = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        buf += chunk;
        const lines = buf.split("\n");
        buf = lines.pop()!;
        for (const line of lines) to.write(`${prefix}${line}\n`);
      });
    };
    scripts.add(child);
    relay(child.stdout!, process.stdout);
    relay(child.stderr!, process.stderr);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      scripts.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${script} exited with ${signal ?? `code ${code}`}`));
    });
  });
}

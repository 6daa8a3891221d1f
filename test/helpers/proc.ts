/**
 * Runs the real `watchword` command as a child process, with the test database unless the
 * caller overrides DATABASE_URL. A developer's own `.env` in the checkout is not read
 * (WATCHWORD_ENV_FILE=/dev/null) unless the caller overrides WATCHWORD_ENV_FILE too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { repoRoot, TEST_THROTTLE_ENV, testDatabaseUrl } from "./env.ts";

const BIN = path.join(repoRoot, "src", "bin", "watchword.mjs");

/** Where the command runs: another working directory, or another install's entry point. */
export interface CliPlace {
  cwd?: string;
  bin?: string;
}

function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: testDatabaseUrl,
    LOG_LEVEL: "info",
    PORT: "0",
    WATCHWORD_ENV_FILE: "/dev/null",
    ...TEST_THROTTLE_ENV,
  };
  delete base.TEST_DATABASE_URL;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return base;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 30_000,
  input = "",
  place: CliPlace = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [place.bin ?? BIN, ...args], {
      cwd: place.cwd ?? repoRoot,
      env: childEnv(env),
      stdio: "pipe",
    });
    let stdout = "";
    let stderr = "";
    child.stdin.end(input);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`watchword ${args.join(" ")} did not finish in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every line the process wrote to stdout so far (JSON log lines). */
  lines: string[];
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `watchword serve` and resolves once it logs "listening". */
export function startServerProcess(
  env: Record<string, string | undefined> = {},
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "serve"], {
      cwd: repoRoot,
      env: childEnv(env),
      stdio: "pipe",
    });
    const lines: string[] = [];
    let stderr = "";
    let buffer = "";
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in ${timeoutMs} ms\n${stderr}\n${lines.join("\n")}`));
    }, timeoutMs);
    child.stderr!.on("data", (d) => (stderr += d));
    child.stdout!.on("data", (d) => {
      buffer += d;
      let i: number;
      while ((i = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        lines.push(line);
        if (line.includes('"msg":"listening"')) {
          clearTimeout(timer);
          const url = JSON.parse(line).url as string;
          resolve({
            child,
            url,
            lines,
            exited,
            stop: (signal: NodeJS.Signals = "SIGTERM") => {
              if (child.exitCode === null) child.kill(signal);
              return exited;
            },
          });
        }
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening\n${stderr}\n${lines.join("\n")}`));
    });
  });
}

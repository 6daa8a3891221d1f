/**
 * `node --import tsx bench/profile.ts [--seconds 10] [--cpu] [--session]`: profiles the secret
 * GET on a copy of the quick bench database (run `npm run bench -- --quick` once first).
 * Starts the server as the bench does (its own process, NODE_ENV=production), logs ada in, drives
 * GET /secrets/resource/{id}.json with autocannon (10 connections), and prints the throughput
 * and the rows written per request. With --cpu the server writes a V8 CPU profile under
 * var/bench/profile/ (open it in Chrome DevTools, or summarise it with --summary FILE).
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { gpgauthLogin, jwtLogin, ok } from "./clients.ts";
import { keysFor } from "./keys.ts";
import { organisation } from "./org.ts";
import { benchVar, startWatchword } from "./processes.ts";
import { QUICK } from "./scale.ts";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    cpu: { type: "boolean", default: false },
    session: { type: "boolean", default: false },
    summary: { type: "string" },
  },
  strict: true,
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function (top 40) and per file (top 25) of a .cpuprofile. */
function summarise(file: string): void {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fnTime = new Map<string, number>();
  const fileTime = new Map<string, number>();
  for (const [id, t] of self) {
    const f = byId.get(id)!.callFrame;
    const short = f.url.replace(/^.*node_modules\//, "nm:").replace(/^.*\/work\/main\//, "");
    const key = `${f.functionName || "(anon)"} ${short}:${f.lineNumber + 1}`;
    fnTime.set(key, (fnTime.get(key) ?? 0) + t);
    const pkg = short.startsWith("nm:") ? short.split("/").slice(0, 2).join("/") : short || "(native)";
    fileTime.set(pkg, (fileTime.get(pkg) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join("\n");
  process.stdout.write(
    `self time by function:\n${top(fnTime, 40)}\n\nby file/package:\n${top(fileTime, 25)}\n`,
  );
}

if (args.summary) {
  summarise(args.summary);
  process.exit(0);
}

const source = path.join(benchVar, "quick-large.sqlite");
if (!fs.existsSync(source)) throw new Error(`${source} is missing: run npm run bench -- --quick once`);
const copy = path.join(benchVar, "profile.sqlite");
for (const ext of ["", "-wal", "-shm"]) fs.rmSync(copy + ext, { force: true });
fs.copyFileSync(source, copy);

type Sqlite = { prepare(sql: string): { get(): unknown }; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;
const count = (sql: string) => {
  const db = new Database(copy);
  const v = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return v;
};

const profDir = path.join(benchVar, "profile");
fs.mkdirSync(profDir, { recursive: true });
const server = await startWatchword(
  "profile",
  `sqlite:${copy}`,
  {},
  args.cpu ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [],
);
try {
  const org = organisation(QUICK);
  const keys = await keysFor(
    path.join(benchVar, "keys.json"),
    [{ email: org.ada.email, name: "Ada Lovelace" }],
    () => undefined,
  );
  const adaKey = keys.get(org.ada.email)!;
  const ada = { id: "", email: org.ada.email, key: adaKey };
  const session = await gpgauthLogin(server.url, ada);
  const users = await ok<{ id: string; username: string }[]>(server.url, "GET", "/users.json", {
    headers: session,
  });
  ada.id = users.body.find((u) => u.username === org.ada.email)!.id;
  const headers = args.session ? session : await jwtLogin(server.url, ada);
  const list = await ok<{ id: string; name: string }[]>(server.url, "GET", "/resources.json", { headers });
  const resource = list.body.find((r) => r.name === "ada-own-00001")!;
  const url = `${server.url}/secrets/resource/${resource.id}.json`;
  await autocannon({ url, headers, connections: 10, duration: 1 });
  const before = {
    accesses: count("SELECT COUNT(*) AS n FROM secret_accesses"),
    audit: count("SELECT COUNT(*) AS n FROM audit_log"),
  };
  const r = await autocannon({ url, headers, connections: 10, duration: Number(args.seconds) });
  await new Promise((res) => setTimeout(res, 500));
  const after = {
    accesses: count("SELECT COUNT(*) AS n FROM secret_accesses"),
    audit: count("SELECT COUNT(*) AS n FROM audit_log"),
    unsealed: count("SELECT COUNT(*) AS n FROM audit_log WHERE chain_pos IS NULL"),
  };
  process.stdout.write(
    `${r["2xx"]} ok, ${r.non2xx} non-2xx, ${r.errors} errors: ${(r["2xx"] / r.duration).toFixed(0)} req/s, ` +
      `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms\n` +
      `secret_accesses +${after.accesses - before.accesses}, audit_log +${after.audit - before.audit}, ` +
      `unsealed ${after.unsealed}\n`,
  );
} finally {
  await server.stop();
}
if (args.cpu) {
  const latest = fs
    .readdirSync(profDir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(profDir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  // the serve process and tsx's loader may both write one: the biggest is the server
  const biggest = latest.slice(0, 3).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  if (biggest) {
    process.stdout.write(`profile: ${path.relative(process.cwd(), biggest)}\n`);
    summarise(biggest);
  }
}

/**
 * `npm run bench:pieces [-- --rounds 3 --seconds 3] [-- --session]`: what each piece of the
 * secret GET costs, by subtraction. One server process per variant (bench/pieceServer.mjs: the
 * compiled server with one piece of the middleware chain left out, or the route answered with
 * a fixed envelope), all on copies of the quick bench database (SQLite; `npm run bench --
 * --quick` seeds it) or, with BENCH_DATABASE_URL, on that MariaDB/MySQL server's quick bench
 * database. The variants are loaded in turn, round after round (interleaved, so that a noisy
 * machine affects them alike), with autocannon (10 connections), and the server's CPU time per
 * request is read from /proc (utime + stime), plus mariadbd's on MariaDB. A piece's cost is the
 * full path's CPU per request minus the variant's without it (median over the rounds).
 * Writes bench/results/pieces-<db>.json.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { gpgauthLogin, jwtLogin, ok } from "./clients.ts";
import { keysFor } from "./keys.ts";
import { organisation } from "./org.ts";
import { benchVar, freePort, logDir, repoRoot, startCeiling, type Child } from "./processes.ts";
import { machine, median } from "./report.ts";
import { QUICK } from "./scale.ts";
import { spawn } from "node:child_process";
import { benchTargets, readMarker } from "./targets.ts";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "3" },
    session: { type: "boolean", default: false },
    /** Only these variants (comma separated names, "full" always included). */
    only: { type: "string" },
  },
  strict: true,
});

/** The pieces switched off, one variant each (normalizePath is not optional: routing needs it). */
const REMOVABLE = [
  "requestContext",
  "clientAddress",
  "auditScope",
  "errorHandler",
  "baseHeaders",
  "compressDocs",
  "cors",
  "queryLimits",
  "bodyParser",
  "bodyLimits",
  "csrfCookie",
  "pages",
];
const VARIANTS: { name: string; without: string[] }[] = [
  { name: "full", without: [] },
  ...REMOVABLE.map((p) => ({ name: `-${p}`, without: [p] })),
  { name: "-all middleware above", without: REMOVABLE },
  { name: "-readLog", without: ["readLog"] },
  { name: "-route (fixed answer)", without: ["route"] },
  { name: "-route -all middleware", without: ["route", ...REMOVABLE] },
];

const chosen = args.only ? new Set(["full", ...args.only.split(",")]) : undefined;
if (chosen) VARIANTS.splice(0, VARIANTS.length, ...VARIANTS.filter((v) => chosen.has(v.name)));

const ticks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
/** CPU seconds a process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / ticks;
}
function mariadbdPid(): number | undefined {
  try {
    return Number(execFileSync("pgrep", ["-o", "mariadbd"]).toString().trim()) || undefined;
  } catch {
    return undefined;
  }
}

function startPieceServer(name: string, databaseUrl: string, without: string[]): Promise<Child> {
  return (async () => {
    fs.mkdirSync(logDir, { recursive: true });
    const port = await freePort();
    const logFile = path.join(logDir, `piece-${name.replace(/[^a-z0-9]+/gi, "_")}.log`);
    const out = fs.openSync(logFile, "w");
    const child = spawn(process.execPath, [path.join(repoRoot, "bench", "pieceServer.mjs")], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "info",
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        BENCH_WITHOUT: without.join(","),
        // one APP_URL for all: a JWT is issued for it, so the token of one is good on every other
        APP_URL: "http://127.0.0.1:8080",
        // 17 servers on one MariaDB: 6 connections each stay under its default max_connections (151)
        DATABASE_POOL_SIZE: "6",
      },
      stdio: ["ignore", out, out],
    });
    fs.closeSync(out);
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${url}/healthcheck/status.json`)).ok) break;
      } catch {
        // not yet
      }
      if (i > 600 || child.exitCode !== null) {
        child.kill("SIGKILL");
        throw new Error(`${name} did not start: ${fs.readFileSync(logFile, "utf8").slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return {
      name,
      url,
      pid: child.pid!,
      logFile,
      peakRssMb: () => null,
      stop: async () => {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      },
    };
  })();
}

const target = benchTargets("quick", process.env.BENCH_DATABASE_URL?.trim() || undefined).large;
if (!readMarker(target))
  throw new Error("run npm run bench -- --quick once first: it seeds the database this uses");
/**
 * The one database every variant's server uses (several processes on one database, as in
 * production): SQLite, a fresh copy of the seeded file; MySQL, the seeded database. Logged in
 * once on the full server, the same session and token work on all of them.
 */
function databaseUrl(): string {
  if (target.kind !== "sqlite") return target.url;
  const copy = path.join(benchVar, "pieces.sqlite");
  for (const ext of ["", "-wal", "-shm"]) {
    fs.rmSync(copy + ext, { force: true });
    if (fs.existsSync(target.sqlitePath! + ext)) fs.copyFileSync(target.sqlitePath! + ext, copy + ext);
  }
  return `sqlite:${copy}`;
}
const servers: { variant: (typeof VARIANTS)[number]; child: Child }[] = [];
let ceiling: Child | undefined;
try {
  const url = databaseUrl();
  ceiling = await startCeiling(url);
  for (const variant of VARIANTS)
    servers.push({ variant, child: await startPieceServer(variant.name, url, variant.without) });
  process.stdout.write(`${servers.length} servers started on ${target.kind}\n`);

  const org = organisation(QUICK);
  const keys = await keysFor(
    path.join(benchVar, "keys.json"),
    [{ email: org.ada.email, name: "Ada Lovelace" }],
    () => undefined,
  );
  const ada = { id: "", email: org.ada.email, key: keys.get(org.ada.email)! };
  type Plan = { url: string; headers: Record<string, string> };
  const full = servers[0]!.child.url;
  const session = await gpgauthLogin(full, ada);
  const users = await ok<{ id: string; username: string }[]>(full, "GET", "/users.json", {
    headers: session,
  });
  ada.id = users.body.find((u) => u.username === org.ada.email)!.id;
  const headers = args.session ? session : await jwtLogin(full, ada);
  const list = await ok<{ id: string; name: string }[]>(full, "GET", "/resources.json", { headers });
  const resource = list.body.find((r) => r.name === "ada-own-00001")!;
  const plans: Plan[] = servers.map(({ child }) => ({
    url: `${child.url}/secrets/resource/${resource.id}.json`,
    headers,
  }));
  const secretId = (await ok<{ id: string }>(plans[0]!.url, "GET", "", { headers: plans[0]!.headers })).body
    .id;
  const ceilingPlan: Plan = { url: `${ceiling.url}/secrets/${secretId}`, headers: {} };

  const dbPid = target.kind === "mysql" ? mariadbdPid() : undefined;
  type Sample = { rps: number; cpuUs: number; dbUs: number | null };
  const samples = new Map<string, Sample[]>();
  const measure = async (name: string, pid: number, plan: Plan) => {
    await autocannon({ url: plan.url, headers: plan.headers, connections: 10, duration: 0.5 });
    const cpu0 = cpuSeconds(pid);
    const db0 = dbPid ? cpuSeconds(dbPid) : 0;
    const r = await autocannon({
      url: plan.url,
      headers: plan.headers,
      connections: 10,
      duration: Number(args.seconds),
    });
    const n = r["2xx"] + r.non2xx;
    if (r.non2xx || r.errors) {
      const res = await fetch(plan.url, { headers: plan.headers });
      throw new Error(
        `${name}: ${r.non2xx} non-2xx, ${r.errors} errors; now ${res.status} ${(await res.text()).slice(0, 300)}`,
      );
    }
    const s: Sample = {
      rps: r.requests.average,
      cpuUs: ((cpuSeconds(pid) - cpu0) * 1e6) / n,
      dbUs: dbPid ? ((cpuSeconds(dbPid) - db0) * 1e6) / n : null,
    };
    samples.set(name, [...(samples.get(name) ?? []), s]);
  };
  for (let round = 1; round <= Number(args.rounds); round++) {
    await measure("ceiling", ceiling.pid, ceilingPlan);
    for (const [i, { variant, child }] of servers.entries())
      await measure(variant.name, child.pid, plans[i]!);
    process.stdout.write(`round ${round} done\n`);
  }

  const med = (name: string, k: keyof Sample) => median(samples.get(name)!.map((s) => s[k] as number));
  const fullCpu = med("full", "cpuUs");
  const rows = ["ceiling", ...VARIANTS.map((v) => v.name)].map((name) => ({
    name,
    rps: Math.round(med(name, "rps")),
    ratio: Math.round((med(name, "rps") / med("ceiling", "rps")) * 1000) / 1000,
    server_us_per_req: Math.round(med(name, "cpuUs")),
    saved_us: name === "ceiling" ? null : Math.round(fullCpu - med(name, "cpuUs")),
    db_us_per_req: dbPid ? Math.round(med(name, "dbUs")) : null,
  }));
  process.stdout.write(
    `\n${"variant".padEnd(26)} ${"req/s".padStart(7)} ${"ratio".padStart(6)} ${"server µs/req".padStart(14)} ${"saved µs".padStart(9)}${dbPid ? "  mariadbd µs/req" : ""}\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `${r.name.padEnd(26)} ${String(r.rps).padStart(7)} ${r.ratio.toFixed(3).padStart(6)} ${String(r.server_us_per_req).padStart(14)} ${String(r.saved_us ?? "").padStart(9)}${dbPid ? String(r.db_us_per_req).padStart(17) : ""}\n`,
    );
  const file = path.join(repoRoot, "bench", "results", `pieces-${target.kind}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: machine(target.kind),
        auth: args.session ? "cookie" : "jwt",
        rounds: Number(args.rounds),
        seconds: Number(args.seconds),
        rows,
      },
      null,
      2,
    ) + "\n",
  );
  process.stdout.write(`written to ${path.relative(process.cwd(), file)}\n`);
} finally {
  await Promise.all(servers.map((s) => s.child.stop()));
  await ceiling?.stop();
}

/**
 * `npm run bench [-- --quick] [-- --reseed]`: throughput and scale of a real Watchword server,
 * measured against the stack's own ceiling.
 *
 * 1. Seeds (or reuses) two databases through the services (bench/seed.ts): the organisation
 *    with `resourcesSmall` and with `resourcesLarge` resources. SQLite under var/bench/, or
 *    MariaDB/MySQL with BENCH_DATABASE_URL.
 * 2. Starts the server as production runs it (`node src/bin/watchword.mjs serve`,
 *    NODE_ENV=production, its own process) and the ceiling (bench/ceiling.ts: bare Koa, same
 *    driver and pool, a primary-key select of one secret row), and drives them from a separate
 *    load process (bench/load.ts, autocannon).
 * 3. Prints one line per figure (median of several rounds), each target next to its figure,
 *    and writes bench/results/latest.json.
 */
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import mysql from "mysql2/promise";
import { redactUrl } from "../src/config.ts";
import { call, gpgauthLogin, jwtLogin, ok, type BenchUser } from "./clients.ts";
import { encryptFor, keysFor, type BenchKey } from "./keys.ts";
import type { LoadRequest, LoginResult, SeriesResult, ThroughputResult } from "./load.ts";
import { organisation, type Person } from "./org.ts";
import { benchVar, killScripts, repoRoot, startCeiling, startWatchword, type Child } from "./processes.ts";
import {
  line,
  machine,
  median,
  percentile,
  round,
  targetSummary,
  TARGETS,
  verdict,
  writeResults,
  type Figures,
} from "./report.ts";
import { adaVisible, FULL, QUICK } from "./scale.ts";
import { prepareDatabases, sharingEndpoints } from "./seed.ts";
import { benchTargets, runDatabaseUrl, type DbTarget } from "./targets.ts";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    reseed: { type: "boolean", default: false },
  },
  strict: true,
});

const scale = args.quick ? QUICK : FULL;
const benchUrl = process.env.BENCH_DATABASE_URL?.trim() || undefined;
const out = (s: string) => process.stdout.write(`${s}\n`);
const figures: Figures = {};
const notes: string[] = [];
const children: Child[] = [];
const rssTrail: { phase: string; peak_mb: number | null }[] = [];
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`;

/** The load process: one request at a time over IPC. */
class LoadWorker {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 1;

  constructor() {
    this.child = fork(path.join(repoRoot, "bench", "load.ts"), [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.child.on("message", (msg: { id: number; result?: unknown; error?: string }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`load process: ${msg.error}`));
      else p?.resolve(msg.result);
    });
    this.child.on("exit", (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`the load process exited (${code})`));
      this.pending.clear();
    });
  }

  run<T>(request: LoadRequest): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, request });
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

async function databaseVersion(t: DbTarget): Promise<string> {
  if (t.kind === "sqlite") {
    // better-sqlite3 ships no types; only its version query is needed here
    type Sqlite = { prepare(sql: string): { get(): unknown }; close(): void };
    const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;
    const db = new Database(":memory:");
    const v = (db.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
    db.close();
    return `SQLite ${v} (better-sqlite3, WAL)`;
  }
  const c = await mysql.createConnection({ uri: t.mysql!.serverUrl });
  const [rows] = await c.query("SELECT VERSION() AS v");
  await c.end();
  return `MySQL/MariaDB ${(rows as { v: string }[])[0]!.v} (mysql2, pool ${process.env.DATABASE_POOL_SIZE ?? 10})`;
}

async function start(child: Promise<Child>): Promise<Child> {
  const c = await child;
  children.push(c);
  return c;
}

async function stopAll(): Promise<void> {
  killScripts();
  await Promise.all(children.map((c) => c.stop().catch(() => undefined)));
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    out(`\n${signal}: stopping the bench processes`);
    void stopAll().finally(() => process.exit(130));
  });

const fmt = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : "n/a");
/** autocannon records whole milliseconds: 0 means under one. */
const msText = (v: number) => (v === 0 ? "<1" : fmt(v, 0));

/** The user ids of the server's database, by username (ada is an admin: GET /users.json). */
async function userIds(url: string, ada: BenchKey, adaEmail: string): Promise<Map<string, string>> {
  const session = await gpgauthLogin(url, { id: "", email: adaEmail, key: ada });
  const res = await ok<{ id: string; username: string }[]>(
    url,
    "GET",
    "/users.json?contain[gpgkey]=0&contain[groups_users]=0&contain[role]=0&contain[profile]=0",
    { headers: session },
  );
  return new Map(res.body.map((u) => [u.username, u.id]));
}

interface Ctx {
  url: string;
  ids: Map<string, string>;
  keys: Map<string, BenchKey>;
}

const user = (ctx: Ctx, p: Person): BenchUser => {
  const id = ctx.ids.get(p.email);
  if (!id) throw new Error(`${p.email} is not in this database`);
  return { id, email: p.email, key: ctx.keys.get(p.email)! };
};

const LIST_PATH = "/resources.json?contain[permission]=1&contain[favorite]=1";

/** ada's resource list: sequential requests on one connection; p50/p99 per round, median of rounds. */
async function measureList(load: LoadWorker, ctx: Ctx, org: ReturnType<typeof organisation>, size: string) {
  const headers = await jwtLogin(ctx.url, user(ctx, org.ada));
  const first = await ok<unknown[]>(ctx.url, "GET", LIST_PATH, { headers });
  const visible = first.body.length;
  if (visible !== adaVisible(scale))
    notes.push(`ada sees ${visible} resources at ${size}, expected ${adaVisible(scale)}`);
  await load.run<SeriesResult>({ type: "series", url: ctx.url, path: LIST_PATH, headers, count: 5 });
  const p50s: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < scale.rounds; r++) {
    const s = await load.run<SeriesResult>({
      type: "series",
      url: ctx.url,
      path: LIST_PATH,
      headers,
      count: scale.listRequests,
    });
    if (s.failures) throw new Error(`resource list: ${s.failures} failed requests, first: ${s.firstFailure}`);
    p50s.push(percentile(s.samples, 50));
    p99s.push(percentile(s.samples, 99));
  }
  return { visible, p50: median(p50s), p99: median(p99s), bytes: first.text.length };
}

async function main(): Promise<void> {
  const targets = benchTargets(scale.name, benchUrl);
  const dbVersion = await databaseVersion(targets.large).catch((e: Error) => `unknown (${e.message})`);
  const m = machine(dbVersion);
  out(
    `Watchword benchmark (${scale.name}${scale.name === "quick" ? ": smaller data, indicative" : ""}) — ` +
      `${m.cores} cores (${m.cpu}), ${m.memory} MB, Node ${m.node}, ${dbVersion}` +
      (benchUrl ? ` at ${redactUrl(benchUrl)}` : ""),
  );

  // ---- seed
  const org = organisation(scale);
  const keys = await keysFor(
    path.join(benchVar, "keys.json"),
    org.everyone.map((p) => ({ email: p.email, name: `${p.firstName} ${p.lastName}` })),
    out,
  );
  const seeded = await prepareDatabases(targets, { scale, keys, reseed: args.reseed, log: out });
  if (seeded.large.sharesVia !== "http")
    notes.push(
      "groups and shares were seeded by the TEMPORARY insert (the endpoints were not mounted at seed time)",
    );
  out(`seeded databases ready (${elapsed()})`);

  const load = new LoadWorker();
  try {
    // ---- the resource list on the small database
    const small = await start(startWatchword("server-small", runDatabaseUrl(targets.small)));
    const smallCtx: Ctx = {
      url: small.url,
      ids: await userIds(small.url, keys.get(org.ada.email)!, org.ada.email),
      keys,
    };
    const listSmall = await measureList(load, smallCtx, org, "small");
    figures.resources_list_p50_ms_10k = round(listSmall.p50);
    figures.resources_list_p99_ms_10k = round(listSmall.p99);
    await small.stop();
    out(
      line(
        `GET /resources.json (ada, ${listSmall.visible} visible of ${scale.resourcesSmall.toLocaleString("en")})`,
        `p50 ${fmt(listSmall.p50)} ms  p99 ${fmt(listSmall.p99)} ms  (${(listSmall.bytes / 1024).toFixed(0)} KB)`,
        figures,
        ["resources_list_p99_ms_10k"],
      ),
    );

    // ---- everything else on the large database
    const largeUrl = runDatabaseUrl(targets.large);
    const server = await start(startWatchword("server", largeUrl));
    const ceiling = await start(startCeiling(largeUrl));
    const ctx: Ctx = {
      url: server.url,
      ids: await userIds(server.url, keys.get(org.ada.email)!, org.ada.email),
      keys,
    };

    const listLarge = await measureList(load, ctx, org, "large");
    figures.resources_list_p50_ms_100k = round(listLarge.p50);
    figures.resources_list_p99_ms_100k = round(listLarge.p99);
    figures.resources_list_growth = round(listLarge.p99 / listSmall.p99, 2);
    figures.resources_list_growth_p50 = round(listLarge.p50 / listSmall.p50, 2);
    out(
      line(
        `GET /resources.json (ada, ${listLarge.visible} visible of ${scale.resourcesLarge.toLocaleString("en")})`,
        `p50 ${fmt(listLarge.p50)} ms  p99 ${fmt(listLarge.p99)} ms`,
        figures,
        ["resources_list_p99_ms_100k"],
      ),
    );
    out(
      line(
        `  growth ${scale.resourcesSmall.toLocaleString("en")} → ${scale.resourcesLarge.toLocaleString("en")} resources`,
        `p99 × ${fmt(listLarge.p99 / listSmall.p99, 2)}  p50 × ${fmt(listLarge.p50 / listSmall.p50, 2)}`,
        figures,
        ["resources_list_growth"],
      ),
    );

    // the peak resident memory after each phase tells which one raised it
    const trail: [string, number | null][] = [["start + list", server.peakRssMb()]];
    await measureSecrets(load, ctx, ceiling, org);
    trail.push(["secret GET", server.peakRssMb()]);
    await measureShare(ctx, org);
    trail.push(["share", server.peakRssMb()]);
    await measureGroupAdd(ctx, org);
    trail.push(["group add", server.peakRssMb()]);
    await measureLogins(load, ctx, org);
    trail.push(["logins", server.peakRssMb()]);
    rssTrail.push(...trail.map(([phase, mb]) => ({ phase, peak_mb: mb === null ? null : round(mb) })));

    const rss = server.peakRssMb();
    figures.rss_peak_mb = rss === null ? null : round(rss);
    out(
      line("server peak RSS (VmHWM, whole run)", rss === null ? "n/a" : `${fmt(rss)} MB`, figures, [
        "rss_peak_mb",
      ]),
    );
    const ceilingRss = ceiling.peakRssMb();
    if (ceilingRss !== null) out(`${"  (ceiling app peak RSS)".padEnd(50)} ${fmt(ceilingRss)} MB`);
    out(
      `${"  peak after each phase".padEnd(50)} ` +
        rssTrail.map((t) => `${t.phase} ${t.peak_mb === null ? "n/a" : t.peak_mb.toFixed(0)}`).join(", ") +
        " MB",
    );
    const errors = fs
      .readFileSync(server.logFile, "utf8")
      .split("\n")
      .filter((l) => /"level":(50|60)/.test(l)).length;
    if (errors)
      notes.push(`the server logged ${errors} error lines (see ${path.relative(repoRoot, server.logFile)})`);
  } finally {
    load.close();
    await stopAll();
  }

  // ---- summary and results file
  out("");
  out(`targets (${scale.name}${scale.name === "quick" ? ", smaller data: indicative only" : ""}):`);
  for (const t of TARGETS)
    out(
      `  ${t.figure.padEnd(30)} ${String(figures[t.figure] ?? "null").padStart(9)}  ${t.text.padEnd(36)} ${verdict(t, figures[t.figure])}`,
    );
  for (const n of notes) out(`note: ${n}`);
  const file = writeResults({
    date: new Date().toISOString(),
    machine: m,
    quick: scale.name === "quick",
    figures,
    params: {
      scale: scale.name,
      users: org.everyone.length,
      org_users: scale.orgUsers,
      recipients_accounts: scale.recipients,
      groups: scale.groups,
      resources_small: scale.resourcesSmall,
      resources_large: scale.resourcesLarge,
      ada_visible: adaVisible(scale),
      big_group_resources: scale.bigGroupResources,
      share_small_recipients: scale.shareSmall,
      share_large_recipients: scale.shareLarge,
      rounds: scale.rounds,
      round_seconds: scale.seconds,
      connections: scale.connections,
      list_requests_per_round: scale.listRequests,
      logins_per_round: scale.logins,
      seeded_shares_via: seeded.large.sharesVia,
      server_peak_rss_after_phase_mb: rssTrail,
      small_database:
        targets.small.kind === "sqlite"
          ? path.relative(repoRoot, targets.small.sqlitePath!)
          : targets.small.mysql!.database,
      large_database:
        targets.large.kind === "sqlite"
          ? path.relative(repoRoot, targets.large.sqlitePath!)
          : targets.large.mysql!.database,
    },
    targets: targetSummary(figures),
    notes,
  });
  const copy = path.join(path.dirname(file), `${scale.name}-${targets.large.kind}.json`);
  fs.copyFileSync(file, copy);
  out(`results: ${path.relative(repoRoot, file)} (also ${path.relative(repoRoot, copy)}) (${elapsed()})`);
}

/** Secret GET with a JWT bearer and with a cookie session, rounds interleaved with the ceiling's. */
async function measureSecrets(
  load: LoadWorker,
  ctx: Ctx,
  ceiling: Child,
  org: ReturnType<typeof organisation>,
) {
  const ada = user(ctx, org.ada);
  const jwt = await jwtLogin(ctx.url, ada);
  const session = await gpgauthLogin(ctx.url, ada);
  const list = await ok<{ id: string; name: string }[]>(ctx.url, "GET", "/resources.json", { headers: jwt });
  const resource = list.body.find((r) => r.name === "ada-own-00001");
  if (!resource) throw new Error("ada-own-00001 is not in ada's list");
  const secretPath = `/secrets/resource/${resource.id}.json`;
  const secret = await ok<{ id: string }>(ctx.url, "GET", secretPath, { headers: jwt });
  const ceilingPath = `/secrets/${secret.body.id}`;
  await ok(ceiling.url, "GET", ceilingPath);
  const runs = {
    ceiling: { url: ceiling.url, path: ceilingPath, headers: {} },
    jwt: { url: ctx.url, path: secretPath, headers: jwt },
    session: { url: ctx.url, path: secretPath, headers: session },
  };
  const results: Record<keyof typeof runs, ThroughputResult[]> = { ceiling: [], jwt: [], session: [] };
  const once = (k: keyof typeof runs, seconds: number) =>
    load.run<ThroughputResult>({ type: "autocannon", ...runs[k], connections: scale.connections, seconds });
  for (const k of Object.keys(runs) as (keyof typeof runs)[]) await once(k, 1); // warm-up
  for (let r = 0; r < scale.rounds; r++)
    for (const k of Object.keys(runs) as (keyof typeof runs)[]) {
      const res = await once(k, scale.seconds);
      if (res.non2xx || res.errors)
        throw new Error(`${k} GET: ${res.non2xx} non-2xx answers and ${res.errors} errors in a round`);
      results[k].push(res);
    }
  const med = (k: keyof typeof runs, f: keyof ThroughputResult) => median(results[k].map((x) => x[f]));
  figures.ceiling_rps = round(med("ceiling", "rps"), 0);
  figures.secret_get_jwt_rps = round(med("jwt", "rps"), 0);
  figures.secret_get_jwt_ratio = round(med("jwt", "rps") / med("ceiling", "rps"), 3);
  figures.secret_get_jwt_p50_ms = round(med("jwt", "p50"));
  figures.secret_get_jwt_p99_ms = round(med("jwt", "p99"));
  figures.secret_get_session_rps = round(med("session", "rps"), 0);
  figures.secret_get_session_ratio = round(med("session", "rps") / med("ceiling", "rps"), 3);
  figures.secret_get_session_p50_ms = round(med("session", "p50"));
  figures.secret_get_session_p99_ms = round(med("session", "p99"));
  const c = scale.connections;
  out(
    line(
      `ceiling (bare Koa, PK select of the secret)`,
      `${fmt(med("ceiling", "rps"), 0)} req/s  p50 ${msText(med("ceiling", "p50"))} ms  p99 ${msText(med("ceiling", "p99"))} ms  (${c} connections)`,
      figures,
    ),
  );
  for (const [k, label] of [
    ["jwt", "GET /secrets/resource/{id}.json (JWT)"],
    ["session", "GET /secrets/resource/{id}.json (cookie)"],
  ] as const)
    out(
      line(
        label,
        `${fmt(med(k, "rps"), 0)} req/s  p50 ${msText(med(k, "p50"))} ms  p99 ${msText(med(k, "p99"))} ms  ` +
          `ratio ${fmt(med(k, "rps") / med("ceiling", "rps"), 3)} of the ceiling`,
        figures,
        k === "jwt" ? ["secret_get_jwt_ratio"] : [],
      ),
    );
}

/** One prepared ciphertext per user (a real message for that user's key), reused across rounds. */
const ciphers = new Map<string, Promise<string>>();
const cipherFor = (u: BenchUser) => {
  let c = ciphers.get(u.email);
  if (!c) ciphers.set(u.email, (c = encryptFor(u.key, `bench secret of ${u.email}`)));
  return c;
};

async function measureShare(ctx: Ctx, org: ReturnType<typeof organisation>) {
  const ep = await sharingEndpoints(ctx.url);
  const sizes = [
    ["share_25_ms", scale.shareSmall],
    ["share_500_ms", scale.shareLarge],
  ] as const;
  if (!ep.share) {
    for (const [key, n] of sizes) {
      figures[key] = null;
      out(`${`PUT /share/resource/{id}.json (${n} new)`.padEnd(50)} null: endpoint not available`);
    }
    notes.push("PUT /share/resource/{id}.json is not mounted: share figures are null");
    return;
  }
  const margaret = user(ctx, org.margaret);
  const headers = await jwtLogin(ctx.url, margaret);
  const pool = [...org.recipients, ...org.colleagues, org.grace, org.ada]
    .filter((p) => p.email !== org.margaret.email)
    .map((p) => user(ctx, p));
  if (pool.length < scale.shareLarge) throw new Error(`only ${pool.length} users to share with`);
  const recipients = pool.slice(0, scale.shareLarge);
  const data = await Promise.all(recipients.map(cipherFor));
  const own = await cipherFor(margaret);
  const shareOnce = async (n: number, tag: string): Promise<{ ms: number } | { error: string }> => {
    const created = await ok<{ id: string }>(ctx.url, "POST", "/resources.json", {
      headers,
      body: {
        name: `share-bench-${tag}`,
        username: "bench",
        uri: "https://share.example.test",
        secrets: [{ data: own }],
      },
    });
    const id = created.body.id;
    const body = {
      permissions: recipients.slice(0, n).map((u) => ({ aro: "User", aro_foreign_key: u.id, type: 1 })),
      secrets: recipients.slice(0, n).map((u, i) => ({ user_id: u.id, data: data[i] })),
    };
    const t = performance.now();
    const res = await call(ctx.url, "PUT", `/share/resource/${id}.json`, { headers, body });
    const ms = performance.now() - t;
    await ok(ctx.url, "DELETE", `/resources/${id}.json`, { headers });
    return res.status === 200 ? { ms } : { error: `${res.status} ${res.text.slice(0, 400)}` };
  };
  await shareOnce(scale.shareSmall, `warmup-${Date.now()}`);
  for (const [key, n] of sizes) {
    const times: number[] = [];
    let error: string | undefined;
    for (let r = 0; r < scale.shareRounds && !error; r++) {
      const res = await shareOnce(n, `${n}-${Date.now()}-${r}`);
      if ("ms" in res) times.push(res.ms);
      else error = res.error;
    }
    figures[key] = error ? null : round(median(times));
    out(
      line(
        `PUT /share/resource/{id}.json (${n} new recipients)`,
        error ? `null: refused: ${error}` : `${fmt(median(times))} ms (median of ${times.length})`,
        figures,
        [key],
      ),
    );
    if (error) notes.push(`share to ${n}: ${error}`);
  }
}

async function measureGroupAdd(ctx: Ctx, org: ReturnType<typeof organisation>) {
  const ep = await sharingEndpoints(ctx.url);
  const label = `PUT /groups/{id}.json (+1 member, ${scale.bigGroupResources} secrets)`;
  if (!ep.groupsUpdate) {
    figures.group_add_member_1000_ms = null;
    out(`${label.padEnd(50)} null: endpoint not available`);
    notes.push("PUT /groups/{id}.json is not mounted: the group figure is null");
    return;
  }
  const grace = user(ctx, org.grace);
  const headers = await jwtLogin(ctx.url, grace);
  const groups = await call<{ id: string; name: string; groups_users?: { id: string; user_id: string }[] }[]>(
    ctx.url,
    "GET",
    "/groups.json?contain[groups_users]=1",
    { headers },
  );
  const big = groups.status === 200 ? groups.body.find((g) => g.name === org.big.name) : undefined;
  if (!big) {
    figures.group_add_member_1000_ms = null;
    out(`${label.padEnd(50)} null: GET /groups.json did not list "${org.big.name}" (${groups.status})`);
    notes.push(`GET /groups.json answered ${groups.status} without the Big group: the group figure is null`);
    return;
  }
  const members = new Set((big.groups_users ?? []).map((gu) => gu.user_id));
  const reached = await ok<{ id: string }[]>(
    ctx.url,
    "GET",
    `/resources.json?filter[is-shared-with-group]=${big.id}`,
    { headers },
  );
  const resourceIds = reached.body.map((r) => r.id);
  if (resourceIds.length !== scale.bigGroupResources)
    notes.push(`the Big group reaches ${resourceIds.length} resources, expected ${scale.bigGroupResources}`);
  const candidates = org.recipients.map((p) => user(ctx, p)).filter((u) => !members.has(u.id));
  const times: number[] = [];
  const removals: number[] = [];
  let error: string | undefined;
  for (let r = 0; r < scale.groupAddRounds && !error; r++) {
    const c = candidates[r];
    if (!c) {
      error = "no candidate left outside the group";
      break;
    }
    const data = await cipherFor(c);
    const body = {
      groups_users: [{ user_id: c.id, is_admin: false }],
      secrets: resourceIds.map((resource_id) => ({ resource_id, user_id: c.id, data })),
    };
    const t = performance.now();
    const res = await call<{ groups_users?: { id: string; user_id: string }[] }>(
      ctx.url,
      "PUT",
      `/groups/${big.id}.json`,
      { headers, body },
    );
    const ms = performance.now() - t;
    if (res.status !== 200) {
      error = `${res.status} ${res.text.slice(0, 400)}`;
      break;
    }
    times.push(ms);
    // undo, so that the database stays as seeded (timed as a side figure)
    let row = res.body?.groups_users?.find((gu) => gu.user_id === c.id);
    if (!row) {
      const g = await ok<{ groups_users?: { id: string; user_id: string }[] }>(
        ctx.url,
        "GET",
        `/groups/${big.id}.json?contain[groups_users]=1`,
        { headers },
      );
      row = g.body.groups_users?.find((gu) => gu.user_id === c.id);
    }
    if (!row) {
      notes.push("could not find the added membership to remove it");
      continue;
    }
    const t2 = performance.now();
    const removed = await call(ctx.url, "PUT", `/groups/${big.id}.json`, {
      headers,
      body: { groups_users: [{ id: row.id, delete: true }] },
    });
    if (removed.status === 200) removals.push(performance.now() - t2);
    else notes.push(`removing the added member answered ${removed.status}: ${removed.text.slice(0, 200)}`);
  }
  figures.group_add_member_1000_ms = error ? null : round(median(times));
  if (removals.length) figures.group_remove_member_1000_ms = round(median(removals));
  out(
    line(
      label,
      error ? `null: refused: ${error}` : `${fmt(median(times))} ms (median of ${times.length})`,
      figures,
      ["group_add_member_1000_ms"],
    ),
  );
  if (removals.length) out(`${"  removing that member again".padEnd(50)} ${fmt(median(removals))} ms`);
  if (error) notes.push(`group add member: ${error}`);
}

async function measureLogins(load: LoadWorker, ctx: Ctx, org: ReturnType<typeof organisation>) {
  const users = org.colleagues.slice(0, 8).map((p) => user(ctx, p));
  const rounds = scale.loginRounds;
  for (const [type, key, label] of [
    ["jwt-logins", "jwt_login_per_s", "JWT login (POST /auth/jwt/login.json)"],
    ["gpgauth-logins", "gpgauth_login_per_s", "GpgAuth login (stages 0, 1, 2)"],
  ] as const) {
    await load.run<LoginResult>({ type, url: ctx.url, users, count: 16, concurrency: 8 }); // warm-up
    const rates: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const res = await load.run<LoginResult>({
        type,
        url: ctx.url,
        users,
        count: scale.logins,
        concurrency: 8,
      });
      if (res.failed) throw new Error(`${label}: ${res.failed} failed, first: ${res.firstFailure}`);
      rates.push(res.perSecond);
    }
    figures[key] = round(median(rates));
    out(
      line(
        label,
        `${fmt(median(rates))} handshakes/s (8 in flight)`,
        figures,
        key === "jwt_login_per_s" ? [key] : [],
      ),
    );
  }
}

main().then(
  () => process.exit(0),
  async (err: Error) => {
    process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
    await stopAll();
    process.exit(1);
  },
);

/**
 * Seeds a bench database THROUGH THE SERVICES, so that every row obeys the same rules as in
 * production: users by registerUser + completeSetup (the setup link and the key checks),
 * resources by createResource (each secret checked against its owner's key), groups and
 * group/direct shares through the HTTP API of a seed server (POST /groups.json,
 * PUT /share/resource/{id}.json), personal filler resources by two worker processes running
 * createResource. While the groups and share endpoints are not mounted, groups and shares fall
 * back to a TEMPORARY INSERT that follows the same rules (one manager at least, a permission
 * row, and a secret encrypted for every user who gains access); the marker records which.
 *
 * Every phase is idempotent: it counts what is there and adds what is missing, so an
 * interrupted seed resumes, and a database seeded for 10,000 resources grows to 100,000.
 * A valid ciphertext per user is made once and reused across that user's resources (a real
 * OpenPGP message for that user's key: the server's recipient checks pass).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { EntityManager } from "typeorm";
import { loadConfig, type Config } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { openDatabase } from "../src/server.ts";
import type { Db } from "../src/db/db.ts";
import { ensureServerKey } from "../src/crypto/serverKey.ts";
import { registerUser } from "../src/domain/users/users.service.ts";
import { completeSetup } from "../src/domain/setup/setup.service.ts";
import { createResource, INVALID_RESOURCE } from "../src/domain/resources/resources.service.ts";
import { createResourceSchema, type ResourceBody } from "../src/domain/resources/resources.schemas.ts";
import { assertValid } from "../src/http/validate.ts";
import { GroupEntity } from "../src/db/entities/Group.ts";
import { GroupUserEntity } from "../src/db/entities/GroupUser.ts";
import { PermissionEntity } from "../src/db/entities/Permission.ts";
import { SecretEntity } from "../src/db/entities/Secret.ts";
import { newId } from "../src/db/ids.ts";
import { nowSeconds } from "../src/db/rawRows.ts";
import { ok, jwtLogin, type BenchUser } from "./clients.ts";
import { createFiller } from "./filler.ts";
import { encryptFor, type BenchKey } from "./keys.ts";
import { DOMAIN, organisation, type GroupPlan, type Org, type Person } from "./org.ts";
import { benchVar, killScripts, repoRoot, runScript, startWatchword, type Child } from "./processes.ts";
import { seedKey, type Scale } from "./scale.ts";
import {
  copyDatabase,
  ensureDatabase,
  isBenchDatabase,
  isEmpty,
  readMarker,
  wipe,
  writeMarker,
  type DbTarget,
  type SeedMarker,
} from "./targets.ts";

type Log = (line: string) => void;

/** Runs fn over items with `concurrency` in flight. */
async function eachLimit<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

const count = async (db: Db, sql: string, params: unknown[] = []): Promise<number> => {
  const rows: { n: number | string }[] = await db.read((m) => m.query(sql, params));
  return Number(rows[0]!.n);
};

/** Which Passbolt endpoints this server mounts, from its own OpenAPI document. */
export async function sharingEndpoints(
  url: string,
): Promise<{ groupsCreate: boolean; groupsUpdate: boolean; share: boolean }> {
  const doc = await ok<never>(url, "GET", "/openapi.json").then(
    (r) => JSON.parse(r.text) as { paths?: Record<string, Record<string, unknown>> },
  );
  const paths = doc.paths ?? {};
  const has = (re: RegExp, method: string) =>
    Object.entries(paths).some(([p, ops]) => re.test(p) && method in ops);
  return {
    groupsCreate: has(/^\/groups(\.json)?$/, "post"),
    groupsUpdate: has(/^\/groups\/\{[^}]+\}(\.json)?$/, "put"),
    share: has(/^\/share\/resource\/\{[^}]+\}(\.json)?$/, "put"),
  };
}

class Seeder {
  private readonly ids = new Map<string, string>();
  private readonly ciphers = new Map<string, Promise<string>>();
  private config!: Config;
  private db!: Db;

  constructor(
    private readonly target: DbTarget,
    private readonly scale: Scale,
    private readonly org: Org,
    private readonly keys: Map<string, BenchKey>,
    private readonly log: Log,
  ) {}

  private say(line: string) {
    this.log(`[seed ${this.target.label}] ${line}`);
  }

  id(email: string): string {
    const id = this.ids.get(email);
    if (!id) throw new Error(`no user ${email}`);
    return id;
  }

  /** One real message per user, reused for all of that user's secrets. */
  cipher(email: string): Promise<string> {
    let c = this.ciphers.get(email);
    if (!c) this.ciphers.set(email, (c = encryptFor(this.keys.get(email)!, `bench secret of ${email}`)));
    return c;
  }

  benchUser(email: string): BenchUser {
    return { id: this.id(email), email, key: this.keys.get(email)! };
  }

  async open(): Promise<void> {
    this.config = loadConfig({ DATABASE_URL: this.target.url, LOG_LEVEL: "warn" }, repoRoot);
    this.db = await openDatabase(this.config, createLogger("warn"));
    if (this.db.isSqlite) await this.db.dataSource.query("PRAGMA synchronous = NORMAL");
  }

  async close(): Promise<void> {
    await this.db.dataSource.destroy();
  }

  /** Users: registerUser (the CLI's service) then completeSetup with the cached key. */
  async users(): Promise<void> {
    const serverKey = await ensureServerKey(this.db, this.config.serverKeyType);
    const rows: { id: string; username: string; active: number | boolean }[] = await this.db.read((m) =>
      m.query("SELECT id, username, active FROM users WHERE username LIKE ?", [`%@${DOMAIN}`]),
    );
    for (const r of rows) {
      if (!Number(r.active))
        throw new Error(
          `${r.username} is registered but not set up (an interrupted seed): run with --reseed`,
        );
      this.ids.set(r.username, r.id);
    }
    const missing = this.org.everyone.filter((p) => !this.ids.has(p.email));
    if (!missing.length) return;
    this.say(`users: registering and setting up ${missing.length}`);
    const setupDeps = { db: this.db, config: this.config, serverFingerprint: serverKey.fingerprint };
    await eachLimit(missing, 4, async (p: Person) => {
      const { user, token } = await registerUser(this.db, {
        username: p.email,
        first_name: p.firstName,
        last_name: p.lastName,
        role: p.role,
      });
      await completeSetup(setupDeps, user.id, {
        authentication_token: { token },
        gpgkey: { armored_key: this.keys.get(p.email)!.publicKey },
      });
      this.ids.set(p.email, user.id);
    });
  }

  /** `want` resources named `<prefix>-<n>`, created by createResource as `ownerOf(n)`. */
  async resources(prefix: string, want: number, ownerOf: (n: number) => string): Promise<void> {
    const have = await count(
      this.db,
      "SELECT COUNT(*) AS n FROM resources WHERE name LIKE ? AND deleted = 0",
      [`${prefix}-%`],
    );
    if (have >= want) return;
    this.say(`resources ${prefix}-*: creating ${want - have}`);
    const deps = { db: this.db, secretMaxBytes: this.config.secretMaxBytes };
    const ns = Array.from({ length: want - have }, (_, i) => have + i + 1);
    await eachLimit(ns, 4, async (n) => {
      const owner = ownerOf(n);
      const body = assertValid<ResourceBody>(
        createResourceSchema,
        {
          name: `${prefix}-${String(n).padStart(5, "0")}`,
          username: `${prefix}${n}@example.test`,
          uri: `https://${prefix}.example.test/${n}`,
          description: null,
          secrets: [{ data: await this.cipher(owner) }],
        },
        INVALID_RESOURCE,
      );
      await createResource(deps, this.id(owner), body);
    });
  }

  async groupId(name: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.db.read((m) =>
      m.query("SELECT id FROM `groups` WHERE name = ? AND deleted = 0", [name]),
    );
    return rows[0]?.id;
  }

  /** Resources `<prefix>-*` without a permission for `aroId` yet, with their owner. */
  async pendingShares(prefix: string, aroId: string): Promise<{ id: string; created_by: string }[]> {
    return this.db.read((m) =>
      m.query(
        `SELECT r.id, r.created_by FROM resources r
          WHERE r.name LIKE ? AND r.deleted = 0
            AND NOT EXISTS (SELECT 1 FROM permissions p WHERE p.aco_foreign_key = r.id AND p.aro_foreign_key = ?)`,
        [`${prefix}-%`, aroId],
      ),
    );
  }

  async pendingCount(): Promise<number> {
    let n = 0;
    for (const g of this.groupPlans()) {
      const id = await this.groupId(g.name);
      if (!id) return 1;
      n += (await this.pendingShares(g.prefix, id)).length;
    }
    n += (await this.pendingShares("to-ada", this.id(this.org.ada.email))).length;
    return n;
  }

  groupPlans(): GroupPlan[] {
    return [this.org.ops, this.org.big, ...this.org.others];
  }

  // ---- groups and shares through the API

  private sessions = new Map<string, Promise<Record<string, string>>>();
  private as(url: string, email: string): Promise<Record<string, string>> {
    let s = this.sessions.get(email);
    if (!s) this.sessions.set(email, (s = jwtLogin(url, this.benchUser(email))));
    return s;
  }

  async groupsViaHttp(url: string): Promise<void> {
    for (const g of this.groupPlans()) {
      if (await this.groupId(g.name)) continue;
      this.say(`group ${g.name}: POST /groups.json (${g.members.length} members)`);
      await ok(url, "POST", "/groups.json", {
        headers: await this.as(url, this.org.ada.email),
        body: {
          name: g.name,
          groups_users: g.members.map((e, i) => ({ user_id: this.id(e), is_admin: i === 0 })),
        },
      });
    }
  }

  async sharesViaHttp(url: string): Promise<void> {
    const byId = new Map([...this.ids].map(([email, id]) => [id, email]));
    const run = async (
      prefix: string,
      aro: "User" | "Group",
      aroId: string,
      type: number,
      gaining: string[],
    ) => {
      const pending = await this.pendingShares(prefix, aroId);
      if (!pending.length) return;
      this.say(`shares ${prefix}-* → ${aro} ${aroId.slice(0, 8)}: PUT /share/resource (${pending.length})`);
      await eachLimit(pending, 4, async (r) => {
        const owner = byId.get(r.created_by)!;
        const secrets = await Promise.all(
          gaining
            .filter((e) => e !== owner)
            .map(async (e) => ({ user_id: this.id(e), data: await this.cipher(e) })),
        );
        await ok(url, "PUT", `/share/resource/${r.id}.json`, {
          headers: await this.as(url, owner),
          body: { permissions: [{ aro, aro_foreign_key: aroId, type }], secrets },
        });
      });
    };
    await run("to-ada", "User", this.id(this.org.ada.email), 1, [this.org.ada.email]);
    for (const g of this.groupPlans())
      await run(g.prefix, "Group", (await this.groupId(g.name))!, g.type, g.members);
  }

  // ---- TEMPORARY: groups and shares by insert, until the groups and share services are mounted.
  // Same rules as the services: a unique name, the first member is a manager, a permission row
  // for the group, and a secret (a real message for that user's key) for every user who gains
  // access. Remove once src/domain/groups and src/domain/share serve these requests.

  async groupsByTemporaryInsert(): Promise<void> {
    const adaId = this.id(this.org.ada.email);
    for (const g of this.groupPlans()) {
      if (await this.groupId(g.name)) continue;
      this.say(`group ${g.name}: TEMPORARY insert (${g.members.length} members)`);
      const now = nowSeconds();
      await this.db.tx(async (m) => {
        const id = newId();
        await m.getRepository(GroupEntity).insert({
          id,
          name: g.name,
          deleted: false,
          created: now,
          modified: now,
          createdBy: adaId,
          modifiedBy: adaId,
        });
        await m.getRepository(GroupUserEntity).insert(
          g.members.map((e, i) => ({
            id: newId(),
            groupId: id,
            userId: this.id(e),
            isAdmin: i === 0,
            created: now,
          })),
        );
      });
    }
  }

  async sharesByTemporaryInsert(): Promise<void> {
    const byId = new Map([...this.ids].map(([email, id]) => [id, email]));
    const run = async (
      prefix: string,
      aro: "User" | "Group",
      aroId: string,
      type: 1 | 7 | 15,
      gaining: string[],
    ) => {
      const pending = await this.pendingShares(prefix, aroId);
      if (!pending.length) return;
      this.say(`shares ${prefix}-* → ${aro} ${aroId.slice(0, 8)}: TEMPORARY insert (${pending.length})`);
      for (let i = 0; i < pending.length; i += 200) {
        const part = pending.slice(i, i + 200);
        const rows = await Promise.all(
          part.map(async (r) => {
            const owner = byId.get(r.created_by)!;
            const secrets = await Promise.all(
              gaining
                .filter((e) => e !== owner)
                .map(async (e) => ({ userId: this.id(e), data: await this.cipher(e) })),
            );
            return { r, owner, secrets };
          }),
        );
        const now = nowSeconds();
        await this.db.tx(async (m: EntityManager) => {
          for (const { r, secrets } of rows) {
            await m.getRepository(PermissionEntity).insert({
              id: newId(),
              aco: "Resource",
              acoForeignKey: r.id,
              aro,
              aroForeignKey: aroId,
              type,
              created: now,
              modified: now,
            });
            if (secrets.length)
              await m.getRepository(SecretEntity).insert(
                secrets.map((s) => ({
                  id: newId(),
                  userId: s.userId,
                  resourceId: r.id,
                  data: s.data,
                  created: now,
                  modified: now,
                  createdBy: r.created_by,
                  modifiedBy: r.created_by,
                  deleted: null,
                  secretRevisionId: null,
                })),
              );
          }
        });
      }
    };
    await run("to-ada", "User", this.id(this.org.ada.email), 1, [this.org.ada.email]);
    for (const g of this.groupPlans())
      await run(g.prefix, "Group", (await this.groupId(g.name))!, g.type, g.members);
  }

  /** Personal resources of the colleagues up to `total` live resources, by two worker processes. */
  async filler(total: number): Promise<void> {
    const live = await count(this.db, "SELECT COUNT(*) AS n FROM resources WHERE deleted = 0");
    const missing = total - live;
    if (missing <= 0) return;
    const start = await count(this.db, "SELECT COUNT(*) AS n FROM resources WHERE name LIKE 'filler-%'");
    const owners = await Promise.all(
      this.org.colleagues.map(async (p) => ({ id: this.id(p.email), data: await this.cipher(p.email) })),
    );
    const t = Date.now();
    if (missing <= 3000) {
      // a worker process costs seconds to start: small counts run here
      this.say(`filler: creating ${missing} personal resources (createResource)`);
      await createFiller(
        { db: this.db, secretMaxBytes: this.config.secretMaxBytes },
        { owners, start, count: missing, concurrency: 4 },
        () => undefined,
      );
    } else {
      const workers = Math.max(1, Math.min(2, os.availableParallelism()));
      this.say(
        `filler: creating ${missing} personal resources (createResource, ${workers} worker processes)`,
      );
      // job files an interrupted run left behind
      for (const f of fs.readdirSync(benchVar))
        if (/^seed-job-\d+-\d+\.json$/.test(f)) fs.rmSync(path.join(benchVar, f), { force: true });
      const per = Math.ceil(missing / workers);
      await Promise.all(
        Array.from({ length: workers }, (_, w) => {
          const n = Math.min(per, missing - w * per);
          const file = path.join(benchVar, `seed-job-${process.pid}-${w}.json`);
          fs.writeFileSync(
            file,
            JSON.stringify({
              databaseUrl: this.target.url,
              owners,
              start: start + w * per,
              count: n,
              concurrency: 4,
            }),
          );
          return runScript("seedWorker.ts", [file], `[seed ${this.target.label}] filler worker ${w + 1}: `)
            .catch((err: Error) => {
              killScripts(); // the other worker stops too; a rerun resumes from the count
              throw err;
            })
            .finally(() => fs.rmSync(file, { force: true }));
        }),
      );
    }
    this.say(`filler: ${missing} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
}

export interface SeedOptions {
  scale: Scale;
  keys: Map<string, BenchKey>;
  reseed: boolean;
  log: Log;
}

/** Seeds one database up to `resources` resources; @returns its marker. */
async function seedOne(
  target: DbTarget,
  resources: number,
  o: SeedOptions,
  from?: DbTarget,
): Promise<SeedMarker> {
  const structure = seedKey(o.scale, 0);
  await ensureDatabase(target);
  const marker = readMarker(target);
  const empty = await isEmpty(target);
  if (!o.reseed && marker && !empty && marker.structure === structure && marker.resources === resources) {
    o.log(
      `[seed ${target.label}] reused (seeded ${marker.finished}, groups and shares via ${marker.sharesVia})`,
    );
    return marker;
  }
  if (!marker && !empty && !(await isBenchDatabase(target)))
    throw new Error(
      `${target.label}: the database holds data that the bench did not seed (users outside @${DOMAIN}); ` +
        "point BENCH_DATABASE_URL at a database of its own",
    );
  if (o.reseed || (marker && marker.structure !== structure)) {
    o.log(`[seed ${target.label}] wiping (${o.reseed ? "--reseed" : "the seed parameters changed"})`);
    await wipe(target);
  } else if (!marker && !empty) o.log(`[seed ${target.label}] resuming an unfinished seed`);
  const fromMarker = from && readMarker(from);
  if (from && fromMarker && (await isEmpty(target))) {
    o.log(`[seed ${target.label}] starting from a copy of ${from.label}`);
    await copyDatabase(from, target);
  }
  const t = Date.now();
  const org = organisation(o.scale);
  const s = new Seeder(target, o.scale, org, o.keys, o.log);
  await s.open();
  let sharesVia: SeedMarker["sharesVia"] = fromMarker?.sharesVia ?? marker?.sharesVia ?? "http";
  try {
    await s.users();
    const sharers = org.sharers.map((p) => p.email);
    const sharer = (n: number) => sharers[n % sharers.length]!;
    await s.resources("ada-own", o.scale.adaOwned, () => org.ada.email);
    await s.resources("to-ada", o.scale.adaDirect, sharer);
    await s.resources(org.ops.prefix, org.ops.resources, sharer);
    await s.resources(org.big.prefix, org.big.resources, sharer);
    for (const g of org.others) await s.resources(g.prefix, g.resources, () => g.members[0]!);
    if (await s.pendingCount()) {
      let server: Child | undefined;
      try {
        server = await startWatchword(`seed-server-${target.label}`, target.url, {
          ACCESS_TOKEN_TTL_SECONDS: "3600",
          LOG_LEVEL: "warn",
        });
        const ep = await sharingEndpoints(server.url);
        if (ep.groupsCreate && ep.share) {
          sharesVia = "http";
          await s.groupsViaHttp(server.url);
          await s.sharesViaHttp(server.url);
        } else {
          sharesVia = "temporary-insert";
          o.log(
            `[seed ${target.label}] POST /groups.json or PUT /share/resource/{id}.json is not mounted: ` +
              "groups and shares by TEMPORARY insert (same rules); rerun with --reseed once they are",
          );
          await server.stop();
          await s.groupsByTemporaryInsert();
          await s.sharesByTemporaryInsert();
        }
      } finally {
        await server?.stop();
      }
    }
    await s.filler(resources);
  } finally {
    await s.close();
  }
  const done: SeedMarker = { structure, resources, sharesVia, finished: new Date().toISOString() };
  writeMarker(target, done);
  o.log(`[seed ${target.label}] done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  return done;
}

/** Seeds (or reuses) the small and the large database of this scale. */
export async function prepareDatabases(
  targets: { small: DbTarget; large: DbTarget },
  o: SeedOptions,
): Promise<{ small: SeedMarker; large: SeedMarker }> {
  const small = await seedOne(targets.small, o.scale.resourcesSmall, o);
  const large = await seedOne(targets.large, o.scale.resourcesLarge, o, targets.small);
  return { small, large };
}

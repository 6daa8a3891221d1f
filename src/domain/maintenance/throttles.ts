/**
 * `watchword throttle list|clear`: the failed-attempt counters of the login and setup throttle
 * (src/http/throttle.ts), which live in the `throttle` table every server process shares
 * (src/http/throttle.store.ts), so a command can read and delete them. A counter's key is
 * `<scope>:<kind>:<key>`: scope `login` or `setup`, kind `address` (an IPv4 address or an IPv6
 * /64) or `account` (the key fingerprint, key id or user id an attempt claimed).
 *
 * An account is given as a person knows it: a username, a user id or a key fingerprint all
 * name the user, and the user's id, key fingerprints and key ids are the account keys matched
 * (GpgAuth counts by the key claimed, JWT and setup by the user id).
 */
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { GpgkeyEntity } from "../../db/entities/Gpgkey.ts";
import { UserEntity } from "../../db/entities/User.ts";
import { normaliseAddress } from "../../http/clientAddress.ts";
import { accountKey, addressKey } from "../../http/throttle.ts";

/** Refused input (not an address, no filter for clear): a usage error. */
export class ThrottleFilterError extends Error {}

export interface ThrottleFilter {
  address?: string;
  account?: string;
}

export interface ThrottleCounter {
  scope: string;
  kind: "address" | "account";
  key: string;
  failures: number;
  limit: number;
  /** When the window ends; null: never. */
  until: Date | null;
  throttled: boolean;
}

const SCOPES = ["login", "setup"] as const;

/**
 * The throttle key of an address: IPv4 as is, IPv6 by /64 (a /64 given as such is taken too).
 * @throws ThrottleFilterError when it is not an address
 */
export function addressKeyOf(raw: string): string {
  const trimmed = raw.trim();
  const address = normaliseAddress(trimmed.endsWith("/64") ? trimmed.slice(0, -3) : trimmed);
  if (address && (!trimmed.endsWith("/64") || address.includes(":"))) return addressKey(address);
  throw new ThrottleFilterError(`--address: "${raw}" is not an IP address`);
}

/** The account keys of what was given: the user's id and keys when it names a user, and itself. */
async function accountKeysOf(db: Db, raw: string): Promise<string[]> {
  const given = accountKey(raw);
  if (!given) throw new ThrottleFilterError("--account needs a username, user id or key fingerprint");
  const value = raw.trim();
  return db.read(async (m) => {
    const users = m.getRepository(UserEntity);
    const keys = m.getRepository(GpgkeyEntity);
    let userId: string | undefined;
    if (value.includes("@"))
      userId = (
        await users
          .createQueryBuilder("u")
          .where("LOWER(u.username) = :name", { name: value.toLowerCase() })
          .getOne()
      )?.id;
    else if ((await users.countBy({ id: value.toLowerCase() })) > 0) userId = value.toLowerCase();
    else
      userId = (
        await keys
          .createQueryBuilder("k")
          .where("UPPER(k.fingerprint) = :f OR UPPER(k.key_id) = :f", { f: value.toUpperCase() })
          .getOne()
      )?.userId;
    const found = new Set<string>(value.includes("@") && !userId ? [] : [given]);
    if (userId) {
      found.add(userId);
      for (const k of await keys.findBy({ userId })) {
        found.add(k.fingerprint.toLowerCase());
        found.add(k.keyId.toLowerCase());
      }
    }
    if (!found.size) throw new ThrottleFilterError(`--account: no user has the username "${value}"`);
    return [...found];
  });
}

/** Every full counter key the filter names; undefined: no filter (every counter). */
async function keysOf(db: Db, filter: ThrottleFilter): Promise<string[] | undefined> {
  if (filter.address === undefined && filter.account === undefined) return undefined;
  const keys: string[] = [];
  if (filter.address !== undefined) {
    const key = addressKeyOf(filter.address);
    for (const scope of SCOPES) keys.push(`${scope}:address:${key}`);
  }
  if (filter.account !== undefined)
    for (const key of await accountKeysOf(db, filter.account))
      for (const scope of SCOPES) keys.push(`${scope}:account:${key}`);
  return keys;
}

interface Row {
  throttle_key: string;
  points: number | string;
  expires_ms: number | string | null;
}

const live = "(expires_ms IS NULL OR expires_ms > ?)";

function counterOf(row: Row, config: Config): ThrottleCounter {
  const [scope = "", kind = "", ...rest] = row.throttle_key.split(":");
  // mfa: wrong second-factor codes of one login (src/domain/mfa/), which ends past its limit
  const mfa = scope === "mfa";
  const limit = mfa
    ? config.throttle.mfaFailureLimit
    : kind === "address"
      ? config.throttle.addressLimit
      : config.throttle.accountLimit;
  const failures = Number(row.points);
  return {
    scope,
    kind: kind as ThrottleCounter["kind"],
    key: rest.join(":"),
    failures,
    limit,
    until: row.expires_ms === null ? null : new Date(Number(row.expires_ms)),
    throttled: mfa ? limit > 0 && failures > limit : failures >= limit,
  };
}

/** The live counters (window not over) the filter names, throttled ones first. */
export async function listThrottles(
  db: Db,
  config: Config,
  filter: ThrottleFilter,
): Promise<ThrottleCounter[]> {
  const keys = await keysOf(db, filter);
  const now = Date.now();
  const rows = (await db.read((m) =>
    keys
      ? m.query(
          `SELECT throttle_key, points, expires_ms FROM throttle WHERE ${live} AND throttle_key IN (${keys.map(() => "?").join(", ")})`,
          [now, ...keys],
        )
      : m.query(`SELECT throttle_key, points, expires_ms FROM throttle WHERE ${live}`, [now]),
  )) as Row[];
  return rows
    .map((r) => counterOf(r, config))
    .sort(
      (a, b) =>
        Number(b.throttled) - Number(a.throttled) ||
        a.scope.localeCompare(b.scope) ||
        a.kind.localeCompare(b.kind) ||
        a.key.localeCompare(b.key),
    );
}

/**
 * Deletes the live counters the filter names (one transaction) and returns them as they were.
 * @throws ThrottleFilterError without a filter unless `all`
 */
export async function clearThrottles(
  db: Db,
  config: Config,
  filter: ThrottleFilter,
  all = false,
): Promise<ThrottleCounter[]> {
  const keys = await keysOf(db, filter);
  if (!keys && !all) throw new ThrottleFilterError("throttle clear needs --address A, --account U or --all");
  const now = Date.now();
  return db.tx(async (m) => {
    const where = keys ? `throttle_key IN (${keys.map(() => "?").join(", ")})` : "1 = 1";
    const rows = (await m.query(
      `SELECT throttle_key, points, expires_ms FROM throttle WHERE ${live} AND ${where}`,
      [now, ...(keys ?? [])],
    )) as Row[];
    await m.query(`DELETE FROM throttle WHERE ${where}`, keys ?? []);
    return rows.map((r) => counterOf(r, config));
  });
}

/** One line per counter, for the command's output. */
export function describeCounter(c: ThrottleCounter): string {
  const until = c.until ? c.until.toISOString().replace(/\.\d{3}Z$/, "Z") : "never";
  return `${c.scope} ${c.kind} ${c.key}: ${c.failures} of ${c.limit} failures, ${c.throttled ? "THROTTLED" : "counted"} until ${until}`;
}

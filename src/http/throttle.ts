/**
 * Throttling of login, token refresh and setup: failed attempts are counted per client
 * address and per account (the key fingerprint or user id the request claims), in the
 * database so that every server process shares the count (throttle.store.ts). Once either
 * count reaches its limit within the window, every attempt, a correct one too, answers 429
 * with Retry-After until the window ends.
 *
 * - Only failures count: a success neither consumes points nor resets them, so a valid
 *   login slipped in between guesses cannot reopen the window (for the account or the address).
 * - The check comes first, before the account is looked up: a throttled answer is the same
 *   for known and unknown accounts, and so is the counting (a claimed account is a key,
 *   whether or not it exists).
 * - IPv6 clients are counted per /64, the block one subscriber usually holds.
 *
 *   mount(router, { ..., throttle: deps.throttle.guard({ scope: "login", account: (ctx) => ... }) }, handler)
 */
import { createHash } from "node:crypto";
import { isIP } from "node:net";
import type { Middleware } from "koa";
import type { RateLimiterRes } from "rate-limiter-flexible";
import type { ThrottleConfig } from "../config.ts";
import type { Db } from "../db/db.ts";
import { AppError, tooManyRequests } from "./errors.ts";
import { DbThrottleStore } from "./throttle.store.ts";
import type { AppContext, AppState } from "./types.ts";

/**
 * Separate counters for logging in (GpgAuth, JWT login and refresh), for setup links, and for
 * second-factor codes (src/domain/mfa/, which ends the session past its own limit).
 */
export type ThrottleScope = "login" | "setup" | "mfa";

export interface GuardOptions {
  scope: ThrottleScope;
  /** The account the attempt claims (unchecked input): a key fingerprint, a user id. */
  account?: (ctx: AppContext) => unknown;
  /** Called after a failed attempt was counted, e.g. to write its audit entry. */
  onFailure?: (ctx: AppContext, failure: { account: string | null; error: AppError }) => Promise<void>;
}

/**
 * A failed attempt: refused credentials or token (400, 401, 403, 404). Not a schema
 * validation error (nothing was tried), a conflict, or a server error.
 */
export function isFailedAttempt(err: unknown): err is AppError {
  return (
    err instanceof AppError && [400, 401, 403, 404].includes(err.status) && err.code !== "validation_failed"
  );
}

/** The key of an account claim: fingerprints and uuids as they are, anything else hashed. */
export function accountKey(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const v = raw.trim().toLowerCase();
  return /^[0-9a-z-]{1,64}$/.test(v) ? v : `h-${createHash("sha256").update(v).digest("hex").slice(0, 40)}`;
}

/** IPv4 as is; IPv6 reduced to its /64 prefix. */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

const MEMORY_ENTRIES = 10_000;
/**
 * How long a process believes a key it found over its limit without reading the counter again:
 * spares the database under a flood, and bounds how long a `watchword throttle clear` (which
 * deletes the counter) takes to reach every process.
 */
export const BLOCK_RECHECK_MS = 1000;

export class Throttle {
  private readonly limiters = new Map<string, DbThrottleStore>();
  /** Keys known to be over their limit: until when, and when to read the counter again. */
  private readonly blocked = new Map<string, { until: number; recheckAt: number }>();

  constructor(
    private readonly db: Db,
    private readonly config: ThrottleConfig,
  ) {}

  private limiter(scope: ThrottleScope, kind: "address" | "account"): DbThrottleStore {
    const name = `${scope}:${kind}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = new DbThrottleStore(this.db, {
        keyPrefix: name,
        points: kind === "address" ? this.config.addressLimit : this.config.accountLimit,
        duration: this.config.windowSeconds,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  private keys(scope: ThrottleScope, address: string, account: string | null) {
    const keys: [DbThrottleStore, string][] = [[this.limiter(scope, "address"), addressKey(address)]];
    if (account) keys.push([this.limiter(scope, "account"), account]);
    return keys;
  }

  /**
   * @throws AppError 429 with Retry-After when the address or the account used up its failures
   */
  async assertAllowed(scope: ThrottleScope, address: string, account: string | null): Promise<void> {
    const now = Date.now();
    let waitMs = 0;
    for (const [limiter, key] of this.keys(scope, address, account)) {
      const id = limiter.getKey(key);
      const known = this.blocked.get(id);
      if (known && known.until > now && known.recheckAt > now) {
        waitMs = Math.max(waitMs, known.until - now);
        continue;
      }
      this.blocked.delete(id);
      const res: RateLimiterRes | null = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points) {
        waitMs = Math.max(waitMs, res.msBeforeNext);
        if (this.blocked.size >= MEMORY_ENTRIES) this.blocked.delete(this.blocked.keys().next().value!);
        this.blocked.set(id, { until: now + res.msBeforeNext, recheckAt: now + BLOCK_RECHECK_MS });
      }
    }
    if (waitMs > 0) throw tooManyRequests(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  /** Counts one failure for the address and the account. */
  async recordFailure(scope: ThrottleScope, address: string, account: string | null): Promise<void> {
    for (const [limiter, key] of this.keys(scope, address, account)) await limiter.penalty(key, 1);
  }

  /**
   * Counts one failure of an account alone (no address) and returns the failures counted for it
   * within the window, this one included. For counters that end something at their own limit.
   */
  async countAccountFailure(scope: ThrottleScope, account: string): Promise<number> {
    const res = await this.limiter(scope, "account").penalty(account, 1);
    return res.consumedPoints;
  }

  /** The failures counted for an account alone within the window. */
  async failureCount(scope: ThrottleScope, account: string): Promise<number> {
    return (await this.limiter(scope, "account").get(account))?.consumedPoints ?? 0;
  }

  /** Forgets the failures of an account (after what they were counted for has ended). */
  async clearAccount(scope: ThrottleScope, account: string): Promise<void> {
    await this.limiter(scope, "account").delete(account);
  }

  /** The route middleware: 429 before any work when throttled, and failures counted after. */
  guard(opts: GuardOptions): Middleware<AppState> {
    return async (ctx, next) => {
      if (!this.config.enabled) return next();
      const address: string = ctx.state.clientIp ?? ctx.ip;
      const account = accountKey(opts.account?.(ctx));
      await this.assertAllowed(opts.scope, address, account);
      try {
        await next();
      } catch (err) {
        if (isFailedAttempt(err))
          try {
            await this.recordFailure(opts.scope, address, account);
            await opts.onFailure?.(ctx, { account, error: err });
          } catch (recordErr) {
            // The client still gets the answer to its attempt; the log says what was not counted.
            ctx.state.log.warn(
              { err: { message: (recordErr as Error).message } },
              "failed attempt not recorded",
            );
          }
        throw err;
      }
    };
  }
}

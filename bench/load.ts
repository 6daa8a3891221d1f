/**
 * The load generator, in its own process (forked by the runner with an IPC channel, so that
 * its CPU is not the server's nor the runner's). One message in, one result out:
 *
 * - `autocannon`: throughput of one GET with fixed headers (autocannon's programmatic API);
 * - `series`: sequential GETs on one keep-alive connection, each timed (service time, ms);
 * - `jwt-logins`, `gpgauth-logins`: full login handshakes per second, several in flight.
 *
 * Login rounds prepare what a client can prepare before it talks to the server (the JWT
 * challenges, GpgAuth stage-0 tokens) before the clock starts; everything that depends on the
 * server's answer (GpgAuth: decrypting the nonce) runs inside the measured window, and every
 * JWT answer is decrypted and checked after it.
 */
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";
import {
  call,
  gpgauthLogin,
  gpgauthServerToken,
  jwtChallenge,
  openJwtAnswer,
  serverInfo,
  type BenchUser,
} from "./clients.ts";

export type LoadRequest =
  | {
      type: "autocannon";
      url: string;
      path: string;
      headers: Record<string, string>;
      connections: number;
      seconds: number;
    }
  | { type: "series"; url: string; path: string; headers: Record<string, string>; count: number }
  | { type: "jwt-logins"; url: string; users: BenchUser[]; count: number; concurrency: number }
  | { type: "gpgauth-logins"; url: string; users: BenchUser[]; count: number; concurrency: number };

export interface ThroughputResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface SeriesResult {
  samples: number[];
  failures: number;
  firstFailure?: string;
}

export interface LoginResult {
  perSecond: number;
  ok: number;
  failed: number;
  firstFailure?: string;
  seconds: number;
}

async function throughput(r: Extract<LoadRequest, { type: "autocannon" }>): Promise<ThroughputResult> {
  const result = await autocannon({
    url: r.url + r.path,
    headers: r.headers,
    connections: r.connections,
    duration: r.seconds,
    timeout: 30,
  });
  const ok = result["2xx"];
  return {
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: ok,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function series(r: Extract<LoadRequest, { type: "series" }>): Promise<SeriesResult> {
  const samples: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  for (let i = 0; i < r.count; i++) {
    const t = performance.now();
    const res = await fetch(r.url + r.path, { headers: r.headers });
    const body = await res.arrayBuffer();
    const ms = performance.now() - t;
    if (res.status === 200) samples.push(ms);
    else {
      failures++;
      firstFailure ??= `${res.status} ${Buffer.from(body).toString("utf8").slice(0, 300)}`;
    }
  }
  return { samples, failures, firstFailure };
}

/** Runs `count` jobs with `concurrency` in flight; @returns the wall time in seconds. */
async function pool(count: number, concurrency: number, job: (i: number, lane: number) => Promise<void>) {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (next < count) await job(next++, lane);
    }),
  );
  return (performance.now() - t) / 1000;
}

async function jwtLogins(r: Extract<LoadRequest, { type: "jwt-logins" }>): Promise<LoginResult> {
  await serverInfo(r.url);
  const prepared: { user: BenchUser; verifyToken: string; challenge: string }[] = [];
  for (let i = 0; i < r.count; i++) {
    const user = r.users[i % r.users.length]!;
    prepared.push({ user, ...(await jwtChallenge(r.url, user)) });
  }
  const answers: (string | undefined)[] = new Array(r.count);
  let failed = 0;
  let firstFailure: string | undefined;
  const seconds = await pool(r.count, r.concurrency, async (i) => {
    const p = prepared[i]!;
    const res = await call<{ challenge: string }>(r.url, "POST", "/auth/jwt/login.json", {
      body: { user_id: p.user.id, challenge: p.challenge },
    });
    if (res.status === 200) answers[i] = res.body.challenge;
    else {
      failed++;
      firstFailure ??= `${res.status} ${res.text.slice(0, 300)}`;
    }
  });
  // every answer is opened and checked (outside the window: the figure is the server's)
  let ok = 0;
  for (const [i, armored] of answers.entries()) {
    if (!armored) continue;
    const answer = await openJwtAnswer(r.url, prepared[i]!.user, armored).catch(() => undefined);
    if (answer?.verify_token === prepared[i]!.verifyToken && typeof answer.access_token === "string") ok++;
    else {
      failed++;
      firstFailure ??= "an answer did not decrypt to our verify token and an access token";
    }
  }
  return { perSecond: ok / seconds, ok, failed, firstFailure, seconds };
}

async function gpgauthLogins(r: Extract<LoadRequest, { type: "gpgauth-logins" }>): Promise<LoginResult> {
  await serverInfo(r.url);
  const tokens: { nonce: string; token: string }[] = [];
  for (let i = 0; i < r.count; i++) tokens.push(await gpgauthServerToken(r.url));
  let ok = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  // one user per lane: a user's stage-1 nonce belongs to one handshake at a time
  const seconds = await pool(r.count, r.concurrency, async (i, lane) => {
    try {
      await gpgauthLogin(r.url, r.users[lane % r.users.length]!, tokens[i]);
      ok++;
    } catch (err) {
      failed++;
      firstFailure ??= (err as Error).message;
    }
  });
  return { perSecond: ok / seconds, ok, failed, firstFailure, seconds };
}

async function handle(r: LoadRequest): Promise<unknown> {
  switch (r.type) {
    case "autocannon":
      return throughput(r);
    case "series":
      return series(r);
    case "jwt-logins":
      return jwtLogins(r);
    case "gpgauth-logins":
      return gpgauthLogins(r);
  }
}

process.on("message", (msg: { id: number; request: LoadRequest }) => {
  handle(msg.request).then(
    (result) => process.send!({ id: msg.id, result }),
    (err: Error) => process.send!({ id: msg.id, error: err.stack ?? err.message }),
  );
});
process.on("disconnect", () => process.exit(0));

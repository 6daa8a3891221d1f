/**
 * `watchword token --key FILE [--url URL] [--user-id ID]`: a JWT login against a running server,
 * over HTTP, exactly as a client does it (jwt.service.ts is the server side), for an access token
 * to paste into Swagger UI at /docs or to give curl. Standard output gets the access token alone.
 * The refresh token of the login is revoked at once and never shown, so the only credential left
 * is the short-lived access token (ACCESS_TOKEN_TTL_SECONDS).
 *
 * Nothing in the API maps a key to a user id without logging in, so without --user-id the user is
 * found in the database the command is configured for (DATABASE_URL): the active user whose
 * current key has the fingerprint of FILE.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import readline from "node:readline";
import { Writable } from "node:stream";
import { decodeJwt } from "jose";
import type { Db } from "../../db/db.ts";
import { GpgkeyEntity } from "../../db/entities/Gpgkey.ts";
import { isUuid } from "../../db/ids.ts";
import { decryptAndVerify, encryptAndSign, type StoredPublicKey } from "../../crypto/messages.ts";
import { fingerprintOf, type PrivateKey } from "../../crypto/openpgp.ts";
import { isLocked, readUserPrivateKey, unlockUserPrivateKey, UserKeyError } from "../../crypto/userKey.ts";
import { findActiveActor } from "./actors.ts";
import { JWT_PROTOCOL_VERSION } from "./jwt.service.ts";

/** Everything that stops the command; the message is the one line the user sees. */
export class TokenCommandError extends Error {}

export const PASSPHRASE_ENV = "WATCHWORD_KEY_PASSPHRASE";
const CHALLENGE_SECONDS = 120;
const HTTP_TIMEOUT_MS = 30_000;

export interface TokenOptions {
  keyFile: string;
  /** The server's base URL (default: the configured APP_URL). */
  url: string;
  userId?: string;
  /** Asked only when the key has a passphrase. */
  passphrase: () => Promise<string>;
  /** The user whose current key has this fingerprint, when there is no --user-id. */
  findUserId: (fingerprint: string) => Promise<string | undefined>;
}

export interface IssuedToken {
  accessToken: string;
  userId: string;
  username: string;
  expiresAt: Date;
  /** Why the unused refresh token could not be revoked, if it could not. */
  revokeFailure?: string;
}

interface Answer<B> {
  status: number;
  json: { header?: { message?: unknown }; body?: B };
}

const reasonOf = (err: unknown): string => {
  if (err instanceof Error && err.name === "TimeoutError") return `no answer in ${HTTP_TIMEOUT_MS / 1000} s`;
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  return String(cause?.code ?? (cause?.message || (err instanceof Error ? err.message : err)));
};

/** One API call: the parsed envelope, whatever the status. */
async function call<B>(
  base: string,
  method: "GET" | "POST",
  path: string,
  opts: { body?: unknown; token?: string } = {},
): Promise<Answer<B>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let status: number;
  let text: string;
  try {
    const res = await fetch(base + path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      redirect: "manual",
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    throw new TokenCommandError(`cannot reach the server at ${base} (${reasonOf(err)})`);
  }
  try {
    return { status, json: JSON.parse(text) };
  } catch {
    throw new TokenCommandError(
      `${method} ${base}${path} answered ${status} with a body that is not JSON: is ${base} a Watchword server?`,
    );
  }
}

const refused = (what: string, base: string, answer: Answer<unknown>): TokenCommandError =>
  new TokenCommandError(
    `${what} refused by ${base} (${answer.status}): ${String(answer.json.header?.message ?? "no message")}`,
  );

function baseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new TokenCommandError(`--url must be an absolute http(s) URL, got "${raw}"`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new TokenCommandError(`--url must use http or https, got "${raw}"`);
  return u.toString().replace(/\/+$/, "");
}

/** The private key of FILE, unlocked. */
async function loadKey(file: string, passphrase: () => Promise<string>): Promise<PrivateKey> {
  let armored: string;
  try {
    armored = await readFile(file, "utf8");
  } catch (err) {
    throw new TokenCommandError(
      `cannot read the key file "${file}" (${(err as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  try {
    const key = await readUserPrivateKey(armored);
    return isLocked(key) ? await unlockUserPrivateKey(key, await passphrase()) : key;
  } catch (err) {
    if (!(err instanceof UserKeyError)) throw err;
    throw new TokenCommandError(
      err.reason === "wrong_passphrase"
        ? `wrong passphrase for the private key in "${file}"`
        : `"${file}" is not an armored OpenPGP private key (${err.message})`,
    );
  }
}

async function resolveUserId(opts: TokenOptions, fingerprint: string): Promise<string> {
  if (opts.userId !== undefined) return opts.userId.toLowerCase();
  const hint = "pass --user-id ID";
  const found = await opts.findUserId(fingerprint).catch((err: unknown) => {
    throw new TokenCommandError(
      `cannot look the key ${fingerprint} up in the database (${err instanceof Error ? err.message : err}): ${hint}`,
    );
  });
  if (!found)
    throw new TokenCommandError(`no active user has the key ${fingerprint} in the database: ${hint}`);
  return found;
}

/** The server key to encrypt the challenge to and to check the answer's signature with. */
async function serverKey(base: string): Promise<StoredPublicKey> {
  const answer = await call<{ fingerprint?: unknown; keydata?: unknown }>(base, "GET", "/auth/verify.json");
  const { fingerprint, keydata } = answer.json.body ?? {};
  if (answer.status !== 200 || typeof keydata !== "string")
    throw refused("GET /auth/verify.json", base, answer);
  return { id: `server-key:${String(fingerprint)}`, armoredKey: keydata };
}

/** The domain the server checks in the challenge: its APP_URL, as /settings.json publishes it. */
async function serverDomain(base: string): Promise<string> {
  const answer = await call<{ app?: { url?: unknown } }>(base, "GET", "/settings.json");
  const url = answer.json.body?.app?.url;
  if (answer.status !== 200 || typeof url !== "string") throw refused("GET /settings.json", base, answer);
  return url;
}

/** Revokes the login's refresh token (that one only: an empty body would revoke them all). */
async function revokeRefreshToken(base: string, accessToken: string, refreshToken: unknown) {
  const answer = await call(base, "POST", "/auth/jwt/logout.json", {
    token: accessToken,
    body: { refresh_token: refreshToken },
  }).catch((err: Error) => ({ status: 0, json: { header: { message: err.message } } }));
  return answer.status === 200 ? undefined : `${answer.status}: ${String(answer.json.header?.message)}`;
}

/**
 * Logs in with JWT as the owner of the key in `opts.keyFile`.
 * @throws TokenCommandError for an unreadable key, a wrong passphrase, an unknown user, an
 *   unreachable server, a refused login or an answer that does not check out
 */
export async function obtainAccessToken(opts: TokenOptions): Promise<IssuedToken> {
  const base = baseUrl(opts.url);
  if (opts.userId !== undefined && !isUuid(opts.userId))
    throw new TokenCommandError(`--user-id must be a UUID, got "${opts.userId}"`);
  const userKey = await loadKey(opts.keyFile, opts.passphrase);
  const userId = await resolveUserId(opts, fingerprintOf(userKey));
  const server = await serverKey(base);
  const challenge = {
    version: JWT_PROTOCOL_VERSION,
    domain: await serverDomain(base),
    verify_token: randomUUID(),
    verify_token_expiry: Math.floor(Date.now() / 1000) + CHALLENGE_SECONDS,
  };
  const sealed = await encryptAndSign(JSON.stringify(challenge), server, userKey).catch((err: Error) => {
    throw new TokenCommandError(`cannot encrypt to the server key of ${base} (${err.message})`);
  });
  const login = await call<{ challenge?: unknown }>(base, "POST", "/auth/jwt/login.json", {
    body: { user_id: userId, challenge: sealed },
  });
  if (login.status !== 200) throw refused("login", base, login);
  let answer: Record<string, unknown>;
  try {
    answer = JSON.parse(await decryptAndVerify(String(login.json.body?.challenge), userKey, server));
  } catch (err) {
    throw new TokenCommandError(`the login answer from ${base} does not check out (${reasonOf(err)})`);
  }
  if (answer.verify_token !== challenge.verify_token || typeof answer.access_token !== "string")
    throw new TokenCommandError(`the login answer from ${base} does not carry our verify token`);
  const accessToken = answer.access_token;
  const me = await call<{ username?: unknown }>(base, "GET", "/users/me.json", { token: accessToken });
  if (me.status !== 200) throw refused("the new access token", base, me);
  const revokeFailure = await revokeRefreshToken(base, accessToken, answer.refresh_token);
  const { exp } = decodeJwt(accessToken);
  return {
    accessToken,
    userId,
    username: String(me.json.body?.username),
    expiresAt: new Date((exp ?? 0) * 1000),
    revokeFailure,
  };
}

/** The one line for standard error: for whom, until when. */
export function describeIssuedToken(t: IssuedToken): string {
  const until = t.expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const revoke = t.revokeFailure
    ? `; the unused refresh token could not be revoked (${t.revokeFailure})`
    : "";
  return `access token for ${t.username} (user ${t.userId}), valid until ${until}${revoke}`;
}

/**
 * The lookup only reads: a SQLite file that is not there is not created by opening it.
 * @throws Error when DATABASE_URL names a SQLite file that does not exist
 */
/** The active user whose current (non-deleted) key has this fingerprint. */
export async function findUserIdByKey(db: Db, fingerprint: string): Promise<string | undefined> {
  return db.read(async (m) => {
    for (const key of await m.getRepository(GpgkeyEntity).findBy({ fingerprint, deleted: false }))
      if (await findActiveActor(m, key.userId, "jwt")) return key.userId;
    return undefined;
  });
}

/**
 * The passphrase: WATCHWORD_KEY_PASSPHRASE if set, else one line of standard input (not echoed
 * on a terminal, where `prompt` is shown on standard error).
 * @throws TokenCommandError when standard input ends before a line
 */
export async function readPassphrase(prompt: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) return fromEnv;
  const terminal = Boolean(process.stdin.isTTY);
  if (terminal) process.stderr.write(prompt);
  // readline echoes what is typed to `output`: a stream that drops it
  const output = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output, terminal });
  return new Promise((resolve, reject) => {
    let line: string | undefined;
    rl.once("line", (l) => {
      line = l;
      rl.close();
    });
    rl.once("SIGINT", () => rl.close());
    rl.once("close", () => {
      if (terminal) process.stderr.write("\n");
      if (line !== undefined) resolve(line);
      else
        reject(
          new TokenCommandError(
            `no passphrase: set ${PASSPHRASE_ENV} or give it as one line on standard input`,
          ),
        );
    });
  });
}

/**
 * The bench's HTTP clients: a lean fetch wrapper (no contract check, unlike test/helpers/api.ts)
 * and the two login protocols as the clients speak them, following test/helpers/jwtClient.ts
 * and test/helpers/gpgauthClient.ts (the tests keep their own copies, which assert more).
 */
import { randomUUID } from "node:crypto";
import * as openpgp from "openpgp";
import { privateKeyOf, type BenchKey } from "./keys.ts";

export interface Res<B = unknown> {
  status: number;
  headers: Headers;
  body: B;
  message: string;
  text: string;
}

export interface Call {
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request; the envelope's body and message come back parsed (text kept for errors). */
export async function call<B = unknown>(
  base: string,
  method: string,
  path: string,
  opts: Call = {},
): Promise<Res<B>> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] = "application/json";
  }
  const res = await fetch(base + path, { method, headers, body, redirect: "manual" });
  const text = await res.text();
  let parsed: { header?: { message?: string }; body?: B } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: left to the caller (status and text)
  }
  return {
    status: res.status,
    headers: res.headers,
    body: parsed.body as B,
    message: parsed.header?.message ?? "",
    text,
  };
}

/** Like call(), but throws unless the status is 200. */
export async function ok<B = unknown>(
  base: string,
  method: string,
  path: string,
  opts: Call = {},
): Promise<Res<B>> {
  const res = await call<B>(base, method, path, opts);
  if (res.status !== 200)
    throw new Error(`${method} ${path} answered ${res.status}: ${res.text.slice(0, 600)}`);
  return res;
}

export interface ServerInfo {
  domain: string;
  key: openpgp.Key;
  fingerprint: string;
}

const serverInfos = new Map<string, Promise<ServerInfo>>();

/** The server's app URL (as /settings.json publishes it) and OpenPGP key, fetched once. */
export function serverInfo(base: string): Promise<ServerInfo> {
  let p = serverInfos.get(base);
  if (!p) {
    p = (async () => {
      const settings = await ok<{ app: { url: string } }>(base, "GET", "/settings.json");
      const verify = await ok<{ fingerprint: string; keydata: string }>(base, "GET", "/auth/verify.json");
      return {
        domain: settings.body.app.url,
        key: await openpgp.readKey({ armoredKey: verify.body.keydata }),
        fingerprint: verify.body.fingerprint,
      };
    })();
    serverInfos.set(base, p);
  }
  return p;
}

export interface BenchUser {
  id: string;
  email: string;
  key: BenchKey;
}

/** A JWT challenge for `user`: signed with their key, encrypted to the server key. */
export async function jwtChallenge(
  base: string,
  user: BenchUser,
): Promise<{ verifyToken: string; challenge: string }> {
  const server = await serverInfo(base);
  const verifyToken = randomUUID();
  const fields = {
    version: "1.0.0",
    domain: server.domain,
    verify_token: verifyToken,
    verify_token_expiry: Math.floor(Date.now() / 1000) + 300,
  };
  const challenge = (await openpgp.encrypt({
    message: await openpgp.createMessage({ text: JSON.stringify(fields) }),
    encryptionKeys: server.key,
    signingKeys: await privateKeyOf(user.key),
  })) as string;
  return { verifyToken, challenge };
}

/** Decrypts a JWT login answer with the user's key, checking the server's signature on it. */
export async function openJwtAnswer(
  base: string,
  user: BenchUser,
  armored: string,
): Promise<Record<string, unknown>> {
  const server = await serverInfo(base);
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: armored }),
    decryptionKeys: await privateKeyOf(user.key),
    verificationKeys: server.key,
    expectSigned: true,
  });
  return JSON.parse(data as string);
}

/** A full JWT login; @returns the Authorization header to use. */
export async function jwtLogin(base: string, user: BenchUser): Promise<Record<string, string>> {
  const { verifyToken, challenge } = await jwtChallenge(base, user);
  const res = await ok<{ challenge: string }>(base, "POST", "/auth/jwt/login.json", {
    body: { user_id: user.id, challenge },
  });
  const answer = await openJwtAnswer(base, user, res.body.challenge);
  if (answer.verify_token !== verifyToken)
    throw new Error("JWT login: the answer does not carry our verify token");
  return { authorization: `Bearer ${answer.access_token as string}` };
}

/** Undoes PHP's quotemeta(urlencode(armored)) as the browser extension does. */
function decodeUserAuthToken(value: string): string {
  const urldecoded = decodeURIComponent(value.replace(/%(?![\da-f]{2})/gi, "%25").replace(/\+/g, "%20"));
  return urldecoded.replace(/\\(.?)/g, (_m, c: string) => (c === "0" ? "\u0000" : c));
}

/** Stage 0's token: a fresh nonce encrypted to the server key. */
export async function gpgauthServerToken(base: string): Promise<{ nonce: string; token: string }> {
  const server = await serverInfo(base);
  const nonce = `gpgauthv1.3.0|36|${randomUUID()}|gpgauthv1.3.0`;
  const token = (await openpgp.encrypt({
    message: await openpgp.createMessage({ text: nonce }),
    encryptionKeys: server.key,
  })) as string;
  return { nonce, token };
}

/**
 * A full GpgAuth 1.3.0 login in go-passbolt's JSON form: stage 0 (with a token prepared by
 * gpgauthServerToken, or made here), stage 1, decryption of the nonce (server signature
 * checked), stage 2. @returns cookie + X-CSRF-Token headers.
 */
export async function gpgauthLogin(
  base: string,
  user: BenchUser,
  stage0?: { nonce: string; token: string },
): Promise<Record<string, string>> {
  const server = await serverInfo(base);
  const privateKey = await privateKeyOf(user.key);
  const keyid = privateKey.getFingerprint().toUpperCase();
  const s0 = stage0 ?? (await gpgauthServerToken(base));
  const verify = await call(base, "POST", "/auth/verify.json", {
    body: { gpg_auth: { keyid, server_verify_token: s0.token } },
  });
  if (verify.headers.get("x-gpgauth-verify-response") !== s0.nonce)
    throw new Error(`GpgAuth stage 0 failed: ${verify.status} ${verify.text.slice(0, 300)}`);
  const stage1 = await call(base, "POST", "/auth/login.json", { body: { gpg_auth: { keyid } } });
  const encoded = stage1.headers.get("x-gpgauth-user-auth-token");
  if (!encoded) throw new Error(`GpgAuth stage 1 failed: ${stage1.status} ${stage1.text.slice(0, 300)}`);
  const { data: nonce } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: decodeUserAuthToken(encoded) }),
    decryptionKeys: privateKey,
    verificationKeys: server.key,
    expectSigned: true,
  });
  const stage2 = await call(base, "POST", "/auth/login.json", {
    body: { gpg_auth: { keyid, user_token_result: nonce } },
  });
  const cookies: Record<string, string> = {};
  for (const line of stage2.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    cookies[pair!.slice(0, i).trim()] = pair!.slice(i + 1);
  }
  const session = cookies.passbolt_session;
  const csrf = cookies.csrfToken;
  if (stage2.status !== 200 || !session || !csrf)
    throw new Error(`GpgAuth stage 2 failed: ${stage2.status} ${stage2.text.slice(0, 300)}`);
  return { cookie: `passbolt_session=${session}; csrfToken=${csrf}`, "x-csrf-token": csrf };
}

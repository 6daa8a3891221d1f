/**
 * A GpgAuth 1.3.0 client, as the browser extension, go-passbolt and the Python clients speak it:
 * stage 0 (verify the server), stage 1 (receive the encrypted nonce), stage 2 (return it).
 *
 *   const s = await gpgauthLogin(server.url, "ada");             // multipart, like the extension
 *   await get(server.url, "/settings.json", { headers: s.headers });  // cookie + X-CSRF-Token
 */
import { randomUUID } from "node:crypto";
import * as openpgp from "openpgp";
import { get, post, type ApiResponse, type RequestOptions } from "./api.ts";
import { cast, privateKeyOf, type CastName } from "./cast.ts";

export interface GpgAuthIdentity {
  privateKey: openpgp.PrivateKey;
  fingerprint: string;
}

/** multipart: the extension; json: go-passbolt and Python; json-data: `{data:{gpg_auth}}`; form: urlencoded. */
export type BodyFormat = "multipart" | "json" | "json-data" | "form";

export interface GpgAuthFields {
  keyid?: string;
  server_verify_token?: string;
  user_token_result?: string;
}

export async function identityOf(who: CastName | GpgAuthIdentity): Promise<GpgAuthIdentity> {
  if (typeof who !== "string") return who;
  const privateKey = await privateKeyOf(who);
  if (!cast[who].keyType) throw new Error(`${who} has no key`);
  return { privateKey, fingerprint: privateKey.getFingerprint().toUpperCase() };
}

export const makeNonce = (uuid: string = randomUUID()): string => `gpgauthv1.3.0|36|${uuid}|gpgauthv1.3.0`;

/** The request options for a GpgAuth POST in one of the body formats the clients use. */
export function gpgauthRequest(
  format: BodyFormat,
  fields: GpgAuthFields,
  headers: Record<string, string> = {},
): RequestOptions {
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined) as [string, string][];
  if (format === "json") return { body: { gpg_auth: fields }, headers };
  if (format === "json-data") return { body: { data: { gpg_auth: fields } }, headers };
  if (format === "form") {
    const params = new URLSearchParams(
      entries.map(([k, v]): [string, string] => [`data[gpg_auth][${k}]`, v]),
    );
    return {
      rawBody: params.toString(),
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    };
  }
  const form = new FormData();
  for (const [k, v] of entries) form.append(`data[gpg_auth][${k}]`, v);
  return { rawBody: form, headers };
}

export function postGpgAuth(
  url: string,
  path: "/auth/verify.json" | "/auth/login.json",
  fields: GpgAuthFields,
  format: BodyFormat = "multipart",
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  return post(url, path, gpgauthRequest(format, fields, headers));
}

/** The three ways clients undo PHP's quotemeta(urlencode(armored)). */
export const decoders = {
  /** Browser extension: locutus urldecode, then stripslashes. */
  extension(value: string): string {
    const urldecoded = decodeURIComponent(value.replace(/%(?![\da-f]{2})/gi, "%25").replace(/\+/g, "%20"));
    return urldecoded.replace(/\\(.?)/g, (_m, c: string) => (c === "0" ? "\u0000" : c));
  },
  /** go-passbolt: url.QueryUnescape, then "\\ " → " ". */
  goPassbolt(value: string): string {
    return decodeURIComponent(value.replace(/\+/g, " ")).replaceAll("\\ ", " ");
  },
  /** passbolt-python-api: urllib.parse.unquote, then "\\+" → " ". */
  python(value: string): string {
    return decodeURIComponent(value).replaceAll("\\+", " ");
  },
};

export async function serverPublicKey(
  url: string,
): Promise<{ fingerprint: string; key: openpgp.Key; armored: string }> {
  const res = await get<{ fingerprint: string; keydata: string }>(url, "/auth/verify.json");
  const key = await openpgp.readKey({ armoredKey: res.json.body.keydata });
  return { fingerprint: res.json.body.fingerprint, key, armored: res.json.body.keydata };
}

/** Decrypts a stage-1 token (already decoded) and checks the server's signature on it. */
export async function decryptUserAuthToken(
  armored: string,
  identity: GpgAuthIdentity,
  serverKey: openpgp.Key,
): Promise<string> {
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: armored }),
    decryptionKeys: identity.privateKey,
    verificationKeys: serverKey,
    expectSigned: true,
  });
  return data as string;
}

/** Stage 0: encrypts a fresh nonce to the server key; returns the response and the nonce. */
export async function verifyServer(url: string, identity: GpgAuthIdentity, format: BodyFormat = "multipart") {
  const { key } = await serverPublicKey(url);
  const nonce = makeNonce();
  const token = await openpgp.encrypt({
    message: await openpgp.createMessage({ text: nonce }),
    encryptionKeys: key,
  });
  const res = await postGpgAuth(
    url,
    "/auth/verify.json",
    { keyid: identity.fingerprint, server_verify_token: token as string },
    format,
  );
  return { res, nonce };
}

export interface GpgAuthSession {
  cookie: string;
  csrfToken: string;
  /** Cookie + X-CSRF-Token, ready for any later request. */
  headers: Record<string, string>;
  /** The stage-2 response (the user in its body). */
  response: ApiResponse;
}

/** The name=value of each Set-Cookie of a response. */
export function setCookies(res: ApiResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    out[pair!.slice(0, i).trim()] = pair!.slice(i + 1);
  }
  return out;
}

/**
 * A full GpgAuth login: stage 0 (unless `verify: false`), stage 1, decryption of the token
 * with the server signature checked, stage 2.
 * @throws Error naming the stage that did not answer as the protocol says
 */
export async function gpgauthLogin(
  url: string,
  who: CastName | GpgAuthIdentity,
  opts: { format?: BodyFormat; verify?: boolean } = {},
): Promise<GpgAuthSession> {
  const format = opts.format ?? "multipart";
  const identity = await identityOf(who);
  if (opts.verify !== false) {
    const { res, nonce } = await verifyServer(url, identity, format);
    if (res.headers.get("x-gpgauth-verify-response") !== nonce)
      throw new Error(`stage 0 failed: ${res.status} ${res.text}`);
  }
  const stage1 = await postGpgAuth(url, "/auth/login.json", { keyid: identity.fingerprint }, format);
  const encoded = stage1.headers.get("x-gpgauth-user-auth-token");
  if (!encoded) throw new Error(`stage 1 failed: ${stage1.status} ${stage1.text}`);
  const { key } = await serverPublicKey(url);
  const nonce = await decryptUserAuthToken(decoders.extension(encoded), identity, key);
  const response = await postGpgAuth(
    url,
    "/auth/login.json",
    { keyid: identity.fingerprint, user_token_result: nonce },
    format,
  );
  const cookies = setCookies(response);
  const cookie = cookies.passbolt_session;
  const csrfToken = cookies.csrfToken;
  if (response.status !== 200 || !cookie || !csrfToken)
    throw new Error(`stage 2 failed: ${response.status} ${response.text}`);
  return {
    cookie,
    csrfToken,
    headers: { cookie: `passbolt_session=${cookie}; csrfToken=${csrfToken}`, "x-csrf-token": csrfToken },
    response,
  };
}

/**
 * A JWT client as the mobile app and the CLI speak it: a challenge signed by the user and
 * encrypted to the server key, an answer encrypted to the user and signed by the server.
 *
 *   const t = await jwtLogin(server.url, "ada");
 *   await get(server.url, "/settings.json", { headers: t.headers });   // Authorization: Bearer
 */
import { randomUUID } from "node:crypto";
import * as openpgp from "openpgp";
import { get, post, type ApiResponse } from "./api.ts";
import { cast, privateKeyOf, type CastName } from "./cast.ts";
import { serverPublicKey, setCookies } from "./gpgauthClient.ts";

export interface JwtIdentity {
  userId: string;
  privateKey: openpgp.PrivateKey;
}

export interface ChallengeFields {
  version?: unknown;
  domain?: unknown;
  verify_token?: unknown;
  verify_token_expiry?: unknown;
  [extra: string]: unknown;
}

export async function jwtIdentityOf(who: CastName | JwtIdentity): Promise<JwtIdentity> {
  return typeof who === "string" ? { userId: cast[who].id, privateKey: await privateKeyOf(who) } : who;
}

/** The domain the server expects: its app URL, as /settings.json publishes it. */
export async function serverDomain(url: string): Promise<string> {
  const res = await get<{ app: { url: string } }>(url, "/settings.json");
  return res.json.body.app.url;
}

/** Fields of a valid challenge (a fresh verify token, expiring in 5 minutes), with overrides. */
export async function challengeFields(
  url: string,
  overrides: ChallengeFields = {},
): Promise<ChallengeFields> {
  return {
    version: "1.0.0",
    domain: await serverDomain(url),
    verify_token: randomUUID(),
    verify_token_expiry: Math.floor(Date.now() / 1000) + 300,
    ...overrides,
  };
}

/** Signs `plaintext` with `signer` and encrypts it to the server key. */
export async function sealChallenge(
  url: string,
  plaintext: string,
  signer: openpgp.PrivateKey,
): Promise<string> {
  const { key } = await serverPublicKey(url);
  return (await openpgp.encrypt({
    message: await openpgp.createMessage({ text: plaintext }),
    encryptionKeys: key,
    signingKeys: signer,
  })) as string;
}

export interface JwtTokens {
  accessToken: string;
  refreshToken: string;
  verifyToken: string;
  /** The decrypted answer. */
  answer: Record<string, unknown>;
  headers: Record<string, string>;
  response: ApiResponse<{ challenge: string }>;
}

/** Decrypts the login answer with the user's key and checks the server signature on it. */
export async function openAnswer(
  url: string,
  armored: string,
  privateKey: openpgp.PrivateKey,
): Promise<Record<string, unknown>> {
  const { key } = await serverPublicKey(url);
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: armored }),
    decryptionKeys: privateKey,
    verificationKeys: key,
    expectSigned: true,
  });
  return JSON.parse(data as string);
}

export function postJwtLogin(url: string, userId: unknown, challenge: unknown) {
  return post<{ challenge: string }>(url, "/auth/jwt/login.json", { body: { user_id: userId, challenge } });
}

/**
 * A full JWT login.
 * @throws Error when the server refuses or its answer does not match the verify token sent
 */
export async function jwtLogin(
  url: string,
  who: CastName | JwtIdentity,
  overrides: ChallengeFields = {},
): Promise<JwtTokens> {
  const identity = await jwtIdentityOf(who);
  const fields = await challengeFields(url, overrides);
  const challenge = await sealChallenge(url, JSON.stringify(fields), identity.privateKey);
  const response = await postJwtLogin(url, identity.userId, challenge);
  if (response.status !== 200) throw new Error(`JWT login failed: ${response.status} ${response.text}`);
  const answer = await openAnswer(url, response.json.body.challenge, identity.privateKey);
  if (answer.verify_token !== fields.verify_token)
    throw new Error("the answer does not carry our verify token");
  const accessToken = answer.access_token as string;
  return {
    accessToken,
    refreshToken: answer.refresh_token as string,
    verifyToken: answer.verify_token as string,
    answer,
    headers: { authorization: `Bearer ${accessToken}` },
    response,
  };
}

/** POST /auth/jwt/refresh.json with a body token; the new refresh token comes from Set-Cookie. */
export async function jwtRefresh(url: string, userId: string, refreshToken: string) {
  const response = await post<{ access_token: string }>(url, "/auth/jwt/refresh.json", {
    body: { user_id: userId, refresh_token: refreshToken },
  });
  return { response, refreshToken: setCookies(response).refresh_token };
}

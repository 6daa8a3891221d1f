/**
 * Login attempts as the throttle tests make them: users of their own, client addresses of their
 * own behind a trusted proxy, GpgAuth answers right and wrong.
 */
import { randomBytes } from "node:crypto";
import { expect } from "chai";
import * as openpgp from "openpgp";
import type { ApiResponse } from "./api.ts";
import { expectError } from "./expectEnvelope.ts";
import { buildUser } from "./factories.ts";
import {
  decoders,
  decryptUserAuthToken,
  makeNonce,
  postGpgAuth,
  serverPublicKey,
  type GpgAuthIdentity,
} from "./gpgauthClient.ts";
import type { RunningServer } from "../../src/server.ts";

export const TOO_MANY = "Too many requests, try again later.";
export const BEHIND_PROXY = { TRUSTED_PROXY: "127.0.0.1,::1" };

/** A client address of its own (a fresh IPv6 /64), sent through the trusted proxy's header. */
export function freshClient(): { address: string; headers: Record<string, string> } {
  const h = () => randomBytes(2).toString("hex");
  const address = `2001:db8:${h()}:${h()}::${h()}`;
  return { address, headers: { "x-forwarded-for": `${address}, 127.0.0.1` } };
}

export const randomFingerprint = () => randomBytes(20).toString("hex").toUpperCase();

export interface LoginUser extends GpgAuthIdentity {
  id: string;
  username: string;
}

/** A new active user with a key: no other suite has failed logins on its account. */
export async function newLoginUser(server: RunningServer): Promise<LoginUser> {
  const u = await buildUser(server);
  const privateKey = await openpgp.readPrivateKey({ armoredKey: u.privateKey! });
  return {
    id: u.id,
    username: u.username,
    privateKey,
    fingerprint: privateKey.getFingerprint().toUpperCase(),
  };
}

/** Stage 2 with a nonce the server never issued: a refused login. */
export const wrongAnswer = (url: string, fingerprint: string, headers: Record<string, string>) =>
  postGpgAuth(
    url,
    "/auth/login.json",
    { keyid: fingerprint, user_token_result: makeNonce() },
    "json",
    headers,
  );

/** Stages 1 and 2 done right; stops at the first answer that is not the expected one. */
export async function correctLogin(
  url: string,
  who: LoginUser,
  headers: Record<string, string>,
): Promise<ApiResponse> {
  const stage1 = await postGpgAuth(url, "/auth/login.json", { keyid: who.fingerprint }, "json", headers);
  const encoded = stage1.headers.get("x-gpgauth-user-auth-token");
  if (!encoded) return stage1;
  const { key } = await serverPublicKey(url);
  const nonce = await decryptUserAuthToken(decoders.extension(encoded), who, key);
  return postGpgAuth(
    url,
    "/auth/login.json",
    { keyid: who.fingerprint, user_token_result: nonce },
    "json",
    headers,
  );
}

export function expectThrottled(res: ApiResponse, windowSeconds: number): number {
  expectError(res, 429, TOO_MANY);
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter, "Retry-After").to.be.within(1, windowSeconds);
  return retryAfter;
}

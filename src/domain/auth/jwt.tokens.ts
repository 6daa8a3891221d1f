/** JWT access tokens: RS256 only, iss = APP_URL, sub = user id, exp = now + ACCESS_TOKEN_TTL_SECONDS. */
import { createHash } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import type { Config } from "../../config.ts";
import type { JwtKeys } from "./jwt.keys.ts";

export async function issueAccessToken(keys: JwtKeys, config: Config, userId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "RS256" })
    .setIssuer(config.appUrl)
    .setSubject(userId)
    .setExpirationTime(Math.floor(Date.now() / 1000) + config.accessTokenTtlSeconds)
    .sign(keys.privateKey);
}

/**
 * Tokens whose signature was already verified, so that a client sending the same token on every
 * request pays the RSA verification once. Keyed by the SHA-256 of issuer and token (no token is
 * kept), per key pair. An entry holds what verification depends on over time: the `exp` claim,
 * checked again on every use exactly as jose checks it (valid while now < exp, in whole seconds,
 * no tolerance). Only tokens with a numeric `exp` and without `nbf` are remembered; failures never
 * are. Bounded: the oldest entries go first.
 */
const VERIFIED_MAX = 5000;
const verified = new WeakMap<JwtKeys, Map<string, { sub: string; exp: number }>>();

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The user id of a valid token, or undefined (bad signature, other algorithm, expired, other issuer). */
export async function verifyAccessToken(
  keys: JwtKeys,
  config: Config,
  token: string,
): Promise<string | undefined> {
  let cache = verified.get(keys);
  if (!cache) verified.set(keys, (cache = new Map()));
  const key = createHash("sha256").update(config.appUrl).update("\n").update(token).digest("base64");
  const hit = cache.get(key);
  if (hit) {
    if (nowSeconds() < hit.exp) return hit.sub;
    cache.delete(key);
    return undefined;
  }
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: ["RS256"],
      issuer: config.appUrl,
    });
    if (typeof payload.sub !== "string") return undefined;
    if (typeof payload.exp === "number" && payload.nbf === undefined) {
      if (cache.size >= VERIFIED_MAX) cache.delete(cache.keys().next().value!);
      cache.set(key, { sub: payload.sub, exp: payload.exp });
    }
    return payload.sub;
  } catch {
    return undefined;
  }
}

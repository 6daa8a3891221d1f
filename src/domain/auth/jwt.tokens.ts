/** JWT access tokens: RS256 only, iss = APP_URL, sub = user id, exp = now + ACCESS_TOKEN_TTL_SECONDS. */
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

/** The user id of a valid token, or undefined (bad signature, other algorithm, expired, other issuer). */
export async function verifyAccessToken(
  keys: JwtKeys,
  config: Config,
  token: string,
): Promise<string | undefined> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: ["RS256"],
      issuer: config.appUrl,
    });
    return typeof payload.sub === "string" ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

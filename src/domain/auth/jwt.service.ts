/**
 * JWT login (Passbolt's JwtAuthentication plugin, protocol 1.0.0): the client sends a flat JSON
 * challenge signed by the user and encrypted to the server key; the server answers a challenge
 * encrypted to the user and signed by the server, holding an RS256 access token and a refresh
 * token. Every refusal but "no such user" is the same 400; the log gets the precise reason.
 */
import { v5 as uuidv5 } from "uuid";
import type { EntityManager } from "typeorm";
import type { AppDeps } from "../../deps.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { GpgkeyEntity } from "../../db/entities/Gpgkey.ts";
import { UserEntity } from "../../db/entities/User.ts";
import { isDuplicateKey } from "../../db/dbErrors.ts";
import { isUuid } from "../../db/ids.ts";
import { PASSBOLT_NAMESPACE } from "../../http/action.ts";
import { badRequest, notFound } from "../../http/errors.ts";
import { decryptAndVerify, encryptAndSign, MessageError } from "../../crypto/messages.ts";
import { hashToken, issueToken } from "../users/tokens.ts";
import { findActiveActor } from "./actors.ts";
import { issueAccessToken } from "./jwt.tokens.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { insertRows } from "../../db/insert.ts";

export const JWT_PROTOCOL_VERSION = "1.0.0";
const CHALLENGE_KEYS = ["version", "domain", "verify_token", "verify_token_expiry"] as const;

const invalid = (logDetail: string) =>
  badRequest("The credentials are invalid.", "", `jwt login: ${logDetail}`);

export interface JwtLoginInput {
  user_id?: unknown;
  challenge?: unknown;
}

type Challenge = Record<(typeof CHALLENGE_KEYS)[number], unknown>;

/** The challenge plaintext: a flat JSON object (PHP decodes it with depth 2) with the four keys. */
function parseChallenge(plaintext: string): Challenge {
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    throw invalid("challenge plaintext is not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw invalid("challenge plaintext is not a JSON object");
  const values = Object.values(parsed);
  if (values.some((v) => typeof v === "object" && v !== null)) throw invalid("challenge is not flat");
  const missing = CHALLENGE_KEYS.filter((k) => !(k in parsed));
  if (missing.length) throw invalid(`challenge lacks ${missing.join(", ")}`);
  return parsed as Challenge;
}

/** Domain, version, then the verify token rules, in Passbolt's order. */
function assertChallenge(c: Challenge, appUrl: string, maxSeconds: number): string {
  if (typeof c.domain !== "string" || c.domain.replace(/\/$/, "") !== appUrl)
    throw invalid("challenge domain is not APP_URL");
  if (c.version !== JWT_PROTOCOL_VERSION) throw invalid("challenge version is not 1.0.0");
  const expiry = c.verify_token_expiry;
  const seconds =
    typeof expiry === "number" || (typeof expiry === "string" && /^\d+$/.test(expiry)) ? Number(expiry) : NaN;
  const now = Date.now() / 1000;
  if (!Number.isFinite(seconds) || seconds > now + maxSeconds)
    throw invalid("verify_token_expiry invalid or too far");
  if (seconds < Math.floor(now)) throw invalid("verify_token_expiry is past");
  if (!isUuid(c.verify_token)) throw invalid("verify_token is not a UUID");
  return c.verify_token;
}

/**
 * Records a verify token as used. Its row id is derived from (user, token), so a reuse, even
 * by two concurrent requests, hits the primary key.
 * @throws AppError 400 when the token was used before by this user
 */
async function consumeVerifyToken(m: EntityManager, userId: string, verifyToken: string): Promise<void> {
  const token = hashToken(verifyToken.toLowerCase());
  const now = new Date();
  try {
    await insertRows(m, AuthenticationTokenEntity, {
      id: uuidv5(`verify_token:${userId}:${token}`, PASSBOLT_NAMESPACE),
      token,
      userId,
      active: false,
      type: "verify_token",
      data: null,
      created: now,
      modified: now,
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw invalid("verify_token reused");
    throw err;
  }
}

/**
 * POST /auth/jwt/login.json.
 * @returns the armored response challenge (encrypted to the user, signed by the server)
 * @throws AppError 404 when the user does not exist or may not log in; 400 for any bad challenge
 */
export async function loginWithChallenge(
  deps: AppDeps,
  body: JwtLoginInput,
  /** Fields added to the answer once the login succeeded (the MFA providers when a second factor is due). */
  answerExtra?: (userId: string) => Promise<Record<string, unknown>>,
): Promise<string> {
  const { db, config, serverKey, jwtKeys } = deps;
  if (!isUuid(body.user_id)) throw invalid("user_id is not a UUID");
  const userId = body.user_id.toLowerCase();
  const key = await db.read(async (m) => {
    if (!(await findActiveActor(m, userId, "jwt")))
      throw notFound("The user does not exist or is not active or has been deleted.");
    return m.getRepository(GpgkeyEntity).findOneBy({ userId, deleted: false });
  });
  if (!key) throw invalid("the user has no key");
  if (typeof body.challenge !== "string") throw invalid("challenge missing");
  let plaintext: string;
  try {
    plaintext = await decryptAndVerify(body.challenge, serverKey.privateKey, key);
  } catch (err) {
    if (err instanceof MessageError) throw invalid(err.message);
    throw err;
  }
  const verifyToken = assertChallenge(parseChallenge(plaintext), config.appUrl, config.verifyTokenMaxSeconds);
  const accessToken = await issueAccessToken(jwtKeys, config, userId);
  const refreshToken = await db.tx(async (m) => {
    await consumeVerifyToken(m, userId, verifyToken);
    await m.getRepository(UserEntity).update({ id: userId }, { lastLoggedIn: new Date() });
    await recordAudit(m, {
      action: "auth.jwt.login.success",
      actorId: userId,
      targetType: "User",
      targetId: userId,
      data: { fingerprint: key.fingerprint },
    });
    return issueToken(m, userId, "refresh_token");
  });
  const response = {
    version: JWT_PROTOCOL_VERSION,
    domain: `${config.appUrl}/`,
    access_token: accessToken,
    refresh_token: refreshToken,
    verify_token: verifyToken,
    ...(answerExtra ? await answerExtra(userId) : {}),
  };
  return encryptAndSign(JSON.stringify(response), key, serverKey.privateKey);
}

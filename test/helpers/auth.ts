/**
 * Credentials for tests of endpoints other than login: a real session row (the same service
 * GpgAuth stage 2 uses) or a real signed access token (the same one JWT login returns).
 * The login protocols themselves are tested end to end in test/domain/auth/.
 */
import type { RunningServer } from "../../src/server.ts";
import { createSession } from "../../src/domain/auth/sessions.service.ts";
import { issueAccessToken } from "../../src/domain/auth/jwt.tokens.ts";
import { cast, type CastName } from "./cast.ts";

export interface Credentials {
  headers: Record<string, string>;
}

/** Cookie session + matching CSRF header, as the browser extension sends them. */
export async function sessionFor(server: RunningServer, name: CastName): Promise<Credentials> {
  const cookie = await createSession(server.db, server.deps.config, cast[name].id);
  const csrf = "c".repeat(128);
  return { headers: { cookie: `passbolt_session=${cookie}; csrfToken=${csrf}`, "x-csrf-token": csrf } };
}

/** Authorization: Bearer <access token>. */
export async function bearerFor(server: RunningServer, name: CastName): Promise<Credentials> {
  const token = await issueAccessToken(server.deps.jwtKeys, server.deps.config, cast[name].id);
  return { headers: { authorization: `Bearer ${token}` } };
}

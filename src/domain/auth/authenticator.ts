import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import type { Authenticator } from "../../http/auth.ts";
import { unauthenticated } from "../../http/errors.ts";
import { readActiveActor } from "./actors.ts";
import type { JwtKeys } from "./jwt.keys.ts";
import { verifyAccessToken } from "./jwt.tokens.ts";
import { findSessionActor } from "./sessions.service.ts";

/** Sessions and JWT bearer tokens; a deleted or disabled user stops working on the next request. */
export function createAuthenticator(db: Db, config: Config, jwt: JwtKeys): Authenticator {
  return {
    async fromBearer(token) {
      const userId = await verifyAccessToken(jwt, config, token);
      if (!userId) throw unauthenticated("invalid or expired access token");
      const actor = await readActiveActor(db, userId, "jwt");
      if (!actor) throw unauthenticated("access token of a user who may no longer act");
      return actor;
    },
    fromSession: (cookie) => findSessionActor(db, config, cookie),
  };
}

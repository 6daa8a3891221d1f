import type { RunningServer } from "../../../src/server.ts";
import { UserEntity } from "../../../src/db/entities/User.ts";
import { GpgkeyEntity } from "../../../src/db/entities/Gpgkey.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";

/** The body the browser extension posts: the token under both names, an empty user object. */
export const extensionBody = (token: string, armored: string) => ({
  authenticationtoken: { token },
  authentication_token: { token },
  gpgkey: { armored_key: armored },
  user: {},
});

/** What is stored for a user: active flag, keys, active tokens. */
export async function storedState(server: RunningServer, userId: string) {
  return server.db.read(async (m) => ({
    active: (await m.getRepository(UserEntity).findOneByOrFail({ id: userId })).active,
    keys: await m.getRepository(GpgkeyEntity).findBy({ userId }),
    activeTokens: await m.getRepository(AuthenticationTokenEntity).countBy({ userId, active: true }),
  }));
}

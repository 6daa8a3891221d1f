/**
 * Users made per test, so that suites do not change the shared cast: `buildUser(server, {...})`
 * creates a user in any state (with a real OpenPGP.js key when active), and `credentialsFor`
 * logs them in with a cookie session or a bearer token, as test/helpers/auth.ts does for the cast.
 */
import { randomBytes } from "node:crypto";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../src/server.ts";
import { UserEntity } from "../../src/db/entities/User.ts";
import { GpgkeyEntity } from "../../src/db/entities/Gpgkey.ts";
import { AuthenticationTokenEntity } from "../../src/db/entities/AuthenticationToken.ts";
import { newId, roleId } from "../../src/db/ids.ts";
import { describeArmoredKey } from "../../src/crypto/keys.ts";
import { registerUser } from "../../src/domain/users/users.service.ts";
import { createSession } from "../../src/domain/auth/sessions.service.ts";
import { issueAccessToken } from "../../src/domain/auth/jwt.tokens.ts";
import type { Credentials } from "./auth.ts";

export interface BuiltUser {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  /** The clear register token (active for inactive users, used up for the others). */
  token: string;
  /** The armored public key, for users that have one. */
  publicKey?: string;
  /** The armored private key (no passphrase), for users that have one: to log them in. */
  privateKey?: string;
  gpgkeyId?: string;
}

export interface UserOverrides {
  role?: "admin" | "user";
  state?: "active" | "inactive" | "deleted" | "disabled";
  username?: string;
  firstName?: string;
  lastName?: string;
}

let counter = 0;

/** A unique email under watchword.test, with a readable prefix. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${counter}-${randomBytes(3).toString("hex")}@watchword.test`;
}

/** A v4 Ed25519/Curve25519 key pair for `email` (fast; what the server generates by default). */
export async function makeKey(
  name: string,
  email: string,
  opts: Omit<Parameters<typeof openpgp.generateKey>[0], "userIDs" | "format"> = {},
): Promise<{ publicKey: string; privateKey: string }> {
  return openpgp.generateKey({
    type: "ecc",
    curve: "curve25519Legacy",
    ...opts,
    userIDs: [{ name, email }],
    format: "armored",
  });
}

/**
 * Creates a user through the same service as the CLI, then moves it to the wanted state.
 * Active, deleted and disabled users get a key (deleted users' key is marked deleted).
 */
export async function buildUser(server: RunningServer, o: UserOverrides = {}): Promise<BuiltUser> {
  const state = o.state ?? "active";
  const firstName = o.firstName ?? "Test";
  const lastName = o.lastName ?? `User${counter + 1}`;
  const username = o.username ?? uniqueEmail(state);
  const { user, token } = await registerUser(server.db, {
    username,
    first_name: firstName,
    last_name: lastName,
    role: o.role ?? "user",
  });
  const built: BuiltUser = { id: user.id, username, firstName, lastName, token };
  if (state === "inactive") return built;
  const { publicKey, privateKey } = await makeKey(`${firstName} ${lastName}`, username);
  const info = await describeArmoredKey(publicKey);
  const now = new Date();
  built.publicKey = publicKey;
  built.privateKey = privateKey;
  built.gpgkeyId = newId();
  await server.db.tx(async (m) => {
    await m.getRepository(UserEntity).update(
      { id: user.id },
      {
        active: true,
        deleted: state === "deleted",
        disabled: state === "disabled" ? new Date(now.getTime() - 60_000) : null,
        roleId: roleId(o.role ?? "user"),
      },
    );
    // the setup was completed: the link is used up
    await m.getRepository(AuthenticationTokenEntity).update({ userId: user.id }, { active: false });
    await m.getRepository(GpgkeyEntity).insert({
      id: built.gpgkeyId,
      userId: user.id,
      armoredKey: publicKey,
      bits: info.bits,
      uid: info.uid,
      keyId: info.keyId,
      fingerprint: info.fingerprint,
      type: info.type,
      expires: info.expires,
      keyCreated: info.created,
      deleted: state === "deleted",
      created: now,
      modified: now,
    });
  });
  return built;
}

/** A cookie session (with the matching CSRF header) for any user id. */
export async function sessionForUser(server: RunningServer, userId: string): Promise<Credentials> {
  const cookie = await createSession(server.db, server.deps.config, userId);
  const csrf = "d".repeat(128);
  return { headers: { cookie: `passbolt_session=${cookie}; csrfToken=${csrf}`, "x-csrf-token": csrf } };
}

/** Authorization: Bearer <access token> for any user id. */
export async function bearerForUser(server: RunningServer, userId: string): Promise<Credentials> {
  const token = await issueAccessToken(server.deps.jwtKeys, server.deps.config, userId);
  return { headers: { authorization: `Bearer ${token}` } };
}

import type { Db } from "../../db/db.ts";
import { ProfileEntity } from "../../db/entities/Profile.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { newId, roleId } from "../../db/ids.ts";
import { validationFailed } from "../../http/errors.ts";
import { assertValid } from "../../http/validate.ts";
import { registerUserSchema, type RegisterUserInput } from "./users.schemas.ts";
import { issueToken } from "./tokens.ts";

/** True when a non-deleted user already has this username (case-insensitive, as Passbolt). */
async function usernameTaken(m: import("typeorm").EntityManager, username: string): Promise<boolean> {
  const count = await m
    .getRepository(UserEntity)
    .createQueryBuilder("u")
    .where("LOWER(u.username) = LOWER(:username)", { username })
    .andWhere("u.deleted = :deleted", { deleted: false })
    .getCount();
  return count > 0;
}

/**
 * Creates an inactive user with a profile and a `register` token, in one transaction.
 * @returns the user and the clear setup token (to be sent as /setup/start/<user>/<token>)
 * @throws AppError 400 when the input is invalid or the username is taken
 */
export async function registerUser(db: Db, raw: unknown): Promise<{ user: User; token: string }> {
  const input = assertValid<RegisterUserInput>(registerUserSchema, raw, "Could not validate user data.");
  return db.tx(async (m) => {
    if (await usernameTaken(m, input.username))
      throw validationFailed("Could not validate user data.", {
        username: { uniqueUsername: "The username is already in use." },
      });
    const now = new Date();
    const user: User = {
      id: newId(),
      roleId: roleId(input.role),
      username: input.username,
      active: false,
      deleted: false,
      disabled: null,
      lastLoggedIn: null,
      created: now,
      modified: now,
    };
    await m.getRepository(UserEntity).insert(user);
    await m.getRepository(ProfileEntity).insert({
      id: newId(),
      userId: user.id,
      firstName: input.first_name,
      lastName: input.last_name,
      created: now,
      modified: now,
    });
    const token = await issueToken(m, user.id, "register");
    return { user, token };
  });
}

export const setupLink = (appUrl: string, userId: string, token: string): string =>
  `${appUrl}/setup/start/${userId}/${token}`;

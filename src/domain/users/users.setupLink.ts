/**
 * Reissuing a setup link for a user who was invited (CLI register-user or POST /users.json)
 * but has not completed setup: there is no e-mail delivery, so an administrator runs
 * `npx watchword setup-link --username EMAIL` and hands the link over.
 */
import type { Db } from "../../db/db.ts";
import { AuthenticationTokenEntity } from "../../db/entities/AuthenticationToken.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { badRequest } from "../../http/errors.ts";
import { issueToken } from "./tokens.ts";

/**
 * Replaces every open register token of the user with a new one (older links stop working).
 * @throws AppError 400 when no invited (inactive, not deleted) user has this username
 */
export async function reissueSetupToken(db: Db, username: string): Promise<{ user: User; token: string }> {
  return db.tx(async (m) => {
    const user = await m
      .getRepository(UserEntity)
      .createQueryBuilder("u")
      .where("LOWER(u.username) = LOWER(:username)", { username })
      .andWhere("u.deleted = :f", { f: false })
      .getOne();
    if (!user) throw badRequest(`No user has the username ${username}.`);
    if (user.active)
      throw badRequest(
        `${user.username} has already completed setup; a setup link is only for invited users.`,
      );
    await m
      .getRepository(AuthenticationTokenEntity)
      .update({ userId: user.id, type: "register", active: true }, { active: false, modified: new Date() });
    return { user, token: await issueToken(m, user.id, "register") };
  });
}

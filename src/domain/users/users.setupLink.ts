/**
 * Handing out a link by hand, for an instance without e-mail (no SMTP_URL) or a mail that did not
 * arrive: an administrator runs `npx watchword setup-link --username EMAIL` and passes it on. An invited user (who has
 * not completed setup) gets a new setup link; an active user gets an account recovery link,
 * to set up the browser extension again with the private key they already have.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { badRequest } from "../../http/errors.ts";
import { replaceToken } from "./tokens.ts";
import { setupLink } from "./users.service.ts";

/** The non-deleted user with this username (case-insensitive, as usernames are unique), or null. */
export async function findUserByUsername(m: EntityManager, username: string): Promise<User | null> {
  return m
    .getRepository(UserEntity)
    .createQueryBuilder("u")
    .where("LOWER(u.username) = LOWER(:username)", { username })
    .andWhere("u.deleted = :f", { f: false })
    .getOne();
}

/** Disabled from a date on: a future date does not disable yet. */
export const isDisabled = (user: User, now: Date): boolean => !!user.disabled && user.disabled <= now;

export const recoverLink = (appUrl: string, userId: string, token: string): string =>
  `${appUrl}/setup/recover/start/${userId}/${token}`;

export interface IssuedLink {
  user: User;
  /** setup: an invitation (register token); recover: account recovery of an active user. */
  kind: "setup" | "recover";
  token: string;
  link: string;
}

/**
 * Replaces every open token of the same kind (register, or recover) with a new one: older
 * links of that kind stop working.
 * @throws AppError 400 when no non-deleted user has this username, or the user is disabled
 */
export async function reissueSetupToken(db: Db, username: string, appUrl: string): Promise<IssuedLink> {
  return db.tx(async (m) => {
    const user = await findUserByUsername(m, username);
    if (!user) throw badRequest(`No user has the username ${username}.`);
    if (isDisabled(user, new Date()))
      throw badRequest(`${user.username} is disabled; enable the account before handing out a link.`);
    if (!user.active) {
      const token = await replaceToken(m, user.id, "register");
      return { user, kind: "setup", token, link: setupLink(appUrl, user.id, token) };
    }
    const token = await replaceToken(m, user.id, "recover");
    return { user, kind: "recover", token, link: recoverLink(appUrl, user.id, token) };
  });
}

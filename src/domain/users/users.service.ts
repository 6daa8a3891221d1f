/**
 * Users: list, view, create (CLI and admin), update. Deletion is in users.deletion.ts.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { ProfileEntity } from "../../db/entities/Profile.ts";
import { UserEntity, type User } from "../../db/entities/User.ts";
import { visiblePermission } from "../access/index.ts";
import { newId, roleId } from "../../db/ids.ts";
import type { Actor } from "../../http/auth.ts";
import type { Pagination } from "../../http/envelope.ts";
import { badRequest, forbidden, notFound, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { paginationHeader, readPageRequest } from "../../http/pagination.ts";
import { isTrue } from "../../http/schemas/common.ts";
import { deactivateMfaTokens } from "../mfa/mfa.tokens.ts";
import { assertValid } from "../../http/validate.ts";
import { findRoleById } from "../roles/roles.service.ts";
import {
  registerUserSchema,
  type AddUserInput,
  type EditUserInput,
  type RegisterUserInput,
  type UsersIndexQuery,
} from "./users.schemas.ts";
import {
  ALL_CONTAIN,
  findUsersPage,
  isUsernameTaken,
  loadUserRelations,
  USER_DEFAULT_ORDER,
  USER_SORTABLE,
  type UserContain,
  type UserFilter,
} from "./users.queries.ts";
import type { UserWithRelations } from "./users.presenter.ts";
import { issueToken } from "./tokens.ts";
import { assertKeepsAnAdmin } from "./users.lastAdmin.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { insertRows } from "../../db/insert.ts";
import type { Config } from "../../config.ts";
import { mailInvitation, mailUserDisabled } from "../email/email.events.ts";

const USER_DATA_INVALID = "Could not validate user data.";

interface NewUser {
  username: string;
  firstName: string;
  lastName: string;
  roleId: string;
}

/**
 * Inserts an inactive user, its profile and a `register` token, and audits the creation.
 * @param actorId the admin creating the user; null from the command line
 * @returns the user and the clear token
 */
async function insertUserWithToken(
  m: EntityManager,
  input: NewUser,
  actorId: string | null,
): Promise<{ user: User; token: string }> {
  if (await isUsernameTaken(m, input.username))
    throw validationFailed(USER_DATA_INVALID, {
      username: { uniqueUsername: "The username is already in use." },
    });
  const now = new Date();
  const user: User = {
    id: newId(),
    roleId: input.roleId,
    username: input.username,
    active: false,
    deleted: false,
    disabled: null,
    lastLoggedIn: null,
    created: now,
    modified: now,
  };
  await insertRows(m, UserEntity, user);
  await insertRows(m, ProfileEntity, {
    id: newId(),
    userId: user.id,
    firstName: input.firstName,
    lastName: input.lastName,
    created: now,
    modified: now,
  });
  const token = await issueToken(m, user.id, "register");
  await recordAudit(m, {
    action: "user.create",
    actorId,
    targetType: "User",
    targetId: user.id,
    data: { role_id: user.roleId },
  });
  return { user, token };
}

/**
 * Creates an inactive user with a profile and a `register` token, in one transaction (CLI).
 * @returns the user and the clear setup token (to be sent as /setup/start/<user>/<token>)
 * @throws AppError 400 when the input is invalid or the username is taken
 */
export async function registerUser(db: Db, raw: unknown): Promise<{ user: User; token: string }> {
  const input = assertValid<RegisterUserInput>(registerUserSchema, raw, USER_DATA_INVALID);
  return db.tx((m) =>
    insertUserWithToken(
      m,
      {
        username: input.username,
        firstName: input.first_name,
        lastName: input.last_name,
        roleId: roleId(input.role),
      },
      null,
    ),
  );
}

export const setupLink = (appUrl: string, userId: string, token: string): string =>
  `${appUrl}/setup/start/${userId}/${token}`;

/** @throws AppError 400 (error tree under role_id) for an unknown role or the guest role */
async function assertAssignableRole(m: EntityManager, id: string): Promise<void> {
  const role = await findRoleById(m, id.toLowerCase());
  const tree: ErrorTree | undefined = !role
    ? { role_id: { _existsIn: "The role does not exist." } }
    : role.name === "guest"
      ? { role_id: { isNotGuestRole: "A user cannot have the guest role." } }
      : undefined;
  if (tree) throw validationFailed(USER_DATA_INVALID, tree);
}

/**
 * POST /users.json (admin): an inactive user, its profile and a register token, in one transaction.
 * @throws AppError 400 for a taken username or a bad role
 */
export async function createUser(
  db: Db,
  input: AddUserInput,
  actorId: string | null = null,
  config?: Config,
): Promise<{ user: UserWithRelations; token: string }> {
  return db.tx(async (m) => {
    if (input.role_id) await assertAssignableRole(m, input.role_id);
    const { user, token } = await insertUserWithToken(
      m,
      {
        username: input.username,
        firstName: input.profile.first_name,
        lastName: input.profile.last_name,
        roleId: input.role_id?.toLowerCase() ?? roleId("user"),
      },
      actorId,
    );
    if (config) await mailInvitation(m, config, user.id, setupLink(config.appUrl, user.id, token), actorId);
    const [row] = await loadUserRelations(m, [user]);
    return { user: row!, token };
  });
}

/** contain[x]: all on by default, `0`/`false` drops one. */
export function readContain(query: Record<string, unknown>): UserContain {
  const on = (k: keyof UserContain) => {
    const v = query[`contain[${k}]`];
    return v === undefined || isTrue(v);
  };
  return { profile: on("profile"), gpgkey: on("gpgkey"), role: on("role"), groups_users: on("groups_users") };
}

/** What an actor may see: admins any non-deleted user, others only active ones. */
const visibility = (actor: Actor): UserFilter => (actor.role === "admin" ? {} : { active: true });

/**
 * GET /users.json
 * @throws AppError 400 for a bad sort field, 403 for has-access on a resource out of reach,
 *   404 for a page past the end
 */
export async function listUsers(
  db: Db,
  actor: Actor,
  query: UsersIndexQuery,
): Promise<{ users: UserWithRelations[]; pagination: Pagination }> {
  const page = readPageRequest(query, USER_SORTABLE, USER_DEFAULT_ORDER);
  const filter = visibility(actor);
  const search =
    query["filter[search]"] ?? query["filter[search][]"] ?? query["filter[keywords]"] ?? query.keywords;
  if (search !== undefined) filter.search = search;
  if (query["filter[is-admin]"] !== undefined) filter.isAdmin = isTrue(query["filter[is-admin]"]);
  if (actor.role === "admin" && query["filter[is-active]"] !== undefined)
    filter.active = isTrue(query["filter[is-active]"]);
  const groups = query["filter[has-groups][]"];
  if (groups?.length) filter.groupIds = groups.map((id) => id.toLowerCase());
  const access = query["filter[has-access][]"]?.[0]?.toLowerCase();
  if (access !== undefined) filter.accessTo = access;
  return db.read(async (m) => {
    if (access !== undefined) await assertCanReach(m, actor, access);
    const { users, count } = await findUsersPage(m, filter, page);
    const pagination = paginationHeader(page, count);
    return { users: await loadUserRelations(m, users, readContain(query)), pagination };
  });
}

/**
 * filter[has-access] names a resource the caller must reach (Passbolt answers 403 otherwise,
 * whether the resource exists or not).
 * @throws AppError 403
 */
async function assertCanReach(m: EntityManager, actor: Actor, resourceId: string): Promise<void> {
  if ((await visiblePermission(m, actor.id, "Resource", resourceId)) === null)
    throw forbidden("You are not allowed to access this resource.", "has-access on a resource out of reach");
}

/** The user as `actor` may see it, or undefined. */
async function findVisibleUser(
  m: EntityManager,
  actor: Actor,
  id: string,
  contain: UserContain = ALL_CONTAIN,
): Promise<UserWithRelations | undefined> {
  const { users } = await findUsersPage(m, { ...visibility(actor), id }, { order: [], offset: 0, limit: 1 });
  return (await loadUserRelations(m, users, contain))[0];
}

/** GET /users/{id}.json, /users/me.json. @throws AppError 404 when not visible to the actor */
export async function viewUser(
  db: Db,
  actor: Actor,
  id: string,
  query: Record<string, unknown>,
): Promise<UserWithRelations> {
  const user = await db.read((m) => findVisibleUser(m, actor, id, readContain(query)));
  if (!user) throw notFound("The user does not exist.");
  return user;
}

/** Parses the `disabled` value: ISO 8601, UTC when the offset is missing (the extension omits it). */
function parseDisabled(value: string): Date {
  const iso = value.replace(" ", "T");
  const d = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(d.getTime()))
    throw validationFailed(USER_DATA_INVALID, { disabled: { dateTime: "The disabled date is not valid." } });
  return d;
}

/** Who may change what (Passbolt's UsersEditController). @throws AppError 403 / 400 */
function assertEditAllowed(actor: Actor, id: string, input: EditUserInput): void {
  const admin = actor.role === "admin";
  if (!admin && id !== actor.id) throw forbidden("You are not authorized to access that location.");
  if (!admin && input.role_id !== undefined) throw forbidden("You are not authorized to edit the role.");
  // null from a non-admin is a no-op (they cannot be disabled and still be here): dropped by updateUser
  if (!admin && input.disabled) throw forbidden("You are not authorized to disable users.");
  const names = input.profile ?? {};
  if (input.role_id === undefined && input.disabled === undefined && !names.first_name && !names.last_name)
    throw badRequest("Some user data must be provided.");
  if (input.id !== undefined && input.id.toLowerCase() !== id)
    throw validationFailed(USER_DATA_INVALID, {
      id: { isPathId: "The id does not match the user being edited." },
    });
  if (admin && id === actor.id && input.disabled)
    throw validationFailed(USER_DATA_INVALID, { disabled: { isNotSelf: "You cannot disable yourself." } });
}

/**
 * PUT /users/{id}.json: names by the user or an admin; role and disabled by an admin only.
 * Disabling a user who was not disabled mails the other admins (with `config`).
 * @returns the updated user with all its associations
 * @throws AppError 403 (not allowed), 404 (not visible), 400 (bad data)
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: EditUserInput,
  config?: Config,
): Promise<UserWithRelations> {
  assertEditAllowed(actor, id, input);
  const disabled =
    input.disabled === undefined || actor.role !== "admin"
      ? undefined
      : input.disabled === null
        ? null
        : parseDisabled(input.disabled);
  return db.tx(async (m) => {
    const none = { profile: false, gpgkey: false, role: false, groups_users: false };
    const user = await findVisibleUser(m, actor, id, none);
    if (!user) throw notFound("The user does not exist or has been deleted.");
    if (input.username !== undefined && input.username.toLowerCase() !== user.username.toLowerCase())
      throw validationFailed(USER_DATA_INVALID, {
        username: { isImmutable: "The username cannot be changed." },
      });
    if (input.role_id !== undefined) {
      await assertAssignableRole(m, input.role_id);
      await assertKeepsAnAdmin(m, user, input.role_id, USER_DATA_INVALID);
    }
    const now = new Date();
    const changes: Partial<User> = { modified: now };
    if (input.role_id !== undefined) changes.roleId = input.role_id.toLowerCase();
    if (disabled !== undefined) changes.disabled = disabled;
    await m.getRepository(UserEntity).update({ id }, changes);
    const { first_name, last_name } = input.profile ?? {};
    if (first_name !== undefined || last_name !== undefined)
      await m.getRepository(ProfileEntity).update(
        { userId: id },
        {
          modified: now,
          ...(first_name !== undefined && { firstName: first_name }),
          ...(last_name !== undefined && { lastName: last_name }),
        },
      );
    await recordAudit(m, {
      action: "user.update",
      actorId: actor.id,
      targetType: "User",
      targetId: id,
      data: {
        ...(changes.roleId !== undefined && { role_id: changes.roleId }),
        ...(changes.disabled !== undefined && { disabled: changes.disabled?.toISOString() ?? null }),
        ...((first_name !== undefined || last_name !== undefined) && {
          profile: [first_name !== undefined && "first_name", last_name !== undefined && "last_name"].filter(
            Boolean,
          ),
        }),
      },
    });
    if (config && disabled && !user.disabled) await mailUserDisabled(m, config, actor.id, id);
    // a disabled user's remembered second factor does not outlive the disabling
    if (disabled) await deactivateMfaTokens(m, id);
    const [updated] = await loadUserRelations(m, [await m.getRepository(UserEntity).findOneByOrFail({ id })]);
    return updated!;
  });
}

import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { Actor } from "../../http/auth.ts";
import { success } from "../../http/envelope.ts";
import { input, mount, type RouteSpec } from "../../http/routeSpec.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import { presentUser, type UserWithRelations } from "./users.presenter.ts";
import {
  addUserSchema,
  deleteUserSchema,
  editUserSchema,
  userContainParams,
  usersIndexQueryParams,
  type AddUserInput,
  type DeleteUserInput,
  type EditUserInput,
  type UsersIndexQuery,
} from "./users.schemas.ts";
import { createUser, listUsers, updateUser, viewUser } from "./users.service.ts";
import { deleteUser } from "./users.deletion.ts";
import { userSchema, usersListSchema } from "./users.wire.schemas.ts";
import { mfaEnabledAmong } from "../mfa/mfa.users.ts";
import { isTrue } from "../../http/schemas/common.ts";

const TAGS = ["Users"];
const actorOf = (ctx: AppContext) => ctx.state.actor as Actor;
const idParam = { id: { ...uuidSchema, description: "User id" } };

/** Users: list, view, me, create, update, delete, dry run. */
export function usersRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const present = (u: UserWithRelations) => presentUser(u, config.appUrl);

  mount(
    router,
    {
      method: "get",
      path: "/users",
      name: "UsersIndex.index",
      summary: "List users",
      description:
        "Deleted users and guests are never listed; non-admins see active users only. profile, gpgkey, " +
        "groups_users and role are contained by default (`contain[x]=0` drops one). filter[has-groups] keeps " +
        "the members of all the groups given; filter[has-access] the users who can reach one resource (which " +
        "the caller must reach, else 403). Paginated: sort on Profiles.first_name, Profiles.last_name, Profiles.created, " +
        "Profiles.modified, Users.username (default), Users.created, Users.modified, Users.last_logged_in.",
      tags: TAGS,
      auth: "user",
      query: usersIndexQueryParams,
      response: usersListSchema,
      errors: [403],
    },
    async (ctx) => {
      const query = input<unknown, UsersIndexQuery>(ctx).query;
      const actor = actorOf(ctx);
      const { users, pagination } = await listUsers(db, actor, query);
      const withMfa =
        actor.role === "admin" && isTrue(query["contain[is_mfa_enabled]"])
          ? await db.read((m) =>
              mfaEnabledAmong(
                m,
                users.map((u) => u.id),
              ),
            )
          : undefined;
      success(
        ctx,
        users.map((u) => (withMfa ? { ...present(u), is_mfa_enabled: withMfa.has(u.id) } : present(u))),
        undefined,
        pagination,
      );
    },
  );

  // Before /users/:id, which would otherwise take "me" for a bad UUID.
  mount(
    router,
    {
      method: "get",
      path: "/users/me",
      name: "UsersView.view",
      summary: "The logged-in user",
      tags: TAGS,
      auth: "user",
      query: userContainParams,
      response: userSchema,
    },
    async (ctx) => {
      const actor = actorOf(ctx);
      success(ctx, present(await viewUser(db, actor, actor.id, input(ctx).query)));
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/users/:id",
      name: "UsersView.view",
      summary: "Get a user",
      description: "404 when the user does not exist, is deleted, or (for non-admins) is not active.",
      tags: TAGS,
      auth: "user",
      params: idParam,
      query: userContainParams,
      response: userSchema,
    },
    async (ctx) => {
      const { params, query } = input(ctx);
      success(ctx, present(await viewUser(db, actorOf(ctx), params.id!, query)));
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/users",
      name: "UsersAdd.addPost",
      summary: "Create a user (admin)",
      description:
        "Creates an inactive user with a profile and a single-use setup token. The user becomes active " +
        "by completing the setup (/setup/complete/{userId}.json). role_id defaults to the user role.",
      tags: TAGS,
      auth: "admin",
      body: { schema: addUserSchema, message: "Could not validate user data." },
      response: userSchema,
      example: { username: "grace@example.com", profile: { first_name: "Grace", last_name: "Hopper" } },
    },
    async (ctx) => {
      const { user } = await createUser(db, input<AddUserInput>(ctx).body, ctx.state.actor.id, config);
      success(
        ctx,
        present(user),
        "The user was successfully added. This user now need to complete the setup.",
      );
    },
  );

  const edit: Omit<RouteSpec, "method"> = {
    path: "/users/:id",
    name: "UsersEdit.editPost",
    summary: "Update a user",
    description:
      "First and last name by the user or an admin; role_id and disabled by an admin only (403 otherwise; " +
      "an admin cannot disable themselves). id and username may be sent back but cannot change; any other " +
      "field (gpgkey, groups_users...) answers 400.",
    tags: TAGS,
    auth: "user",
    params: idParam,
    body: { schema: editUserSchema, message: "Could not validate user data." },
    response: userSchema,
    example: { profile: { first_name: "Ada", last_name: "King" } },
  };
  const editHandler = async (ctx: AppContext) => {
    const { params, body } = input<EditUserInput>(ctx);
    const user = await updateUser(db, actorOf(ctx), params.id!, body, config);
    success(ctx, present(user), "The user has been updated successfully.");
  };
  mount(router, { ...edit, method: "put" }, editHandler);
  mount(router, { ...edit, method: "post", summary: "Update a user (POST alias of PUT)" }, editHandler);

  const remove = (dryRun: boolean): RouteSpec => ({
    method: "delete",
    path: dryRun ? "/users/:id/dry-run" : "/users/:id",
    name: dryRun ? "UsersDelete.dryrun" : "UsersDelete.delete",
    summary: dryRun ? "Check that a user can be deleted (admin)" : "Delete a user (admin)",
    description:
      (dryRun
        ? "Runs the deletion and rolls it back. "
        : "Soft delete: the user's memberships, permissions, secrets and favorites go, groups where they " +
          "were the only member are deleted, resources only they could reach are soft-deleted, their keys " +
          "are marked deleted and their sessions and tokens end. ") +
      "An admin cannot delete themselves. A user who is the sole owner of resources others can reach, or the " +
      "sole manager of a group with other members, cannot be deleted (400, body {errors: {resources: " +
      "{sole_owner}, groups: {sole_manager}, folders: {sole_owner}}, groups_to_delete}) unless `transfer` " +
      "promotes permissions (owners: {id: permission id, aco_foreign_key}) or memberships (managers: " +
      "{id: groups_users id, group_id}) first.",
    tags: TAGS,
    auth: "admin",
    params: idParam,
    body: { schema: deleteUserSchema, required: false, message: "Could not validate the transfer data." },
    response: { type: "null" },
  });
  for (const dryRun of [true, false])
    mount(router, remove(dryRun), async (ctx) => {
      const { params, body } = input<DeleteUserInput>(ctx);
      await deleteUser(db, actorOf(ctx), params.id!, body, dryRun, {
        appUrl: config.appUrl,
        requestId: ctx.state.requestId,
      });
      success(ctx, null, dryRun ? "The user can be deleted." : "The user was deleted successfully.");
    });

  return router;
}

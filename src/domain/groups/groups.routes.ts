import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import type { Actor } from "../../http/auth.ts";
import { success } from "../../http/envelope.ts";
import { input, mount, type RouteSpec } from "../../http/routeSpec.ts";
import { uuidSchema } from "../../http/schemas/common.ts";
import type { AppContext, AppState } from "../../http/types.ts";
import { deleteGroup } from "./groups.delete.ts";
import { presentGroup, presentGroupDryRun } from "./groups.presenter.ts";
import {
  createGroupSchema,
  deleteGroupSchema,
  groupContainParams,
  groupsIndexQuery,
  INVALID_GROUP,
  updateGroupSchema,
  type GroupContain,
} from "./groups.schemas.ts";
import {
  readCreateGroup,
  readUpdateGroup,
  type CreateGroupBody,
  type DeleteGroupBody,
  type UpdateGroupBody,
} from "./groups.input.ts";
import { createGroup, listGroups, readGroupContains, viewGroup } from "./groups.service.ts";
import { dryRunGroupUpdate, updateGroup } from "./groups.update.ts";
import { groupDryRunSchema, groupsListSchema, groupWithContainsSchema } from "./groups.wire.schemas.ts";

const TAGS = ["Groups"];
const idParam = { id: { ...uuidSchema, description: "Group id" } };
const actorOf = (ctx: AppContext) => ctx.state.actor as Actor;
type Params = { id: string };

/** What create and update answer with, as Passbolt: the group, its members and their profiles. */
const WRITE_CONTAINS: GroupContain[] = ["groups_users", "groups_users.user.profile"];

/** Groups: list, view, create, update and its dry run, delete and its dry run. */
export function groupsRoutes({ db, config }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const deps = { db, secretMaxBytes: config.secretMaxBytes, config };

  async function presentOne(ctx: AppContext, id: string, contains: Set<GroupContain>) {
    const { group, contained } = await viewGroup(db, actorOf(ctx), id, contains);
    return presentGroup(group, contained, config.appUrl);
  }

  mount(
    router,
    {
      method: "get",
      path: "/groups",
      name: "GroupsIndex.index",
      summary: "List groups",
      description:
        "Every non-deleted group, sorted by name (not paginated). Filters take user ids and keep the groups " +
        "that have all of them as members (has-users) or managers (has-managers).",
      tags: TAGS,
      auth: "user",
      query: groupsIndexQuery,
      response: groupsListSchema,
    },
    async (ctx) => {
      const { groups, contained } = await listGroups(db, actorOf(ctx), input(ctx).query);
      success(
        ctx,
        groups.map((g) => presentGroup(g, contained, config.appUrl)),
      );
    },
  );

  mount(
    router,
    {
      method: "get",
      path: "/groups/:id",
      name: "GroupsView.view",
      summary: "Get a group",
      description: "404 when it does not exist or is deleted.",
      tags: TAGS,
      auth: "user",
      params: idParam,
      query: groupContainParams,
      response: groupWithContainsSchema,
    },
    async (ctx) => {
      const { params, query } = input<unknown, Record<string, unknown>, Params>(ctx);
      success(ctx, await presentOne(ctx, params.id, readGroupContains(query)));
    },
  );

  mount(
    router,
    {
      method: "post",
      path: "/groups",
      name: "GroupsAdd.addPost",
      summary: "Create a group (admin)",
      description:
        "A name unique among non-deleted groups (name.group_unique) and active members, at least one of them " +
        "a manager (groups_users.at_least_one_group_manager). A new group reaches no resource: no secret is sent.",
      tags: TAGS,
      auth: "admin",
      query: groupContainParams,
      body: { schema: createGroupSchema, message: INVALID_GROUP },
      response: groupWithContainsSchema,
      example: {
        name: "Accounting",
        groups_users: [{ user_id: "f848277c-5398-58f8-a82a-72397af2d450", is_admin: true }],
      },
    },
    async (ctx) => {
      const { body, query } = input<CreateGroupBody>(ctx);
      const group = await createGroup(db, actorOf(ctx), readCreateGroup(body), ctx.state.requestId, config);
      const contains = new Set([...WRITE_CONTAINS, ...readGroupContains(query)]);
      success(ctx, await presentOne(ctx, group.id, contains), "The group has been added successfully.");
    },
  );

  const update = (dryRun: boolean): RouteSpec => ({
    method: "put",
    path: dryRun ? "/groups/:id/dry-run" : "/groups/:id",
    name: dryRun ? "GroupsUpdate.dryRun" : "GroupsUpdate.update",
    summary: dryRun ? "Which secrets a membership change needs" : "Update a group",
    description:
      (dryRun
        ? "Only groups_users is read. Answers the secrets the update must carry (one per resource the group " +
          "reaches that an added member does not, for that member) and the caller's own copy of each. "
        : "A manager or an admin. In one transaction: the name (admins only; 403 otherwise), then the " +
          "membership changes: add {user_id, is_admin} (managers only; 403 otherwise), update {id, is_admin}, " +
          "remove {id, delete: true}; a manager must remain. Additions must carry exactly the secrets the " +
          "dry run lists, each encrypted for the member's current key. Removed members lose the secrets of " +
          "what they no longer reach. ") +
      "Legacy keys Group, GroupUsers[].GroupUser and Secrets[].Secret are read.",
    tags: TAGS,
    auth: "user",
    params: idParam,
    body: { schema: updateGroupSchema, message: INVALID_GROUP },
    response: dryRun ? groupDryRunSchema : groupWithContainsSchema,
    errors: [403],
    example: { groups_users: [{ user_id: "e97b14ba-8957-57c9-a357-f78a6e1e1a46", is_admin: false }] },
  });
  mount(router, update(true), async (ctx) => {
    const { params, body } = input<UpdateGroupBody, Record<string, unknown>, Params>(ctx);
    const { needed, mine } = await dryRunGroupUpdate(db, actorOf(ctx), params.id, readUpdateGroup(body));
    success(ctx, presentGroupDryRun(needed, mine));
  });
  mount(router, update(false), async (ctx) => {
    const { params, body } = input<UpdateGroupBody, Record<string, unknown>, Params>(ctx);
    await updateGroup(deps, actorOf(ctx), params.id, readUpdateGroup(body), ctx.state.requestId);
    success(ctx, await presentOne(ctx, params.id, new Set(WRITE_CONTAINS)));
  });

  const remove = (dryRun: boolean): RouteSpec => ({
    method: "delete",
    path: dryRun ? "/groups/:id/dry-run" : "/groups/:id",
    name: dryRun ? "GroupsDelete.dryrun" : "GroupsDelete.delete",
    summary: dryRun ? "Check that a group can be deleted" : "Delete a group",
    description:
      (dryRun ? "Runs the deletion and rolls it back. " : "") +
      "A manager or an admin. Refused (400, body {errors: {resources: {sole_owner: [...]}, folders: " +
      "{sole_owner: []}}}) while the group holds the only owner permission of a resource somebody else " +
      "can reach, unless transfer.owners promotes another permission of it. The group's permissions and " +
      "memberships go, members lose the secrets of what they no longer reach, resources only the group " +
      "reached are soft-deleted, and the group is marked deleted.",
    tags: TAGS,
    auth: "user",
    params: idParam,
    body: { schema: deleteGroupSchema, required: false, message: "Could not validate the transfer data." },
    response: { type: "null" },
    errors: [403],
  });
  for (const dryRun of [true, false])
    mount(router, remove(dryRun), async (ctx) => {
      const { params, body } = input<DeleteGroupBody, Record<string, unknown>, Params>(ctx);
      await deleteGroup(db, actorOf(ctx), params.id, body, {
        dryRun,
        appUrl: config.appUrl,
        requestId: ctx.state.requestId,
        config,
      });
      success(ctx, null, dryRun ? "The group can be deleted." : "The group was deleted successfully.");
    });

  return router;
}

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { del, put } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildUser, type BuiltUser } from "../../helpers/factories.ts";
import {
  buildGroup,
  buildResource,
  encryptFor,
  type BuiltResource,
} from "../../helpers/resourceFactories.ts";
import { expectInvariant } from "./groups.helpers.ts";

/**
 * Changes that race each other on the same group, resources or user: whichever order the
 * database lets them run in, every one answers (success or a clean 4xx, never a 500) and the
 * invariant holds afterwards.
 */
describe("group changes racing each other", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  async function groupWithResources(n = 5) {
    const members: CastName[] = ["betty", "frances"];
    const group = await buildGroup(server, { members });
    const resources: BuiltResource[] = [];
    for (let i = 0; i < n; i++)
      resources.push(
        await buildResource(server, { owner: "ada", groups: [{ id: group.id, type: 1, members }] }),
      );
    return { group, resources };
  }
  const addition = async (groupId: string, user: BuiltUser, resources: BuiltResource[]) => ({
    groups_users: [{ user_id: user.id, is_admin: false }],
    secrets: await Promise.all(
      resources.map(async (r) => ({
        resource_id: r.id,
        user_id: user.id,
        data: await encryptFor(user, r.plaintext),
      })),
    ),
  });
  const ids = (rs: BuiltResource[]) => rs.map((r) => r.id);

  it("two additions to the same group both land", async () => {
    const { group, resources } = await groupWithResources();
    const [u1, u2] = [await buildUser(server), await buildUser(server)];
    const betty = await sessionFor(server, "betty");
    const bodies = [await addition(group.id, u1, resources), await addition(group.id, u2, resources)];
    const results = await Promise.all(
      bodies.map((body) => put(server.url, `/groups/${group.id}.json`, { ...betty, body })),
    );
    for (const res of results) expectSuccess(res);
    await expectInvariant(server, ids(resources));
  });

  it("an addition racing the group's deletion: one order or the other, never half of each", async () => {
    const { group, resources } = await groupWithResources();
    const user = await buildUser(server);
    const body = await addition(group.id, user, resources);
    const [added, deleted] = await Promise.all([
      put(server.url, `/groups/${group.id}.json`, { ...(await sessionFor(server, "betty")), body }),
      del(server.url, `/groups/${group.id}.json`, await sessionFor(server, "ada")),
    ]);
    expectSuccess(deleted);
    expect([200, 404]).to.include(added.status);
    await expectInvariant(server, ids(resources));
  });

  it("an addition racing the deletion of the user being added", async () => {
    const { group, resources } = await groupWithResources();
    const user = await buildUser(server);
    const body = await addition(group.id, user, resources);
    const [added, deleted] = await Promise.all([
      put(server.url, `/groups/${group.id}.json`, { ...(await sessionFor(server, "betty")), body }),
      del(server.url, `/users/${user.id}.json`, await sessionFor(server, "ada")),
    ]);
    expectSuccess(deleted);
    expect([200, 400]).to.include(added.status);
    await expectInvariant(server, ids(resources));
  });

  it("a removal racing an addition in the same group: both land", async () => {
    const { group, resources } = await groupWithResources();
    const user = await buildUser(server);
    const [francesRow] = (await server.db.read((m) =>
      m.query("SELECT id FROM groups_users WHERE group_id = ? AND user_id = ?", [group.id, cast.frances.id]),
    )) as { id: string }[];
    const betty = await sessionFor(server, "betty");
    const results = await Promise.all([
      put(server.url, `/groups/${group.id}.json`, {
        ...betty,
        body: await addition(group.id, user, resources),
      }),
      put(server.url, `/groups/${group.id}.json`, {
        ...betty,
        body: { groups_users: [{ id: francesRow!.id, delete: true }] },
      }),
    ]);
    for (const res of results) expectSuccess(res);
    await expectInvariant(server, ids(resources));
  });
});

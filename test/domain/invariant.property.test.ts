/**
 * Issue 5's property: after ANY sequence of shares, group membership changes and user
 * deletions, made through the real API as a client would make them (simulate / dry run first,
 * then the request with the secrets they say are needed), the users holding a secret of each
 * resource are exactly the users with access to it. fast-check picks the sequences.
 */
import { expect } from "chai";
import fc from "fast-check";
import type { RunningServer } from "../../src/server.ts";
import { del, get, post, put, type ApiResponse } from "../helpers/api.ts";
import { sharedServer } from "../helpers/server.ts";
import { bearerFor } from "../helpers/auth.ts";
import { buildUser, bearerForUser, type BuiltUser } from "../helpers/factories.ts";
import { buildGroup, buildResource, encryptFor } from "../helpers/resourceFactories.ts";
import { expectInvariant } from "./share/share.helpers.ts";

type Command =
  | { kind: "shareUser"; r: number; u: number; type: 1 | 7 | 15 | "delete" }
  | { kind: "shareGroup"; r: number; add: boolean }
  | { kind: "groupAdd"; u: number }
  | { kind: "groupRemove"; u: number }
  | { kind: "deleteUser"; u: number };

const USERS = 5; // u0 owns the resources and manages the group; u1..u4 come and go
const RESOURCES = 2;

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant("shareUser" as const),
    r: fc.nat(RESOURCES - 1),
    u: fc.integer({ min: 1, max: USERS - 1 }),
    type: fc.constantFrom(1 as const, 7 as const, 15 as const, "delete" as const),
  }),
  fc.record({ kind: fc.constant("shareGroup" as const), r: fc.nat(RESOURCES - 1), add: fc.boolean() }),
  fc.record({ kind: fc.constant("groupAdd" as const), u: fc.integer({ min: 1, max: USERS - 1 }) }),
  fc.record({ kind: fc.constant("groupRemove" as const), u: fc.integer({ min: 1, max: USERS - 1 }) }),
  fc.record({ kind: fc.constant("deleteUser" as const), u: fc.integer({ min: 1, max: USERS - 1 }) }),
);

interface World {
  server: RunningServer;
  users: BuiltUser[];
  resources: string[];
  groupId: string;
  owner: { headers: Record<string, string> };
  deleted: Set<number>;
}

const noServerError = (res: ApiResponse, what: string) =>
  expect(res.status, `${what}: ${res.json.header.message}`).to.be.below(500);

async function secretsForAdded(w: World, resourceId: string, permissions: unknown[]) {
  const sim = await post<{ changes: { added: { User: { id: string } }[] } }>(
    w.server.url,
    `/share/simulate/resource/${resourceId}.json`,
    { ...w.owner, body: { permissions } },
  );
  noServerError(sim, "simulate");
  if (sim.status !== 200) return undefined;
  const byId = new Map(w.users.map((u) => [u.id, u]));
  return Promise.all(
    sim.json.body.changes.added.map(async ({ User }) => ({
      user_id: User.id,
      data: await encryptFor({ id: User.id, publicKey: byId.get(User.id)!.publicKey }, "the password"),
    })),
  );
}

async function permissionRows(w: World, resourceId: string) {
  const res = await get<{ id: string; aro: string; aro_foreign_key: string }[]>(
    w.server.url,
    `/permissions/resource/${resourceId}.json`,
    w.owner,
  );
  return res.json.body;
}

async function share(w: World, resourceId: string, permissions: unknown[]) {
  const secrets = await secretsForAdded(w, resourceId, permissions);
  if (!secrets) return;
  noServerError(
    await put(w.server.url, `/share/resource/${resourceId}.json`, {
      ...w.owner,
      body: { permissions, secrets },
    }),
    "share",
  );
}

async function groupMembership(w: World) {
  const res = await get<{ groups_users: { id: string; user_id: string }[] }>(
    w.server.url,
    `/groups/${w.groupId}.json?contain[groups_users]=1`,
    w.owner,
  );
  return res.json.body.groups_users;
}

async function run(w: World, c: Command): Promise<void> {
  if ("u" in c && w.deleted.has(c.u)) return;
  if (c.kind === "shareUser") {
    const rid = w.resources[c.r]!;
    const target = w.users[c.u]!;
    const row = (await permissionRows(w, rid)).find(
      (p) => p.aro === "User" && p.aro_foreign_key === target.id,
    );
    if (!row && c.type !== "delete")
      await share(w, rid, [{ aro: "User", aro_foreign_key: target.id, type: c.type }]);
    else if (row)
      await share(w, rid, [
        c.type === "delete" ? { id: row.id, delete: true } : { id: row.id, type: c.type },
      ]);
  } else if (c.kind === "shareGroup") {
    const rid = w.resources[c.r]!;
    const row = (await permissionRows(w, rid)).find((p) => p.aro === "Group");
    if (c.add && !row) await share(w, rid, [{ aro: "Group", aro_foreign_key: w.groupId, type: 1 }]);
    if (!c.add && row) await share(w, rid, [{ id: row.id, delete: true }]);
  } else if (c.kind === "groupAdd") {
    const user = w.users[c.u]!;
    if ((await groupMembership(w)).some((g) => g.user_id === user.id)) return;
    const groups_users = [{ user_id: user.id, is_admin: false }];
    const dry = await put<{
      "dry-run": { SecretsNeeded: { Secret: { resource_id: string; user_id: string } }[] };
    }>(w.server.url, `/groups/${w.groupId}/dry-run.json`, { ...w.owner, body: { groups_users } });
    noServerError(dry, "group dry run");
    const secrets = await Promise.all(
      dry.json.body["dry-run"].SecretsNeeded.map(async ({ Secret }) => ({
        resource_id: Secret.resource_id,
        user_id: Secret.user_id,
        data: await encryptFor({ id: user.id, publicKey: user.publicKey }, "the password"),
      })),
    );
    noServerError(
      await put(w.server.url, `/groups/${w.groupId}.json`, { ...w.owner, body: { groups_users, secrets } }),
      "group add",
    );
  } else if (c.kind === "groupRemove") {
    const row = (await groupMembership(w)).find((g) => g.user_id === w.users[c.u]!.id);
    if (!row) return;
    noServerError(
      await put(w.server.url, `/groups/${w.groupId}.json`, {
        ...w.owner,
        body: { groups_users: [{ id: row.id, delete: true }] },
      }),
      "group remove",
    );
  } else {
    const admin = await bearerFor(w.server, "ada");
    const res = await del(w.server.url, `/users/${w.users[c.u]!.id}.json`, admin);
    noServerError(res, "user delete");
    if (res.status === 200) w.deleted.add(c.u);
  }
}

describe("invariant: secret holders == users with access, after random share/group/user sequences", function () {
  this.timeout(180_000);

  it("holds after every step of every generated sequence", async () => {
    const server = await sharedServer();
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 12 }), async (commands) => {
        const users: BuiltUser[] = [];
        for (let i = 0; i < USERS; i++) users.push(await buildUser(server));
        const owner = users[0]!;
        const resources: string[] = [];
        for (let i = 0; i < RESOURCES; i++)
          resources.push(
            (await buildResource(server, { owner: { id: owner.id, publicKey: owner.publicKey } })).id,
          );
        const group = await buildGroup(server, { members: [{ id: owner.id }] });
        const w: World = {
          server,
          users,
          resources,
          groupId: group.id,
          owner: await bearerForUser(server, owner.id),
          deleted: new Set(),
        };
        for (const c of commands) {
          await run(w, c);
          for (const rid of resources) await expectInvariant(server, rid);
        }
      }),
      { numRuns: 15, verbose: 1 },
    );
  });
});

/**
 * Helpers of the group suites: what a refused request must leave untouched, the invariant read
 * from the database for many resources, resources shared with a group by direct inserts (the
 * share endpoint is tested elsewhere), and the client side of a member addition (dry run, decrypt
 * the caller's own secrets, re-encrypt them for the new member).
 */
import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { ResourceEntity } from "../../../src/db/entities/Resource.ts";
import { PermissionEntity, type PermissionType } from "../../../src/db/entities/Permission.ts";
import { SecretEntity } from "../../../src/db/entities/Secret.ts";
import { newId } from "../../../src/db/ids.ts";
import { chunks, nowSeconds } from "../../../src/db/rawRows.ts";
import { get, put } from "../../helpers/api.ts";
import type { Credentials } from "../../helpers/auth.ts";
import { cast, privateKeyOf, type CastName } from "../../helpers/cast.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { encryptFor, idOf, RESOURCE_TYPES, type Who } from "../../helpers/resourceFactories.ts";
import { findAccessPairs, findSecretHolders } from "../../../src/domain/access/index.ts";

export type Tree = Record<
  string,
  Record<string, Record<string, Record<string, string>>> & Record<string, string>
>;

export interface GroupUserJson {
  id: string;
  group_id: string;
  user_id: string;
  is_admin: boolean;
  created: string;
  user?: { id: string; profile?: { first_name: string } };
}

export interface GroupJson {
  id: string;
  name: string;
  deleted: boolean;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
  groups_users?: GroupUserJson[];
  my_group_user?: GroupUserJson | null;
  modifier?: { id: string; profile?: unknown };
  users?: { id: string }[];
}

export interface DryRunJson {
  "dry-run": {
    SecretsNeeded: { Secret: { resource_id: string; user_id: string } }[];
    Secrets: { Secret: { id: string; resource_id: string; user_id: string; data: string }[] }[];
  };
}

const query = <T>(server: RunningServer, sql: string, params: unknown[] = []) =>
  server.db.read((m) => m.query(sql, params)) as Promise<T[]>;

/** Every row a group change may touch, for a refused request to leave exactly as it was. */
export async function snapshot(server: RunningServer) {
  return {
    groups: await query(server, "SELECT id, name, deleted, modified, modified_by FROM `groups` ORDER BY id"),
    groups_users: await query(server, "SELECT id, group_id, user_id, is_admin FROM groups_users ORDER BY id"),
    permissions: await query(
      server,
      "SELECT id, aro_foreign_key, aco_foreign_key, type FROM permissions ORDER BY id",
    ),
    secrets: await query(server, "SELECT id, user_id, resource_id FROM secrets ORDER BY id"),
    favorites: await query(server, "SELECT id FROM favorites ORDER BY id"),
    resources: await query(server, "SELECT id, deleted FROM resources ORDER BY id"),
    users: await query(server, "SELECT id, deleted FROM users ORDER BY id"),
  };
}

/** The users holding a current secret of the resource. */
export async function holdersOf(server: RunningServer, resourceId: string): Promise<string[]> {
  const rows = await query<{ user_id: string }>(
    server,
    "SELECT user_id FROM secrets WHERE resource_id = ? AND deleted IS NULL",
    [resourceId],
  );
  return rows.map((r) => r.user_id).sort();
}

/** Passbolt's invariant, read from the database for each resource: secret holders == users with access. */
export async function expectInvariant(server: RunningServer, resourceIds: string[]): Promise<void> {
  const access = await server.db.read((m) => findAccessPairs(m, resourceIds));
  const holders = await server.db.read((m) => findSecretHolders(m, resourceIds));
  for (const id of resourceIds)
    expect([...(holders.get(id) ?? [])].sort(), `secret holders == users with access on ${id}`).to.deep.equal(
      [...(access.get(id) ?? [])].sort(),
    );
}

/** Adds a group permission to existing resources, with a secret for each member who lacks one. */
export async function shareWithGroup(
  server: RunningServer,
  resourceIds: string[],
  group: { id: string; members: Who[] },
  o: { type?: PermissionType; plaintext: string },
): Promise<void> {
  const now = nowSeconds();
  for (const resourceId of resourceIds) {
    const holders = new Set(await holdersOf(server, resourceId));
    const missing = group.members.filter((w) => !holders.has(idOf(w)));
    const secrets = await Promise.all(
      missing.map(async (w) => ({ userId: idOf(w), data: await encryptFor(w, o.plaintext) })),
    );
    await server.db.tx(async (m) => {
      await m.getRepository(PermissionEntity).insert({
        id: newId(),
        aco: "Resource",
        acoForeignKey: resourceId,
        aro: "Group",
        aroForeignKey: group.id,
        type: o.type ?? 1,
        created: now,
        modified: now,
      });
      for (const s of secrets)
        await m.getRepository(SecretEntity).insert({
          ...s,
          id: newId(),
          resourceId,
          created: now,
          modified: now,
          createdBy: null,
          modifiedBy: null,
          deleted: null,
          secretRevisionId: null,
        });
    });
  }
}

/**
 * Many resources owned by a group (the only permission on each), in a few multi-row inserts:
 * each member gets a secret encrypted once for their key and reused on every resource (a valid
 * message for that user each time).
 */
export async function buildGroupResources(
  server: RunningServer,
  o: { groupId: string; members: Who[]; count: number; plaintext?: string },
): Promise<string[]> {
  const now = nowSeconds();
  const ids = Array.from({ length: o.count }, () => newId());
  const data = new Map<string, string>();
  for (const w of o.members) data.set(idOf(w), await encryptFor(w, o.plaintext ?? "group secret"));
  await server.db.tx(async (m) => {
    for (const part of chunks(ids, 100)) {
      await m.getRepository(ResourceEntity).insert(
        part.map((id, i) => ({
          id,
          name: `Bulk ${i} ${id.slice(0, 8)}`,
          username: null,
          uri: null,
          description: null,
          deleted: false,
          created: now,
          modified: now,
          createdBy: cast.ada.id,
          modifiedBy: cast.ada.id,
          resourceTypeId: RESOURCE_TYPES["password-string"],
          expired: null,
        })),
      );
      await m.getRepository(PermissionEntity).insert(
        part.map((id) => ({
          id: newId(),
          aco: "Resource" as const,
          acoForeignKey: id,
          aro: "Group" as const,
          aroForeignKey: o.groupId,
          type: 15 as const,
          created: now,
          modified: now,
        })),
      );
      await m.getRepository(SecretEntity).insert(
        part.flatMap((resourceId) =>
          [...data].map(([userId, d]) => ({
            id: newId(),
            userId,
            resourceId,
            data: d,
            created: now,
            modified: now,
            createdBy: null,
            modifiedBy: null,
            deleted: null,
            secretRevisionId: null,
          })),
        ),
      );
    }
  });
  return ids;
}

/** Decrypts an armored message with a cast member's private key. */
export async function decryptAs(name: CastName, armored: string): Promise<string> {
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: armored }),
    decryptionKeys: await privateKeyOf(name),
  });
  return data as string;
}

/** The caller's own secret of a resource, decrypted (GET /secrets/resource/{id}.json). */
export async function readSecret(
  server: RunningServer,
  name: CastName,
  creds: Credentials,
  resourceId: string,
) {
  const res = await get<{ data: string }>(server.url, `/secrets/resource/${resourceId}.json`, creds);
  return res.status === 200 ? decryptAs(name, res.json.body.data) : null;
}

/**
 * What the extension does to add members: the dry run, then each needed secret decrypted from
 * the caller's own copy and encrypted for the new member.
 */
export async function secretsForAddition(
  server: RunningServer,
  caller: CastName,
  creds: Credentials,
  groupId: string,
  groupsUsers: unknown[],
) {
  const dry = await put<DryRunJson>(server.url, `/groups/${groupId}/dry-run.json`, {
    ...creds,
    body: { groups_users: groupsUsers },
  });
  expectSuccess(dry);
  const mine = new Map(dry.json.body["dry-run"].Secrets.map((s) => [s.Secret[0]!.resource_id, s.Secret[0]!]));
  const userKey = (userId: string) =>
    Object.keys(cast).find((n) => cast[n as CastName].id === userId) as CastName;
  return Promise.all(
    dry.json.body["dry-run"].SecretsNeeded.map(async ({ Secret: { resource_id, user_id } }) => {
      const own = mine.get(resource_id);
      if (!own) throw new Error(`the dry run gave no secret of the caller for ${resource_id}`);
      const plain = await decryptAs(caller, own.data);
      return { resource_id, user_id, data: await encryptFor(userKey(user_id), plain) };
    }),
  );
}

/**
 * Resources, groups and permissions made per test by direct inserts that keep the service's
 * rules: one owner permission, one secret per user with access (encrypted for that user's key
 * with OpenPGP.js), group members reaching resources through the group's permission row.
 *
 *   const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
 */
import * as openpgp from "openpgp";
import type { RunningServer } from "../../src/server.ts";
import { ResourceEntity } from "../../src/db/entities/Resource.ts";
import { SecretEntity } from "../../src/db/entities/Secret.ts";
import { PermissionEntity, type PermissionType } from "../../src/db/entities/Permission.ts";
import { GroupEntity } from "../../src/db/entities/Group.ts";
import { GroupUserEntity } from "../../src/db/entities/GroupUser.ts";
import { FavoriteEntity } from "../../src/db/entities/Favorite.ts";
import { newId } from "../../src/db/ids.ts";
import { nowSeconds } from "../../src/db/rawRows.ts";
import { cast, publicKeyArmored, type CastName } from "./cast.ts";

/** A cast member, or any user with an id and (for secrets) an armored public key. */
export type Who = CastName | { id: string; publicKey?: string };

export const idOf = (w: Who): string => (typeof w === "string" ? cast[w].id : w.id);
const keyOf = (w: Who): string => {
  const key = typeof w === "string" ? publicKeyArmored(w) : w.publicKey;
  if (!key) throw new Error("this user has no public key");
  return key;
};

export const RESOURCE_TYPES = {
  "password-string": "669f8c64-242a-59fb-92fc-81f660975fd3",
  "password-and-description": "a28a04cd-6f53-518a-967c-9963bf9cec51",
  totp: "05ba5c75-504d-5ad6-819a-83af68867d86",
  "password-description-totp": "8cca88d9-a3f6-56df-b860-3ef08de5c5c4",
} as const;

/** OpenPGP.js encryption of `text` for the user's key (what the browser extension does). */
export async function encryptFor(who: Who, text: string): Promise<string> {
  const encryptionKeys = await openpgp.readKey({ armoredKey: keyOf(who) });
  return (await openpgp.encrypt({
    message: await openpgp.createMessage({ text }),
    encryptionKeys,
  })) as string;
}

export interface ResourceOverrides {
  owner: Who;
  readers?: Who[];
  updaters?: Who[];
  /** extra owners besides `owner` */
  owners?: Who[];
  /** group permissions; members get a secret each */
  groups?: { id: string; type: PermissionType; members: Who[] }[];
  name?: string;
  username?: string | null;
  uri?: string | null;
  description?: string | null;
  type?: keyof typeof RESOURCE_TYPES;
  favoriteOf?: Who[];
  /** plaintext of every user's secret (default "secret of <name>") */
  plaintext?: string;
  /** skip the secrets (to build broken states on purpose) */
  withoutSecrets?: boolean;
}

export interface BuiltResource {
  id: string;
  name: string;
  plaintext: string;
}

let counter = 0;

/** Inserts a resource, its permissions and one secret per user with access, in one transaction. */
export async function buildResource(server: RunningServer, o: ResourceOverrides): Promise<BuiltResource> {
  counter += 1;
  const id = newId();
  const name = o.name ?? `Resource ${counter} ${id.slice(0, 8)}`;
  const plaintext = o.plaintext ?? `secret of ${name}`;
  const now = nowSeconds();
  const direct: [Who, PermissionType][] = [
    [o.owner, 15],
    ...(o.owners ?? []).map((w): [Who, PermissionType] => [w, 15]),
    ...(o.updaters ?? []).map((w): [Who, PermissionType] => [w, 7]),
    ...(o.readers ?? []).map((w): [Who, PermissionType] => [w, 1]),
  ];
  const holders = new Map<string, Who>();
  for (const [w] of direct) holders.set(idOf(w), w);
  for (const g of o.groups ?? []) for (const w of g.members) holders.set(idOf(w), w);
  const secrets = o.withoutSecrets
    ? []
    : await Promise.all(
        [...holders].map(async ([userId, w]) => ({ userId, data: await encryptFor(w, plaintext) })),
      );
  await server.db.tx(async (m) => {
    await m.getRepository(ResourceEntity).insert({
      id,
      name,
      username: o.username === undefined ? "ada@example.test" : o.username,
      uri: o.uri === undefined ? "https://example.test" : o.uri,
      description: o.description === undefined ? null : o.description,
      deleted: false,
      created: now,
      modified: now,
      createdBy: idOf(o.owner),
      modifiedBy: idOf(o.owner),
      resourceTypeId: RESOURCE_TYPES[o.type ?? "password-string"],
      expired: null,
    });
    const rows = [
      ...direct.map(([w, type]) => ({ aro: "User" as const, aroForeignKey: idOf(w), type })),
      ...(o.groups ?? []).map((g) => ({ aro: "Group" as const, aroForeignKey: g.id, type: g.type })),
    ];
    for (const r of rows)
      await m
        .getRepository(PermissionEntity)
        .insert({ id: newId(), aco: "Resource", acoForeignKey: id, ...r, created: now, modified: now });
    for (const s of secrets)
      await m.getRepository(SecretEntity).insert({
        id: newId(),
        userId: s.userId,
        resourceId: id,
        data: s.data,
        created: now,
        modified: now,
        createdBy: idOf(o.owner),
        modifiedBy: idOf(o.owner),
        deleted: null,
        secretRevisionId: null,
      });
    for (const w of o.favoriteOf ?? [])
      await m.getRepository(FavoriteEntity).insert({
        id: newId(),
        userId: idOf(w),
        foreignKey: id,
        foreignModel: "Resource",
        created: now,
        modified: now,
      });
  });
  return { id, name, plaintext };
}

/** A group with its members (the first one is its manager). */
export async function buildGroup(
  server: RunningServer,
  o: { members: Who[]; name?: string; deleted?: boolean },
): Promise<{ id: string; name: string }> {
  const id = newId();
  const name = o.name ?? `Group ${id.slice(0, 8)}`;
  const now = nowSeconds();
  await server.db.tx(async (m) => {
    await m.getRepository(GroupEntity).insert({
      id,
      name,
      deleted: o.deleted ?? false,
      created: now,
      modified: now,
      createdBy: cast.ada.id,
      modifiedBy: cast.ada.id,
    });
    for (const [i, w] of o.members.entries())
      await m
        .getRepository(GroupUserEntity)
        .insert({ id: newId(), groupId: id, userId: idOf(w), isAdmin: i === 0, created: now });
  });
  return { id, name };
}

export interface RowCounts {
  resources: number;
  secrets: number;
  permissions: number;
  favorites: number;
  secret_accesses: number;
  live_resources: number;
}

/** Row counts of the tables a resource change touches: compare before/after a refused request. */
export async function countRows(server: RunningServer): Promise<RowCounts> {
  const out = {} as RowCounts;
  for (const t of ["resources", "secrets", "permissions", "favorites", "secret_accesses"] as const) {
    const [row] = await server.db.read((m) => m.query(`SELECT COUNT(*) AS n FROM ${t}`));
    out[t] = Number(row.n);
  }
  const [live] = await server.db.read((m) =>
    m.query("SELECT COUNT(*) AS n FROM resources WHERE deleted = 0"),
  );
  out.live_resources = Number(live.n);
  return out;
}

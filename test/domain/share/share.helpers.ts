/**
 * Helpers of the share suites: a snapshot of what a refused request must leave untouched, the
 * invariant read from the database, and the secrets a client would send.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { countRows, encryptFor, type RowCounts, type Who, idOf } from "../../helpers/resourceFactories.ts";
import { findUserIdsWithAccess } from "../../../src/domain/access/index.ts";

export type Tree = Record<
  string,
  Record<string, Record<string, Record<string, string>>> & Record<string, string>
>;

export interface Snapshot {
  counts: RowCounts;
  permissions: unknown[];
  secrets: unknown[];
  favorites: unknown[];
  resource: unknown[];
}

/** Everything a share may touch, for one resource, plus the global row counts. */
export async function snapshot(server: RunningServer, resourceId: string): Promise<Snapshot> {
  const q = (sql: string) => server.db.read((m) => m.query(sql, [resourceId])) as Promise<unknown[]>;
  return {
    counts: await countRows(server),
    permissions: await q(
      "SELECT id, aro, aro_foreign_key, type, modified FROM permissions WHERE aco_foreign_key = ? ORDER BY id",
    ),
    secrets: await q("SELECT id, user_id, data, modified FROM secrets WHERE resource_id = ? ORDER BY id"),
    favorites: await q("SELECT id, user_id FROM favorites WHERE foreign_key = ? ORDER BY id"),
    resource: await q("SELECT modified, modified_by FROM resources WHERE id = ?"),
  };
}

/** The users holding a secret of the resource. */
export async function holdersOf(server: RunningServer, resourceId: string): Promise<string[]> {
  const rows = (await server.db.read((m) =>
    m.query("SELECT user_id FROM secrets WHERE resource_id = ? AND deleted IS NULL", [resourceId]),
  )) as { user_id: string }[];
  return rows.map((r) => r.user_id).sort();
}

export async function usersWithAccess(server: RunningServer, resourceId: string): Promise<string[]> {
  return server.db.read((m) => findUserIdsWithAccess(m, resourceId));
}

/** Passbolt's invariant, read from the database: secret holders == users with access. */
export async function expectInvariant(server: RunningServer, resourceId: string): Promise<void> {
  expect(await holdersOf(server, resourceId), "secret holders == users with access").to.deep.equal(
    await usersWithAccess(server, resourceId),
  );
}

/** The permission row id of `who` on a resource. */
export async function permissionIdOf(server: RunningServer, resourceId: string, who: Who): Promise<string> {
  const rows = (await server.db.read((m) =>
    m.query("SELECT id FROM permissions WHERE aco_foreign_key = ? AND aro_foreign_key = ?", [
      resourceId,
      idOf(who),
    ]),
  )) as { id: string }[];
  if (!rows[0]) throw new Error("no such permission");
  return rows[0].id;
}

/** `{user_id, data}` for each user, encrypted with OpenPGP.js for their key. */
export const secretsFor = (who: Who[], text = "shared password") =>
  Promise.all(who.map(async (w) => ({ user_id: idOf(w), data: await encryptFor(w, text) })));

export const addUser = (name: CastName, type: 1 | 7 | 15 = 1) => ({
  aro: "User",
  aro_foreign_key: cast[name].id,
  type,
});

/**
 * Suites that lend cast members access or memberships (race and matrix tests) take them back
 * afterwards: later suites rely on carol reaching nothing and on the cast's memberships.
 */
import type { RunningServer } from "../../src/server.ts";
import { placeholders } from "../../src/db/rawRows.ts";

/** Removes every permission, secret and favorite of these resources and marks them deleted. */
export async function retireResources(server: RunningServer, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const p = placeholders(ids.length);
  await server.db.tx(async (m) => {
    await m.query(`DELETE FROM permissions WHERE aco_foreign_key IN (${p})`, ids);
    await m.query(`DELETE FROM secrets WHERE resource_id IN (${p})`, ids);
    await m.query(`DELETE FROM favorites WHERE foreign_key IN (${p})`, ids);
    await m.query(`UPDATE resources SET deleted = ? WHERE id IN (${p})`, [true, ...ids]);
  });
}

/** Removes the memberships and permissions of these groups and marks them deleted. */
export async function retireGroups(server: RunningServer, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const p = placeholders(ids.length);
  await server.db.tx(async (m) => {
    await m.query(`DELETE FROM groups_users WHERE group_id IN (${p})`, ids);
    await m.query(`DELETE FROM permissions WHERE aro_foreign_key IN (${p})`, ids);
    await m.query(`UPDATE \`groups\` SET deleted = ? WHERE id IN (${p})`, [true, ...ids]);
  });
}

/**
 * Deletes these folders with their permissions and every tree row of them, under them, or of
 * these other items (resources placed in them).
 */
export async function removeFolders(server: RunningServer, folderIds: string[], itemIds: string[] = []) {
  const items = [...itemIds, ...folderIds];
  if (!items.length) return;
  const p = placeholders(items.length);
  const f = placeholders(folderIds.length || 1);
  await server.db.tx(async (m) => {
    await m.query(`DELETE FROM folders_relations WHERE foreign_id IN (${p})`, items);
    if (!folderIds.length) return;
    await m.query(`DELETE FROM folders_relations WHERE folder_parent_id IN (${f})`, folderIds);
    await m.query(`DELETE FROM permissions WHERE aco = 'Folder' AND aco_foreign_key IN (${f})`, folderIds);
    await m.query(`DELETE FROM folders WHERE id IN (${f})`, folderIds);
  });
}

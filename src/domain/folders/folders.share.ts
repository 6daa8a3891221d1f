/**
 * Sharing a folder (PUT|POST /share/folder/{id}): the permission changes of a resource share
 * (share.rules.ts planPermissionChanges, checkChangeShapes, checkAros), on aco 'Folder', with no
 * secrets. Users who gain access get the folder in their tree (folders.tree.ts placeForUsers);
 * users who lose it have it taken out of theirs. The content is not shared: clients share each
 * item they want to share.
 */
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { PermissionEntity, type Permission } from "../../db/entities/Permission.ts";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds, placeholders } from "../../db/rawRows.ts";
import { validationFailed } from "../../http/errors.ts";
import { recordAudits } from "../audit/audit.service.ts";
import {
  checkAros,
  checkChangeShapes,
  mergeErrors,
  planPermissionChanges,
  type PermissionChange,
} from "../share/share.rules.ts";
import { permissionChangeData } from "../share/share.audit.ts";
import { findGroupsOnResource, lockFolderShareRows } from "../share/share.locks.ts";
import { INVALID_FOLDER } from "./folders.access.ts";
import { placeForUsers, removeFromTrees } from "./folders.tree.ts";
import { insertRows } from "../../db/insert.ts";
import { mailFolderEvent } from "../email/email.events.ts";
import { assertCan, diffAccess, findUserIdsWithAccess } from "../access/index.ts";

export const FOLDER_SHARE_FORBIDDEN = "You are not authorized to share this folder.";

export interface FolderShareBody {
  permissions: (PermissionChange & Record<string, unknown>)[];
}

const lower = (s: string | undefined) => s?.toLowerCase();

function normalize(body: FolderShareBody): PermissionChange[] {
  return body.permissions.map((c) => {
    const out: PermissionChange = {};
    if (c.id !== undefined) out.id = lower(c.id);
    if (c.aro !== undefined) out.aro = c.aro;
    if (c.aro_foreign_key !== undefined) out.aro_foreign_key = lower(c.aro_foreign_key);
    if (c.type !== undefined) out.type = c.type;
    if (c.delete !== undefined) out.delete = c.delete;
    return out;
  });
}

/**
 * Applies the changes in one transaction (owner only), after taking the share lock order
 * (share.locks.ts) on the folder's users, groups, row and permissions. The users who gain
 * access are mailed (with `config`), in the same transaction.
 * @returns the users who gained and lost access
 * @throws AppError 404 (cannot reach the folder), 403 (not owner), 400 (permissions.*)
 */
export async function shareFolder(
  db: Db,
  actorId: string,
  folderId: string,
  body: FolderShareBody,
  config?: Config,
): Promise<{ added: string[]; removed: string[] }> {
  const changes = normalize(body);
  const knownGroups = await db.read((m) => findGroupsOnResource(m, folderId));
  return db.tx(async (m) => {
    const locked = await lockFolderShareRows(m, folderId, changes, knownGroups);
    const { row: folder } = await assertCan(m, actorId, "Folder", folderId, "owner", {
      forbidden: FOLDER_SHARE_FORBIDDEN,
    });
    const shapes = checkChangeShapes(changes);
    if (Object.keys(shapes).length) throw validationFailed(INVALID_FOLDER, shapes);
    const { plan, errors } = planPermissionChanges(locked.permissions, changes, newId);
    const aroErrors = checkAros(changes, (aro, id) =>
      (aro === "User" ? locked.activeUsers : locked.liveGroups).has(id),
    );
    const all = mergeErrors(errors, aroErrors);
    if (Object.keys(all).length) throw validationFailed(INVALID_FOLDER, all);

    const before = await findUserIdsWithAccess(m, folderId);
    const now = nowSeconds();
    for (const ids of chunks(
      plan.deleted.map((p) => p.id),
      1000,
    ))
      await m.query(`DELETE FROM permissions WHERE id IN (${placeholders(ids.length)})`, ids);
    for (const p of plan.updated)
      await m.getRepository(PermissionEntity).update({ id: p.id }, { type: p.type, modified: now });
    const added: Permission[] = plan.added.map((p) => ({
      id: p.id,
      aco: "Folder",
      acoForeignKey: folderId,
      aro: p.aro,
      aroForeignKey: p.aroForeignKey,
      type: p.type,
      created: now,
      modified: now,
    }));
    for (const part of chunks(added, 500)) await insertRows(m, PermissionEntity, part);
    const outcome = diffAccess(before, await findUserIdsWithAccess(m, folderId));
    await placeForUsers(m, "Folder", folderId, outcome.added, actorId, now);
    await removeFromTrees(m, folderId, outcome.removed);
    if (plan.added.length || plan.updated.length || plan.deleted.length)
      await recordAudits(m, [
        {
          action: "permission.change",
          actorId,
          targetType: "Folder",
          targetId: folderId,
          data: permissionChangeData(plan, outcome),
        },
      ]);
    if (config)
      await mailFolderEvent(m, config, "share", actorId, outcome.added, { id: folderId, name: folder.name });
    return outcome;
  });
}

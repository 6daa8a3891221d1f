/**
 * Changing folders: create, rename, delete (with or without cascade). Each runs in one
 * transaction that checks the actor's permission inside it.
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { FolderEntity, type Folder } from "../../db/entities/Folder.ts";
import { FolderRelationEntity } from "../../db/entities/FolderRelation.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { PERMISSION, PermissionEntity } from "../../db/entities/Permission.ts";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds, placeholders } from "../../db/rawRows.ts";
import { recordAudits, type AuditEvent } from "../audit/audit.service.ts";
import { mailFolderEvent } from "../email/email.events.ts";
import { assertCanWriteInFolder, INVALID_FOLDER } from "./folders.access.ts";
import type { FolderBody } from "./folders.schemas.ts";
import { setParent } from "./folders.tree.ts";
import { insertRows } from "../../db/insert.ts";
import { assertCan, canUpdate, findUserIdsWithAccess, permissionsOn } from "../access/index.ts";

/**
 * Creates a folder owned by the actor, in their tree under `folder_parent_id` (which needs
 * update, 7) or at their root.
 * @throws AppError 400 folder_parent_id.folder_exists / has_folder_access
 */
export async function createFolder(db: Db, actorId: string, body: FolderBody): Promise<Folder> {
  const parentId = body.folder_parent_id ? body.folder_parent_id.toLowerCase() : null;
  const now = nowSeconds();
  const folder: Folder = {
    id: newId(),
    name: body.name,
    created: now,
    modified: now,
    createdBy: actorId,
    modifiedBy: actorId,
  };
  return db.tx(async (m) => {
    if (parentId) await assertCanWriteInFolder(m, actorId, parentId, INVALID_FOLDER);
    await insertRows(m, FolderEntity, folder);
    await insertRows(m, PermissionEntity, {
      id: newId(),
      aco: "Folder",
      acoForeignKey: folder.id,
      aro: "User",
      aroForeignKey: actorId,
      type: PERMISSION.OWNER,
      created: now,
      modified: now,
    });
    await setParent(m, "Folder", folder.id, actorId, parentId, now);
    await recordAudits(m, [{ action: "folder.create", actorId, targetType: "Folder", targetId: folder.id }]);
    return folder;
  });
}

/**
 * Renames a folder (needs update, 7); the other users with access are mailed (with `config`).
 * @throws AppError 404 (cannot reach it), 403 (read only)
 */
export async function renameFolder(
  db: Db,
  actorId: string,
  folderId: string,
  name: string,
  config?: Config,
): Promise<void> {
  await db.tx(async (m) => {
    await assertCan(m, actorId, "Folder", folderId, "update", {
      forbidden: "You are not allowed to update this folder.",
    });
    await m
      .getRepository(FolderEntity)
      .update({ id: folderId }, { name, modified: nowSeconds(), modifiedBy: actorId });
    await recordAudits(m, [
      {
        action: "folder.update",
        actorId,
        targetType: "Folder",
        targetId: folderId,
        data: { fields: ["name"] },
      },
    ]);
    if (config)
      await mailFolderEvent(m, config, "update", actorId, () => findUserIdsWithAccess(m, folderId), {
        id: folderId,
        name,
      });
  });
}

/** The children of these folders in the user's tree, by model. */
async function childrenIn(m: EntityManager, userId: string, folderIds: string[]) {
  const out: { foreign_id: string; foreign_model: string }[] = [];
  for (const ids of chunks(folderIds, 1000))
    out.push(
      ...((await m.query(
        `SELECT foreign_id, foreign_model FROM folders_relations
          WHERE user_id = ? AND folder_parent_id IN (${placeholders(ids.length)})`,
        [userId, ...ids],
      )) as { foreign_id: string; foreign_model: string }[]),
    );
  return out;
}

/**
 * What a cascade deletes: the folders under the folder in the actor's tree that the actor may
 * update (their content is walked too), and the resources there the actor may update.
 */
async function cascadeTargets(m: EntityManager, actorId: string, folderId: string) {
  const folders = [folderId];
  const resources: string[] = [];
  let level = [folderId];
  while (level.length) {
    const children = await childrenIn(m, actorId, level);
    const childFolders = children.filter((c) => c.foreign_model === "Folder").map((c) => c.foreign_id);
    const types = await permissionsOn(m, actorId, "Folder", childFolders);
    level = childFolders.filter((id) => canUpdate(types.get(id) ?? null) && !folders.includes(id));
    folders.push(...level);
    const childResources = children.filter((x) => x.foreign_model === "Resource").map((c) => c.foreign_id);
    const resourceTypes = await permissionsOn(m, actorId, "Resource", childResources);
    for (const id of childResources) if (canUpdate(resourceTypes.get(id) ?? null)) resources.push(id);
  }
  return { folders, resources: [...new Set(resources)] };
}

/** Soft-deletes resources as DELETE /resources/{id} does, and takes them out of every tree. */
async function deleteResources(m: EntityManager, actorId: string, ids: string[], now: Date): Promise<void> {
  for (const part of chunks(ids, 1000)) {
    const list = placeholders(part.length);
    await m
      .getRepository(ResourceEntity)
      .createQueryBuilder()
      .update()
      .set({
        deleted: true,
        username: null,
        uri: null,
        description: null,
        modified: now,
        modifiedBy: actorId,
      })
      .whereInIds(part)
      .execute();
    await m.query(`DELETE FROM secrets WHERE resource_id IN (${list})`, part);
    await m.query(`DELETE FROM permissions WHERE aco = 'Resource' AND aco_foreign_key IN (${list})`, part);
    await m.query(
      `DELETE FROM favorites WHERE foreign_model = 'Resource' AND foreign_key IN (${list})`,
      part,
    );
    await m.query(`DELETE FROM folders_relations WHERE foreign_id IN (${list})`, part);
  }
}

/**
 * Deletes a folder (hard; needs update, 7). Without cascade its content moves up to the folder's
 * parent in each user's tree. With cascade the content the actor may update (folders, walked
 * down, and resources) is deleted too; what they may not delete moves up the same way. The
 * other users who had access to the folder itself are mailed (with `config`).
 * @throws AppError 404 (cannot reach it), 403 (read only)
 */
export async function deleteFolder(
  db: Db,
  actorId: string,
  folderId: string,
  cascade: boolean,
  config?: Config,
): Promise<void> {
  await db.tx(async (m) => {
    const { row: folder } = await assertCan(m, actorId, "Folder", folderId, "update", {
      forbidden: "You are not allowed to delete this folder.",
    });
    // queued while the permissions still say who had access; rolled back with a failed deletion
    if (config)
      await mailFolderEvent(m, config, "delete", actorId, () => findUserIdsWithAccess(m, folderId), {
        id: folderId,
        name: folder.name,
      });
    const now = nowSeconds();
    const targets = cascade
      ? await cascadeTargets(m, actorId, folderId)
      : { folders: [folderId], resources: [] };
    if (targets.resources.length) await deleteResources(m, actorId, targets.resources, now);
    // content left behind moves up: to the deleted folder's parent in each user's tree, else the root
    const parents: { user_id: string; folder_parent_id: string | null }[] = await m.query(
      "SELECT user_id, folder_parent_id FROM folders_relations WHERE foreign_id = ?",
      [folderId],
    );
    const deleted = new Set(targets.folders);
    const relations = () => m.getRepository(FolderRelationEntity).createQueryBuilder().update();
    for (const part of chunks(targets.folders, 1000)) {
      const list = placeholders(part.length);
      for (const p of parents) {
        const up = p.folder_parent_id && !deleted.has(p.folder_parent_id) ? p.folder_parent_id : null;
        if (up)
          await relations()
            .set({ folderParentId: up, modified: now })
            .where("user_id = :user AND folder_parent_id IN (:...part)", { user: p.user_id, part })
            .execute();
      }
      await relations()
        .set({ folderParentId: null, modified: now })
        .where("folder_parent_id IN (:...part)", { part })
        .execute();
      await m.query(`DELETE FROM folders_relations WHERE foreign_id IN (${list})`, part);
      await m.query(`DELETE FROM permissions WHERE aco = 'Folder' AND aco_foreign_key IN (${list})`, part);
      await m.query(`DELETE FROM folders WHERE id IN (${list})`, part);
    }
    const events: AuditEvent[] = [
      ...targets.folders.map((id) => ({
        action: "folder.delete" as const,
        actorId,
        targetType: "Folder" as const,
        targetId: id,
        data: id === folderId ? { cascade, resources: targets.resources.length } : { cascadeFrom: folderId },
      })),
      ...targets.resources.map((id) => ({
        action: "resource.delete" as const,
        actorId,
        targetType: "Resource" as const,
        targetId: id,
        data: { cascadeFrom: folderId },
      })),
    ];
    await recordAudits(m, events);
  });
}

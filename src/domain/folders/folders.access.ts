/**
 * The folder policy: 404 when the caller cannot reach a folder, 403 when they can only read it
 * (as Passbolt answers for resources), and the rule for putting an item into a folder.
 */
import type { EntityManager } from "typeorm";
import { FolderEntity, type Folder } from "../../db/entities/Folder.ts";
import type { PermissionType } from "../../db/entities/Permission.ts";
import { forbidden, notFound, validationFailed } from "../../http/errors.ts";
import { canUpdate } from "../resources/resources.access.ts";
import { folderPermissionType } from "./folders.tree.ts";

export const FOLDER_NOT_FOUND = "The folder does not exist.";
export const INVALID_FOLDER = "Could not validate folder data.";

/**
 * The folder and the actor's effective permission on it.
 * @throws AppError 404 (no such folder or no permission), 403 with `forbiddenMessage` when
 *   `need` is above the actor's permission
 */
export async function findFolderFor(
  m: EntityManager,
  actorId: string,
  folderId: string,
  need: PermissionType = 1,
  forbiddenMessage = "You are not allowed to update this folder.",
): Promise<{ folder: Folder; permission: PermissionType }> {
  const folder = await m.getRepository(FolderEntity).findOneBy({ id: folderId });
  if (!folder) throw notFound(FOLDER_NOT_FOUND, "no such folder");
  const permission = await folderPermissionType(m, actorId, folderId);
  if (permission === null) throw notFound(FOLDER_NOT_FOUND, "no permission");
  if (permission < need) throw forbidden(forbiddenMessage, `permission ${permission}`);
  return { folder, permission };
}

/**
 * An item may be created in (or moved into) a folder the actor can reach with update (7).
 * @throws AppError 400 folder_parent_id.folder_exists (cannot reach it) or
 *   folder_parent_id.has_folder_access (read only)
 */
export async function assertCanWriteInFolder(
  m: EntityManager,
  actorId: string,
  folderId: string,
  message: string,
): Promise<void> {
  const type = await folderPermissionType(m, actorId, folderId);
  if (type === null)
    throw validationFailed(message, {
      folder_parent_id: { folder_exists: "The folder parent does not exist." },
    });
  if (!canUpdate(type))
    throw validationFailed(message, {
      folder_parent_id: {
        has_folder_access: "You are not allowed to create content in the parent folder.",
      },
    });
}

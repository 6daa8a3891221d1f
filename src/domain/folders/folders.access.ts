/**
 * The rule for putting an item into a folder (its 404/403 for the folder itself is the access
 * module's assertCan).
 */
import type { EntityManager } from "typeorm";
import { validationFailed } from "../../http/errors.ts";
import { canUpdate, permissionOn } from "../access/index.ts";

export const INVALID_FOLDER = "Could not validate folder data.";

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
  const type = await permissionOn(m, actorId, "Folder", folderId);
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

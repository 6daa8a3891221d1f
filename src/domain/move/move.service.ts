/**
 * Moving an item in the caller's own folder tree (PUT|POST /move/{resource|folder}/{id}).
 * Only the caller's row changes: other users keep their own placement.
 *
 * Rules: the item must be reachable (404); the destination, when not the root, must be a folder
 * the caller can reach (400 folder_parent_id.folder_exists) with update (403 otherwise); taking
 * the item out of a shared parent needs update on the item (403); a folder cannot go into itself
 * or one of its descendants in the caller's tree (400 folder_parent_id.cycle).
 */
import type { Db } from "../../db/db.ts";
import type { FolderItemModel } from "../../db/entities/FolderRelation.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { forbidden, validationFailed } from "../../http/errors.ts";
import { descendantFolders, effectiveParents, setParent } from "../folders/folders.tree.ts";
import { assertCan, canUpdate, countUsersWithAccess, permissionOn } from "../access/index.ts";

export const INVALID_MOVE = "Could not validate move data.";

/**
 * @throws AppError 404, 403, 400 (see above)
 */
export async function moveItem(
  db: Db,
  actorId: string,
  model: FolderItemModel,
  itemId: string,
  parentId: string | null,
): Promise<void> {
  const target = parentId?.toLowerCase() ?? null;
  await db.tx(async (m) => {
    // any permission lets a user place an item in their own tree; moving it out of a shared folder needs update
    const { permission: type } = await assertCan(m, actorId, model, itemId, "read");
    if (target !== null) {
      const targetType = await permissionOn(m, actorId, "Folder", target);
      if (targetType === null)
        throw validationFailed(INVALID_MOVE, {
          folder_parent_id: { folder_exists: "The destination folder does not exist." },
        });
      if (
        model === "Folder" &&
        (target === itemId || (await descendantFolders(m, actorId, itemId)).includes(target))
      )
        throw validationFailed(INVALID_MOVE, {
          folder_parent_id: { cycle: "A folder cannot be moved into itself or one of its descendants." },
        });
      if (!canUpdate(targetType))
        throw forbidden(
          "You are not allowed to move content into the destination folder.",
          `permission ${targetType}`,
        );
    }
    const current = (await effectiveParents(m, actorId, [itemId])).get(itemId) ?? null;
    if (current === target) return;
    if (current !== null && !canUpdate(type)) {
      const users = (await countUsersWithAccess(m, [current])).get(current) ?? 0;
      if (users > 1)
        throw forbidden(
          "You are not allowed to move this item out of its shared folder.",
          `permission ${type}`,
        );
    }
    await setParent(m, model, itemId, actorId, target, nowSeconds());
  });
}

/**
 * The access module, the front door of src/domain/access/: who can reach a resource or a folder
 * (directly or through a live group), what a permission allows, the one check that answers 404
 * or 403, and the invariant "users holding a secret = users with access". Every other domain
 * asks here; none writes the rule again. It depends on no other domain.
 */
export {
  accessibleAcosSql,
  countUsersWithAccess,
  findAccessAmong,
  findAccessPairs,
  findHighestPermissions,
  findUnreachable,
  findUserIdsWithAccess,
  permissionOn,
  permissionsOn,
  PERMISSION_COLUMNS,
  toPermission,
  type AccessPairs,
  type SqlPart,
} from "./access.sql.ts";
export {
  assertCan,
  canRead,
  canShare,
  canUpdate,
  FOLDER_NOT_FOUND,
  RESOURCE_NOT_FOUND,
  visiblePermission,
  type AssertOptions,
  type Need,
} from "./access.assert.ts";
export { assertAccessInvariant, diffAccess, findSecretHolders, invariantGaps } from "./access.invariant.ts";

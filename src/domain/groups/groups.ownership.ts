/**
 * What blocks a deletion (of a group, or of a user and the groups only they belong to): the
 * resources where the permissions going away hold the only owner permission while somebody
 * else keeps access (Passbolt's IsNotSoleOwnerOfSharedResourcesRule). Resources that only the
 * deleted aros reach are not blocking: they are soft-deleted with them. `transfer.owners`
 * promotes another permission of a blocking resource to owner first.
 */
import { In, type EntityManager } from "typeorm";
import { PERMISSION, PermissionEntity, type Permission } from "../../db/entities/Permission.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { addError, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { findPermissionsOf } from "../permissions/permissions.queries.ts";
import { loadContains } from "../resources/resources.contains.ts";
import { presentResource } from "../resources/resources.presenter.ts";
import { findResourceIdsOfAros } from "./groups.access.ts";

export const TRANSFER_REFUSED = "The transfer is not authorized.";

export interface OwnershipConflicts {
  /** Every resource the aros have a permission on. */
  resourceIds: string[];
  /** Blocking: the aros hold the only owner permission, others keep access. */
  soleOwner: string[];
  /** Reached by the aros only: soft-deleted with them. */
  orphaned: string[];
}

/** @param aroIds the users and groups whose permissions are about to be removed */
export async function findOwnershipConflicts(
  m: EntityManager,
  aroIds: string[],
): Promise<OwnershipConflicts> {
  const leaving = new Set(aroIds);
  const resourceIds = await findResourceIdsOfAros(m, aroIds);
  const byResource = new Map<string, Permission[]>();
  for (const p of await findPermissionsOf(m, resourceIds))
    byResource.set(p.acoForeignKey, [...(byResource.get(p.acoForeignKey) ?? []), p]);
  const soleOwner: string[] = [];
  const orphaned: string[] = [];
  for (const id of resourceIds) {
    const all = byResource.get(id) ?? [];
    const staying = all.filter((p) => !leaving.has(p.aroForeignKey));
    if (!staying.length) orphaned.push(id);
    else if (!staying.some((p) => p.type === PERMISSION.OWNER)) soleOwner.push(id);
  }
  return { resourceIds, soleOwner, orphaned };
}

/**
 * Promotes the named permissions to owner. Each must exist, be on the resource it names, that
 * resource must be blocking, and the permission must not be one of those going away.
 * @throws AppError 400 "The transfer is not authorized." with transfer.owners.<i>.<field>.<rule>
 */
export async function applyOwnerTransfers(
  m: EntityManager,
  owners: { id: string; aco_foreign_key: string }[],
  blocking: Set<string>,
  leaving: Set<string>,
  now: Date,
): Promise<number> {
  if (!owners.length) return 0;
  const ids = owners.map((o) => o.id.toLowerCase());
  const found = await m.getRepository(PermissionEntity).findBy({ id: In(ids) });
  const byId = new Map(found.map((p) => [p.id, p]));
  const errors: ErrorTree = {};
  owners.forEach((o, i) => {
    const p = byId.get(o.id.toLowerCase());
    const resourceId = o.aco_foreign_key.toLowerCase();
    const at = ["transfer", "owners", i];
    if (!p || p.aco !== "Resource" || p.acoForeignKey !== resourceId)
      addError(errors, [...at, "id"], "exists", "The permission does not exist for this resource.");
    else if (!blocking.has(resourceId))
      addError(
        errors,
        [...at, "aco_foreign_key"],
        "is_sole_owner",
        "Nothing needs transferring on this resource.",
      );
    else if (leaving.has(p.aroForeignKey))
      addError(errors, [...at, "id"], "is_not_leaving", "The permission belongs to what is being deleted.");
  });
  if (Object.keys(errors).length) throw validationFailed(TRANSFER_REFUSED, errors);
  await m.getRepository(PermissionEntity).update({ id: In(ids) }, { type: PERMISSION.OWNER, modified: now });
  return ids.length;
}

/**
 * The blocking resources as the clients show them to pick a new owner: each with its
 * permissions, their users' profiles and their groups.
 */
export async function presentBlockedResources(
  m: EntityManager,
  actorId: string,
  ids: string[],
  appUrl: string,
): Promise<unknown[]> {
  if (!ids.length) return [];
  const resources = await m
    .getRepository(ResourceEntity)
    .find({ where: { id: In(ids) }, order: { name: "ASC" } });
  const contained = await loadContains(
    m,
    actorId,
    resources,
    new Set(["permissions", "permissions.user.profile", "permissions.group"] as const),
  );
  return resources.map((r) => presentResource(r, contained, appUrl));
}

/**
 * The resource policy: what an effective permission allows, and loading a resource for a
 * change with the right answer when it may not be made (404 when the actor cannot see it,
 * 403 when they can see it but not change it, as Passbolt).
 */
import type { EntityManager } from "typeorm";
import { ResourceEntity, type Resource } from "../../db/entities/Resource.ts";
import { PERMISSION, type PermissionType } from "../../db/entities/Permission.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { findEffectivePermissionType } from "../permissions/permissions.queries.ts";

export const canRead = (t: PermissionType | null): boolean => t !== null;
export const canUpdate = (t: PermissionType | null): boolean => t !== null && t >= PERMISSION.UPDATE;
export const canShare = (t: PermissionType | null): boolean => t === PERMISSION.OWNER;

export const RESOURCE_NOT_FOUND = "The resource does not exist.";

/**
 * Inside a transaction: the non-deleted resource, locked for the rest of the transaction on
 * MySQL/MariaDB (SQLite serialises transactions already), if the actor may update it.
 * @throws AppError 404 when it does not exist, is deleted or the actor has no permission;
 *   403 (with `forbiddenMessage`) when the actor can only read it
 */
export async function findResourceForUpdate(
  m: EntityManager,
  actorId: string,
  resourceId: string,
  opts: { lock: boolean; forbiddenMessage: string },
): Promise<Resource> {
  const resource = await m.getRepository(ResourceEntity).findOne({
    where: { id: resourceId, deleted: false },
    ...(opts.lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  if (!resource) throw notFound(RESOURCE_NOT_FOUND, "no such resource, or deleted");
  const type = await findEffectivePermissionType(m, actorId, resourceId);
  if (!canRead(type)) throw notFound(RESOURCE_NOT_FOUND, "no permission");
  if (!canUpdate(type)) throw forbidden(opts.forbiddenMessage, `permission ${type}`);
  return resource;
}

/**
 * The non-deleted resource and the actor's effective permission on it (comments, tags,
 * favorites, activity: anything a reader may see).
 * @throws AppError 404 when it does not exist, is deleted or the actor has no permission
 */
export async function findResourceForRead(
  m: EntityManager,
  actorId: string,
  resourceId: string,
): Promise<{ resource: Resource; permission: PermissionType }> {
  const resource = await m.getRepository(ResourceEntity).findOneBy({ id: resourceId, deleted: false });
  if (!resource) throw notFound(RESOURCE_NOT_FOUND, "no such resource, or deleted");
  const permission = await findEffectivePermissionType(m, actorId, resourceId);
  if (!canRead(permission)) throw notFound(RESOURCE_NOT_FOUND, "no permission");
  return { resource, permission: permission! };
}

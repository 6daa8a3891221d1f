/**
 * The access policy in one function: what an effective permission allows, and loading a
 * resource or folder for an action with Passbolt's answers when it may not be done:
 * 404 when the actor cannot see it (it does not exist, is deleted, or they have no permission:
 * the three look the same), 403 when they can see it but `need` is above their permission.
 */
import type { EntityManager } from "typeorm";
import { FolderEntity, type Folder } from "../../db/entities/Folder.ts";
import { PERMISSION, type PermissionType } from "../../db/entities/Permission.ts";
import { ResourceEntity, type Resource } from "../../db/entities/Resource.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { permissionOn } from "./access.sql.ts";

export const canRead = (t: PermissionType | null): boolean => t !== null;
export const canUpdate = (t: PermissionType | null): boolean => t !== null && t >= PERMISSION.UPDATE;
export const canShare = (t: PermissionType | null): boolean => t === PERMISSION.OWNER;

export const RESOURCE_NOT_FOUND = "The resource does not exist.";
export const FOLDER_NOT_FOUND = "The folder does not exist.";

/** What an action needs: see it, change it, or own it (share, delete a shared folder...). */
export type Need = "read" | "update" | "owner";
const NEEDED: Record<Need, PermissionType> = {
  read: PERMISSION.READ,
  update: PERMISSION.UPDATE,
  owner: PERMISSION.OWNER,
};

export interface AssertOptions {
  /** The 403 message, when `need` is above read. */
  forbidden?: string;
  /** The 404 message (default: "The resource/folder does not exist."). */
  notFound?: string;
  /** Lock the row for the rest of the transaction (MySQL/MariaDB; SQLite serialises anyway). */
  lock?: boolean;
}

type Row<K> = K extends "Resource" ? Resource : Folder;

async function loadRow(m: EntityManager, kind: "Resource" | "Folder", id: string, lock: boolean) {
  const lockOpt = lock ? { lock: { mode: "pessimistic_write" as const } } : {};
  return kind === "Resource"
    ? m.getRepository(ResourceEntity).findOne({ where: { id, deleted: false }, ...lockOpt })
    : m.getRepository(FolderEntity).findOne({ where: { id }, ...lockOpt });
}

/**
 * The live resource (or folder) and the actor's effective permission on it, if it allows `need`.
 * @throws AppError 404 when the actor cannot see it; 403 (opts.forbidden) when they can see
 *   it but `need` is above their permission
 */
export async function assertCan<K extends "Resource" | "Folder">(
  m: EntityManager,
  actorId: string,
  kind: K,
  id: string,
  need: Need,
  opts: AssertOptions = {},
): Promise<{ row: Row<K>; permission: PermissionType }> {
  const missing = opts.notFound ?? (kind === "Resource" ? RESOURCE_NOT_FOUND : FOLDER_NOT_FOUND);
  const row = await loadRow(m, kind, id, opts.lock ?? false);
  if (!row)
    throw notFound(missing, `no such ${kind.toLowerCase()}${kind === "Resource" ? ", or deleted" : ""}`);
  const permission = await permissionOn(m, actorId, kind, id);
  if (permission === null) throw notFound(missing, "no permission");
  if (permission < NEEDED[need])
    throw forbidden(opts.forbidden ?? `You are not allowed to do this.`, `permission ${permission}`);
  return { row: row as Row<K>, permission };
}

/**
 * The actor's permission on a live resource or folder, or null when they cannot see it (it
 * does not exist, is deleted, or they have no permission): for callers whose refusal is not a
 * 404 (a filter answering 403, a validation error).
 */
export async function visiblePermission(
  m: EntityManager,
  actorId: string,
  kind: "Resource" | "Folder",
  id: string,
): Promise<PermissionType | null> {
  const live =
    kind === "Resource"
      ? await m.getRepository(ResourceEntity).existsBy({ id, deleted: false })
      : await m.getRepository(FolderEntity).existsBy({ id });
  return live ? permissionOn(m, actorId, kind, id) : null;
}

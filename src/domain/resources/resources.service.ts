/**
 * Changing resources: create, update, delete. Each runs its reads and the CPU-heavy message
 * checks first, then every write in one transaction (db.tx) that re-checks what it relies on.
 */
import { deleteTagLinksOf } from "../tags/tags.queries.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/db.ts";
import { FavoriteEntity } from "../../db/entities/Favorite.ts";
import { PERMISSION, PermissionEntity } from "../../db/entities/Permission.ts";
import { ResourceEntity, type Resource } from "../../db/entities/Resource.ts";
import { SecretEntity } from "../../db/entities/Secret.ts";
import { newId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { validationFailed, type ErrorTree } from "../../http/errors.ts";
import {
  DEFAULT_RESOURCE_TYPE_ID,
  DESCRIPTION_IN_SECRET_SLUGS,
} from "../resourceTypes/resourceTypes.schemas.ts";
import { assertUsableResourceType } from "../resourceTypes/resourceTypes.service.ts";
import {
  assertKeysStillCurrent,
  assertSecretsEncryptedForUsers,
  findCurrentKeys,
} from "../secrets/secrets.rules.ts";
import type { ResourceBody } from "./resources.schemas.ts";
import { assertSecretsMatchAccess, findUpdateContext } from "./resources.update.ts";
import { recordAudits, type AuditEvent } from "../audit/audit.service.ts";
import { assertCanWriteInFolder } from "../folders/folders.access.ts";
import { setParent } from "../folders/folders.tree.ts";
import { insertRows } from "../../db/insert.ts";
import { mailResourceEvent } from "../email/email.events.ts";
import { assertCan, findUserIdsWithAccess } from "../access/index.ts";

export const INVALID_RESOURCE = "Could not validate resource data.";

export interface ServiceDeps {
  db: Db;
  secretMaxBytes: number;
  /** Mails the users with access of an update or a deletion (email.events.ts); none when absent. */
  config?: Config;
}

/**
 * Refuses what is not supported yet, with a clear rule rather than a silent drop.
 * (folder_parent_id is read by createResource; an update ignores it: moves use /move.)
 * @throws AppError 400
 */
export function assertSupportedFields(body: ResourceBody): void {
  const tree: ErrorTree = {};
  for (const field of ["metadata", "metadata_key_id", "metadata_key_type"] as const)
    if (body[field] !== undefined && body[field] !== null)
      tree[field] = { v5NotSupported: "Encrypted metadata (v5 resources) is not supported yet." };
  if (Object.keys(tree).length) throw validationFailed(INVALID_RESOURCE, tree);
}

/** The cleartext fields of the body; the description is dropped where it lives in the secret. */
function cleartextFields(body: ResourceBody, typeSlug: string): Partial<Resource> {
  const out: Partial<Resource> = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.username !== undefined) out.username = body.username;
  if (body.uri !== undefined) out.uri = body.uri;
  if (body.description !== undefined) out.description = body.description;
  if (body.expired !== undefined) out.expired = body.expired === null ? null : new Date(body.expired);
  if (DESCRIPTION_IN_SECRET_SLUGS.includes(typeSlug)) out.description = null;
  return out;
}

/**
 * Creates a resource owned by the actor, with the actor's secret: exactly one, forced to them.
 * @throws AppError 400 on invalid fields, an unusable type, or a secret that fails the message rules
 */
export async function createResource(
  deps: ServiceDeps,
  actorId: string,
  body: ResourceBody,
): Promise<Resource> {
  assertSupportedFields(body);
  const typeId = body.resource_type_id ?? DEFAULT_RESOURCE_TYPE_ID;
  const { type, keys } = await deps.db.read(async (m) => ({
    type: await assertUsableResourceType(m, typeId, INVALID_RESOURCE),
    keys: await findCurrentKeys(m, [actorId]),
  }));
  const secrets = [{ userId: actorId, data: body.secrets![0]!.data }];
  const keysUsed = await assertSecretsEncryptedForUsers(keys, secrets, deps.secretMaxBytes, INVALID_RESOURCE);
  const now = nowSeconds();
  const resource: Resource = {
    id: newId(),
    name: null,
    username: null,
    uri: null,
    description: null,
    expired: null,
    ...cleartextFields(body, type.slug),
    deleted: false,
    created: now,
    modified: now,
    createdBy: actorId,
    modifiedBy: actorId,
    resourceTypeId: type.id,
  };
  const parentId = body.folder_parent_id ? body.folder_parent_id.toLowerCase() : null;
  return deps.db.tx(async (m) => {
    await assertKeysStillCurrent(m, keysUsed, [actorId], INVALID_RESOURCE);
    if (parentId) await assertCanWriteInFolder(m, actorId, parentId, INVALID_RESOURCE);
    await insertRows(m, ResourceEntity, resource);
    if (parentId) await setParent(m, "Resource", resource.id, actorId, parentId, now);
    await insertRows(m, PermissionEntity, {
      id: newId(),
      aco: "Resource",
      acoForeignKey: resource.id,
      aro: "User",
      aroForeignKey: actorId,
      type: PERMISSION.OWNER,
      created: now,
      modified: now,
    });
    await insertRows(m, SecretEntity, {
      id: newId(),
      userId: actorId,
      resourceId: resource.id,
      data: secrets[0]!.data,
      created: now,
      modified: now,
      createdBy: actorId,
      modifiedBy: actorId,
      deleted: null,
      secretRevisionId: null,
    });
    await recordAudits(m, [
      { action: "resource.create", actorId, targetType: "Resource", targetId: resource.id },
      { ...secretWritten(actorId, resource.id), data: { user_id: actorId } },
    ]);
    return resource;
  });
}

/** The audit event of a secret written for a resource (data names the secret's user). */
const secretWritten = (actorId: string, resourceId: string): AuditEvent => ({
  action: "secret.write",
  actorId,
  targetType: "Resource",
  targetId: resourceId,
});

/** The names of the fields a body changes, for the audit entry (never their values). */
const changedFields = (body: ResourceBody): string[] =>
  (["name", "username", "uri", "description", "expired", "resource_type_id"] as const).filter(
    (f) => body[f] !== undefined,
  );

/**
 * Updates the fields sent and, when `secrets` is sent, replaces every secret of the resource:
 * exactly one per user with access, each encrypted for that user's current key.
 * A missing resource_type_id keeps the current type (Passbolt would reset it to password-string).
 * The other users with access are mailed, in the same transaction.
 * @throws AppError 404 (no such resource or no access), 403 (read only), 400 (fields, type,
 *   secrets.secrets_provided, secrets.<i>.data.<rule>)
 */
export async function updateResource(
  deps: ServiceDeps,
  actorId: string,
  resourceId: string,
  body: ResourceBody,
): Promise<Resource> {
  assertSupportedFields(body);
  const ctx = await findUpdateContext(deps.db, actorId, resourceId, body);
  const secrets = (body.secrets ?? []).map((s) => ({ userId: s.user_id!.toLowerCase(), data: s.data }));
  if (body.secrets) assertSecretsMatchAccess(body.secrets, resourceId, ctx.usersWithAccess, INVALID_RESOURCE);
  const keysUsed = body.secrets
    ? await assertSecretsEncryptedForUsers(ctx.keys, secrets, deps.secretMaxBytes, INVALID_RESOURCE)
    : new Map<string, string>();
  const now = nowSeconds();
  return deps.db.tx(async (m) => {
    const { row: current } = await assertCan(m, actorId, "Resource", resourceId, "update", {
      lock: !deps.db.isSqlite,
      forbidden: "You are not allowed to update this resource.",
    });
    const type = await assertUsableResourceType(
      m,
      body.resource_type_id ?? current.resourceTypeId ?? DEFAULT_RESOURCE_TYPE_ID,
      INVALID_RESOURCE,
    );
    const changes: Partial<Resource> = {
      ...cleartextFields(body, type.slug),
      resourceTypeId: type.id,
      modified: now,
      modifiedBy: actorId,
    };
    await m.getRepository(ResourceEntity).update({ id: resourceId }, changes);
    if (body.secrets) {
      // access may have changed since the checks: compare again, under the row lock
      assertSecretsMatchAccess(
        body.secrets,
        resourceId,
        await findUserIdsWithAccess(m, resourceId),
        INVALID_RESOURCE,
      );
      await assertKeysStillCurrent(
        m,
        keysUsed,
        secrets.map((s) => s.userId),
        INVALID_RESOURCE,
      );
      await m.getRepository(SecretEntity).delete({ resourceId });
      await insertRows(
        m,
        SecretEntity,
        secrets.map((s) => ({
          id: newId(),
          userId: s.userId,
          resourceId,
          data: s.data,
          created: now,
          modified: now,
          createdBy: actorId,
          modifiedBy: actorId,
          deleted: null,
          secretRevisionId: null,
        })),
      );
    }
    await recordAudits(m, [
      {
        action: "resource.update",
        actorId,
        targetType: "Resource",
        targetId: resourceId,
        data: { fields: changedFields(body), secrets: secrets.length },
      },
      ...secrets.map((s) => ({ ...secretWritten(actorId, resourceId), data: { user_id: s.userId } })),
    ]);
    const updated = { ...current, ...changes };
    if (deps.config)
      await mailResourceEvent(
        m,
        deps.config,
        "update",
        actorId,
        () => findUserIdsWithAccess(m, resourceId),
        updated,
      );
    return updated;
  });
}

/**
 * Soft-deletes a resource: the row stays with deleted = true and username, uri and description
 * nulled; its secrets, permissions and favorites are removed; the users who had access are
 * mailed. One transaction.
 * @throws AppError 404 (no such resource or no access), 403 (read only)
 */
export async function deleteResource(deps: ServiceDeps, actorId: string, resourceId: string): Promise<void> {
  await deps.db.tx(async (m) => {
    const { row: resource } = await assertCan(m, actorId, "Resource", resourceId, "update", {
      lock: !deps.db.isSqlite,
      forbidden: "You do not have the permission to delete this resource.",
    });
    // queued before the permissions go (who had access), rolled back with the deletion if it fails
    if (deps.config)
      await mailResourceEvent(
        m,
        deps.config,
        "delete",
        actorId,
        () => findUserIdsWithAccess(m, resourceId),
        resource,
      );
    await m.getRepository(ResourceEntity).update(
      { id: resourceId },
      {
        deleted: true,
        username: null,
        uri: null,
        description: null,
        modified: nowSeconds(),
        modifiedBy: actorId,
      },
    );
    const secrets = await m.getRepository(SecretEntity).delete({ resourceId });
    const permissions = await m
      .getRepository(PermissionEntity)
      .delete({ aco: "Resource", acoForeignKey: resourceId });
    await m.getRepository(FavoriteEntity).delete({ foreignKey: resourceId, foreignModel: "Resource" });
    await deleteTagLinksOf(m, [resourceId]);
    await recordAudits(m, [
      {
        action: "resource.delete",
        actorId,
        targetType: "Resource",
        targetId: resourceId,
        data: { secrets: secrets.affected ?? 0, permissions: permissions.affected ?? 0 },
      },
    ]);
  });
}

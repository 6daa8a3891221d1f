import { IsNull, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { SecretEntity, type Secret } from "../../db/entities/Secret.ts";
import { SecretAccessEntity } from "../../db/entities/SecretAccess.ts";
import { newId } from "../../db/ids.ts";
import { chunks, nowSeconds } from "../../db/rawRows.ts";
import { notFound } from "../../http/errors.ts";
import { findEffectivePermissionType } from "../permissions/permissions.queries.ts";
import { recordAudits } from "../audit/audit.service.ts";

export const SECRET_NOT_FOUND = "The secret does not exist.";

/**
 * Logs that `userId` read these secrets (secret_accesses) and audits each read (audit_log,
 * `secret.read` on the resource): multi-row inserts, chunked only for very long lists.
 */
export async function recordSecretAccesses(
  m: EntityManager,
  userId: string,
  secrets: Secret[],
): Promise<void> {
  const created = nowSeconds();
  for (const part of chunks(secrets, 1000))
    await m
      .getRepository(SecretAccessEntity)
      .insert(part.map((s) => ({ id: newId(), userId, resourceId: s.resourceId, secretId: s.id, created })));
  await recordAudits(
    m,
    secrets.map((s) => ({
      action: "secret.read" as const,
      actorId: userId,
      targetType: "Resource" as const,
      targetId: s.resourceId,
      data: { secret_id: s.id },
    })),
  );
}

/**
 * The caller's own current secret of a resource they can reach, with the read logged.
 * @throws AppError 404 "The secret does not exist." alike for no such resource, a deleted one,
 *   no access, or no secret: nothing tells these apart
 */
export async function findSecretFor(db: Db, actorId: string, resourceId: string): Promise<Secret> {
  return db.read(async (m) => {
    const secret = await m
      .getRepository(SecretEntity)
      .findOneBy({ resourceId, userId: actorId, deleted: IsNull() });
    const visible =
      secret &&
      (await m.getRepository(ResourceEntity).existsBy({ id: resourceId, deleted: false })) &&
      (await findEffectivePermissionType(m, actorId, resourceId)) !== null;
    if (!visible)
      throw notFound(SECRET_NOT_FOUND, secret ? "resource deleted or no permission" : "no secret");
    await recordSecretAccesses(m, actorId, [secret]);
    return secret;
  });
}

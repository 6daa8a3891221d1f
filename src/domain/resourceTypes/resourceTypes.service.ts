import { In, IsNull, Not, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { ResourceTypeEntity, type ResourceType } from "../../db/entities/ResourceType.ts";
import { notFound, validationFailed } from "../../http/errors.ts";
import { V4_RESOURCE_TYPE_SLUGS } from "./resourceTypes.schemas.ts";

export interface ResourceTypeListOptions {
  /** filter[is-deleted]: true lists only deleted types, false (the default) only the others. */
  deleted: boolean;
  /** contain[resources_count] (admins): non-deleted resources of each type. */
  withCount: boolean;
}

/** The resource types, by slug, with their resource counts when asked. */
export async function listResourceTypes(
  db: Db,
  opts: ResourceTypeListOptions,
): Promise<{ types: ResourceType[]; counts?: Map<string, number> }> {
  return db.read(async (m) => {
    const types = await m
      .getRepository(ResourceTypeEntity)
      .find({ where: { deleted: opts.deleted ? Not(IsNull()) : IsNull() }, order: { slug: "ASC" } });
    if (!opts.withCount) return { types };
    const rows: { resource_type_id: string; n: number | string }[] = await m.query(
      `SELECT resource_type_id, COUNT(*) AS n FROM resources WHERE deleted = 0 GROUP BY resource_type_id`,
    );
    return { types, counts: new Map(rows.map((r) => [r.resource_type_id, Number(r.n)])) };
  });
}

/** @throws AppError 404 when no type has this id (deleted ones are still found) */
export async function findResourceType(db: Db, id: string): Promise<ResourceType> {
  const type = await db.read((m) => m.getRepository(ResourceTypeEntity).findOneBy({ id }));
  if (!type) throw notFound("The resource type does not exist.");
  return type;
}

/** The type if resources may use it now: it exists, is not deleted, and is a v4 type. */
export async function findUsableResourceType(m: EntityManager, id: string): Promise<ResourceType | null> {
  return m.getRepository(ResourceTypeEntity).findOneBy({
    id,
    deleted: IsNull(),
    slug: In([...V4_RESOURCE_TYPE_SLUGS]),
  });
}

/**
 * The type a resource is created with or moved to.
 * @throws AppError 400 resource_type_id.resource_type_exists for an unknown, deleted or v5 type
 */
export async function assertUsableResourceType(
  m: EntityManager,
  id: string,
  message: string,
): Promise<ResourceType> {
  const type = await findUsableResourceType(m, id);
  if (!type)
    throw validationFailed(message, {
      resource_type_id: { resource_type_exists: "The resource type does not exist or cannot be used." },
    });
  return type;
}

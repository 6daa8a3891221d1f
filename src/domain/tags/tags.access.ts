/**
 * Which tags a user sees: a personal tag when they have put it on a resource themselves, a
 * shared tag when it is on a live resource they can read. Anything else answers 404.
 */
import { In, IsNull, type EntityManager } from "typeorm";
import type { PermissionType } from "../../db/entities/Permission.ts";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { ResourceTagEntity, type ResourceTag } from "../../db/entities/ResourceTag.ts";
import { TagEntity, type Tag } from "../../db/entities/Tag.ts";
import { notFound } from "../../http/errors.ts";
import { accessibleAcosSql } from "../access/index.ts";
import { orderedJoin } from "../../db/dialect.ts";

export const TAG_NOT_FOUND = "The tag does not exist.";

export interface TagHolder {
  resourceId: string;
  /** The user's effective permission on the resource, null without any. */
  permission: PermissionType | null;
}

/** The live resources carrying a shared tag, with the user's permission on each. */
export async function findSharedTagHolders(
  m: EntityManager,
  userId: string,
  tagId: string,
): Promise<TagHolder[]> {
  const links = await m.getRepository(ResourceTagEntity).findBy({ tagId, userId: IsNull() });
  const linked = [...new Set(links.map((l) => l.resourceId))];
  if (!linked.length) return [];
  const live = await m
    .getRepository(ResourceEntity)
    .find({ select: { id: true }, where: { id: In(linked), deleted: false } });
  if (!live.length) return [];
  const access = accessibleAcosSql(
    orderedJoin(m),
    userId,
    "Resource",
    live.map((r) => r.id),
  );
  const rows: { resource_id: string; type: number | string }[] = await m.query(access.sql, access.params);
  const types = new Map(rows.map((r) => [r.resource_id, Number(r.type) as PermissionType]));
  return live.map((r) => ({ resourceId: r.id, permission: types.get(r.id) ?? null }));
}

/**
 * The tag and the links a change to it affects: the user's own links of a personal tag, every
 * link of a shared tag.
 * @throws AppError 404 when the tag does not exist or the user does not see it
 */
export async function findVisibleTag(
  m: EntityManager,
  userId: string,
  tagId: string,
): Promise<{ tag: Tag; links: ResourceTag[] }> {
  const tag = await m.getRepository(TagEntity).findOneBy({ id: tagId });
  if (!tag) throw notFound(TAG_NOT_FOUND, "no such tag");
  const links = await m
    .getRepository(ResourceTagEntity)
    .findBy({ tagId, userId: tag.isShared ? IsNull() : userId });
  const visible = tag.isShared
    ? (await findSharedTagHolders(m, userId, tagId)).some((h) => h.permission !== null)
    : links.length > 0;
  if (!visible)
    throw notFound(TAG_NOT_FOUND, tag.isShared ? "on no resource the user can read" : "not theirs");
  return { tag, links };
}

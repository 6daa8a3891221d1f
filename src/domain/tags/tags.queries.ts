/**
 * Tag lookups shared by /tags and the resources' contain[tag] / filter[has-tag]. A tag's id is
 * uuid5("tag.id.<slug>"), so its id is known from its slug and a tag row can be created by
 * "insert unless present" without reading it first.
 */
import { v5 as uuidv5 } from "uuid";
import { In, type EntityManager } from "typeorm";
import { TagEntity, type Tag } from "../../db/entities/Tag.ts";
import { ResourceTagEntity } from "../../db/entities/ResourceTag.ts";
import { chunks, placeholders, toBool } from "../../db/rawRows.ts";
import { PASSBOLT_NAMESPACE } from "../../http/action.ts";
import { insertRows } from "../../db/insert.ts";

export const tagIdOf = (slug: string): string => uuidv5(`tag.id.${slug}`, PASSBOLT_NAMESPACE);

/** A slug starting with "#" names a shared tag; any other a personal one. */
export const isSharedSlug = (slug: string): boolean => slug.startsWith("#");

interface TagRow {
  resource_id: string;
  id: string;
  slug: string;
  is_shared: unknown;
}

const toTag = (r: { id: string; slug: string; is_shared: unknown }): Tag => ({
  id: r.id,
  slug: r.slug,
  isShared: toBool(r.is_shared),
});

/**
 * The tags the user sees on each resource (their personal tags and the shared ones), by
 * resource id, sorted by slug. One query per chunk of ids.
 */
export async function findTagsOfResources(
  m: EntityManager,
  userId: string,
  resourceIds: string[],
): Promise<Map<string, Tag[]>> {
  const out = new Map<string, Tag[]>();
  for (const ids of chunks([...new Set(resourceIds)])) {
    if (!ids.length) continue;
    const rows: TagRow[] = await m.query(
      `SELECT DISTINCT rt.resource_id, t.id, t.slug, t.is_shared
         FROM resources_tags rt JOIN tags t ON t.id = rt.tag_id
        WHERE rt.resource_id IN (${placeholders(ids.length)}) AND (rt.user_id = ? OR rt.user_id IS NULL)
        ORDER BY rt.resource_id, t.slug`,
      [...ids, userId],
    );
    for (const r of rows) out.set(r.resource_id, [...(out.get(r.resource_id) ?? []), toTag(r)]);
  }
  return out;
}

/**
 * The tags the user sees on the resources they can reach (not deleted), sorted by slug.
 * @param accessible the derived table (resource_id, type) of accessibleAcosSql
 */
export async function findTagsOnResources(
  m: EntityManager,
  userId: string,
  accessible: { sql: string; params: unknown[] },
): Promise<Tag[]> {
  const rows: { id: string; slug: string; is_shared: unknown }[] = await m.query(
    `SELECT DISTINCT t.id, t.slug, t.is_shared
       FROM (${accessible.sql}) a
       JOIN resources r ON r.id = a.resource_id AND r.deleted = 0
       JOIN resources_tags rt ON rt.resource_id = r.id AND (rt.user_id = ? OR rt.user_id IS NULL)
       JOIN tags t ON t.id = rt.tag_id
      ORDER BY t.slug`,
    [...accessible.params, userId],
  );
  return rows.map(toTag);
}

/** Inserts the tags that do not exist yet (concurrent inserts of the same slug are harmless). */
export async function ensureTags(m: EntityManager, slugs: string[]): Promise<Tag[]> {
  const tags = [...new Set(slugs)].map((slug) => ({ id: tagIdOf(slug), slug, isShared: isSharedSlug(slug) }));
  await insertRows(m, TagEntity, tags, { orIgnore: true });
  return tags;
}

/** Deletes those of these tags that no resource carries any more. */
export async function deleteTagsIfUnused(m: EntityManager, tagIds: string[]): Promise<void> {
  const ids = [...new Set(tagIds)];
  if (!ids.length) return;
  const used = await m
    .getRepository(ResourceTagEntity)
    .find({ select: { tagId: true }, where: { tagId: In(ids) } });
  const unused = ids.filter((id) => !used.some((u) => u.tagId === id));
  if (unused.length) await m.getRepository(TagEntity).delete({ id: In(unused) });
}

/**
 * Removes every tag link of these resources, and the tags left unused: for resource deletion,
 * which hard-deletes a resource's tag links as Passbolt does (call it in the same transaction).
 */
export async function deleteTagLinksOf(m: EntityManager, resourceIds: string[]): Promise<void> {
  const ids = [...new Set(resourceIds)];
  if (!ids.length) return;
  const repo = m.getRepository(ResourceTagEntity);
  const links = await repo.find({ select: { id: true, tagId: true }, where: { resourceId: In(ids) } });
  if (!links.length) return;
  await repo.delete({ resourceId: In(ids) });
  await deleteTagsIfUnused(
    m,
    links.map((l) => l.tagId),
  );
}

/**
 * filter[has-tag] as a condition on the list query's resource alias `r`: the user's personal
 * tag or a shared tag with this slug is on the resource.
 */
export function hasTagCondition(userId: string, slug: string): { sql: string; params: unknown[] } {
  return {
    sql: `EXISTS (SELECT 1 FROM resources_tags ht WHERE ht.resource_id = r.id AND ht.tag_id = ?
            AND (ht.user_id = ? OR ht.user_id IS NULL))`,
    params: [tagIdOf(slug), userId],
  };
}

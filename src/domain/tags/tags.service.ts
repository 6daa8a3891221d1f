/**
 * Tags. Personal tags (any slug not starting with "#") belong to the user who puts them on a
 * resource: one resources_tags row with their user_id. Shared tags ("#...") are seen by every
 * user of the resource: rows with user_id NULL. Putting a shared tag on a resource, or taking it
 * off, needs update rights on that resource; renaming or deleting a shared tag needs update
 * rights on every resource that carries it (Passbolt refuses both to everyone).
 */
import { In, IsNull, type EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { ResourceTagEntity, type ResourceTag } from "../../db/entities/ResourceTag.ts";
import { TagEntity, type Tag } from "../../db/entities/Tag.ts";
import { newId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { forbidden, validationFailed } from "../../http/errors.ts";
import {
  deleteTagsIfUnused,
  ensureTags,
  findTagsOfResources,
  findTagsOnResources,
  isSharedSlug,
} from "./tags.queries.ts";
import { findSharedTagHolders, findVisibleTag } from "./tags.access.ts";
import { insertRows } from "../../db/insert.ts";
import { accessibleAcosSql, assertCan, canUpdate } from "../access/index.ts";
import { orderedJoin } from "../../db/dialect.ts";

export const INVALID_TAGS = "Could not validate tags data.";
export const SHARED_TAG_ON_RESOURCE = "You do not have the permission to edit shared tags on this resource.";

/** The tags the actor sees on the resources they can reach, sorted by slug. */
export async function listTags(db: Db, actorId: string): Promise<Tag[]> {
  return db.read((m) => findTagsOnResources(m, actorId, accessibleAcosSql(orderedJoin(m), actorId)));
}

/**
 * Sets the actor's tags on a resource to exactly `slugs`: their personal tags are added and
 * removed to match; shared tags too, when the actor may update the resource. Other users'
 * personal tags are left alone.
 * @returns the tags the actor now sees on the resource, sorted by slug
 * @throws AppError 404 (resource not visible), 400 tags.shared_tag_permission (a shared tag
 *   added or removed without update rights on the resource)
 */
export async function setResourceTags(
  db: Db,
  actorId: string,
  resourceId: string,
  slugs: string[],
): Promise<Tag[]> {
  return db.tx(async (m) => {
    const { permission } = await assertCan(m, actorId, "Resource", resourceId, "read");
    const wanted = new Set(slugs);
    const links = await m.getRepository(ResourceTagEntity).find({
      where: [
        { resourceId, userId: actorId },
        { resourceId, userId: IsNull() },
      ],
    });
    const tagIds = [...new Set(links.map((l) => l.tagId))];
    const known = tagIds.length ? await m.getRepository(TagEntity).findBy({ id: In(tagIds) }) : [];
    const slugOf = new Map(known.map((t) => [t.id, t.slug]));
    // a link whose tag row is gone (a concurrent cleanup) has no slug: it is removed
    const current = new Set(links.map((l) => slugOf.get(l.tagId)));
    const removed = links.filter((l) => !wanted.has(slugOf.get(l.tagId) ?? ""));
    const added = [...wanted].filter((slug) => !current.has(slug));
    const touchesShared =
      removed.some((l) => l.userId === null && slugOf.has(l.tagId)) ||
      added.some((slug) => isSharedSlug(slug));
    if (touchesShared && !canUpdate(permission))
      throw validationFailed(SHARED_TAG_ON_RESOURCE, {
        tags: { shared_tag_permission: SHARED_TAG_ON_RESOURCE },
      });
    if (removed.length) await m.getRepository(ResourceTagEntity).delete({ id: In(removed.map((l) => l.id)) });
    const tags = await ensureTags(m, added);
    const now = nowSeconds();
    if (tags.length)
      await insertRows(
        m,
        ResourceTagEntity,
        tags.map((t): ResourceTag => ({
          id: newId(),
          resourceId,
          tagId: t.id,
          userId: t.isShared ? null : actorId,
          created: now,
        })),
      );
    await deleteTagsIfUnused(
      m,
      removed.map((l) => l.tagId),
    );
    return (await findTagsOfResources(m, actorId, [resourceId])).get(resourceId) ?? [];
  });
}

/**
 * Moves the links of `from` onto the tag `to` (created if needed); where a resource already
 * carries `to` for the same owner, the old link is dropped instead.
 */
async function relink(m: EntityManager, links: ResourceTag[], to: Tag): Promise<void> {
  if (!links.length) return;
  const repo = m.getRepository(ResourceTagEntity);
  const resourceIds = [...new Set(links.map((l) => l.resourceId))];
  const existing = await repo.find({ where: { tagId: to.id, resourceId: In(resourceIds) } });
  const key = (l: { resourceId: string; userId: string | null }) => `${l.resourceId}:${l.userId ?? ""}`;
  const taken = new Set(existing.map(key));
  const drop: string[] = [];
  const move: string[] = [];
  for (const l of links) {
    if (taken.has(key(l))) drop.push(l.id);
    else {
      move.push(l.id);
      taken.add(key(l));
    }
  }
  if (drop.length) await repo.delete({ id: In(drop) });
  if (move.length) await repo.update({ id: In(move) }, { tagId: to.id });
}

/**
 * Renames a tag. A personal tag is renamed for the actor only (their links move to the tag
 * with the new slug); a shared tag is renamed everywhere, and must stay shared.
 * @returns the tag with the new slug
 * @throws AppError 404 (a tag the actor does not see), 403 (shared, without update rights on
 *   every resource carrying it), 400 slug.personal_to_shared / slug.shared_to_personal
 */
export async function renameTag(db: Db, actorId: string, tagId: string, slug: string): Promise<Tag> {
  return db.tx(async (m) => {
    const { tag, links } = await findVisibleTag(m, actorId, tagId);
    if (tag.isShared) {
      if (!isSharedSlug(slug))
        throw validationFailed(INVALID_TAGS, {
          slug: { shared_to_personal: "A shared tag should start with a hashtag." },
        });
      await assertMayEditSharedTag(m, actorId, tag, "You do not have the permission to update shared tags.");
    } else if (isSharedSlug(slug)) {
      const message = "You do not have the permission to change a personal tag into shared tag.";
      throw validationFailed(message, { slug: { personal_to_shared: message } });
    }
    if (slug === tag.slug) return tag;
    const [renamed] = await ensureTags(m, [slug]);
    await relink(m, links, renamed!);
    await deleteTagsIfUnused(m, [tag.id]);
    return renamed!;
  });
}

/**
 * Deletes a tag: the actor's own links of a personal tag, or every link of a shared tag.
 * @throws AppError 404 (a tag the actor does not see), 403 (shared, without update rights on
 *   every resource carrying it)
 */
export async function deleteTag(db: Db, actorId: string, tagId: string): Promise<void> {
  await db.tx(async (m) => {
    const { tag, links } = await findVisibleTag(m, actorId, tagId);
    if (tag.isShared)
      await assertMayEditSharedTag(m, actorId, tag, "You do not have the permission to delete shared tags.");
    if (links.length) await m.getRepository(ResourceTagEntity).delete({ id: In(links.map((l) => l.id)) });
    await deleteTagsIfUnused(m, [tag.id]);
  });
}

/** @throws AppError 403 unless the actor may update every live resource carrying the shared tag */
async function assertMayEditSharedTag(m: EntityManager, actorId: string, tag: Tag, message: string) {
  const holders = await findSharedTagHolders(m, actorId, tag.id);
  const blocked = holders.filter((h) => !canUpdate(h.permission));
  if (blocked.length) throw forbidden(message, `no update right on ${blocked.length} resource(s)`);
}

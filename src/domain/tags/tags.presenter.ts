import type { Tag } from "../../db/entities/Tag.ts";

/** The wire shape of a tag (also used by the resources' contain[tag]). */
export const presentTag = (t: Tag) => ({ id: t.id, slug: t.slug, is_shared: t.isShared });

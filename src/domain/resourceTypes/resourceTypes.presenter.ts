import type { ResourceType } from "../../db/entities/ResourceType.ts";
import { isoDate, isoDateOrNull } from "../../http/dates.ts";

/** The wire shape of a resource type; `definition` is sent as an object, as Passbolt decodes it. */
export function presentResourceType(t: ResourceType, resourcesCount?: number) {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    definition: t.definition ? (JSON.parse(t.definition) as object) : null,
    created: isoDate(t.created),
    modified: isoDate(t.modified),
    deleted: isoDateOrNull(t.deleted),
    ...(resourcesCount !== undefined ? { resources_count: resourcesCount } : {}),
  };
}

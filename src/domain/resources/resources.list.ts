/** Reading resources: the list (GET /resources) and one resource (GET /resources/{id}). */
import type { Db } from "../../db/db.ts";
import { notFound } from "../../http/errors.ts";
import type { Pagination } from "../../http/envelope.ts";
import { paginationHeader, type PageRequest } from "../../http/pagination.ts";
import { recordSecretAccesses } from "../secrets/secrets.service.ts";
import { loadContains, type Contained } from "./resources.contains.ts";
import { findAccessibleResources, type ResourceFilters, type ResourceRow } from "./resources.queries.ts";
import type { ResourceContain } from "./resources.schemas.ts";
import { RESOURCE_NOT_FOUND } from "../access/index.ts";

export interface ResourceListing {
  rows: ResourceRow[];
  contained: Contained;
  pagination: Pagination;
}

/**
 * The resources the actor can reach, with what they contain. Secrets read through
 * contain[secret] are logged in secret_accesses in the same request.
 * @throws AppError 404 for a page past the end
 */
export async function listResourcesFor(
  db: Db,
  actorId: string,
  filters: ResourceFilters,
  page: PageRequest,
  contains: Set<ResourceContain>,
): Promise<ResourceListing> {
  return db.read(async (m) => {
    const { rows, count } = await findAccessibleResources(m, actorId, filters, page);
    const pagination = paginationHeader(page, count);
    const contained = await loadContains(m, actorId, rows, contains);
    if (contained.secrets.size)
      await recordSecretAccesses(m, actorId, [...contained.secrets.values()].flat());
    return { rows, contained, pagination };
  });
}

/**
 * One resource the actor can reach.
 * @throws AppError 404 when it does not exist, is deleted, or the actor has no permission
 */
export async function viewResourceFor(
  db: Db,
  actorId: string,
  resourceId: string,
  contains: Set<ResourceContain>,
  opts: { recordSecretReads: boolean } = { recordSecretReads: true },
): Promise<{ row: ResourceRow; contained: Contained }> {
  return db.read(async (m) => {
    const { rows } = await findAccessibleResources(
      m,
      actorId,
      { ids: [resourceId] },
      {
        order: [],
        limit: null,
        offset: 0,
      },
    );
    const row = rows[0];
    if (!row) throw notFound(RESOURCE_NOT_FOUND);
    const contained = await loadContains(m, actorId, [row], contains);
    if (opts.recordSecretReads && contained.secrets.size)
      await recordSecretAccesses(m, actorId, [...contained.secrets.values()].flat());
    return { row, contained };
  });
}

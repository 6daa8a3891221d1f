/**
 * Passbolt's pagination: `page`, `limit`, `sort=<Model.field>` + `direction=asc|desc`, and the
 * legacy `order[]=Model.field DESC`. Without `limit` everything comes back (the extension does
 * not page). A page past the end answers 404; a sort field outside the whitelist answers 400.
 */
import { badRequest, notFound } from "./errors.ts";
import type { Pagination } from "./envelope.ts";
import type { QueryParam } from "./routeSpec.ts";

export interface PageRequest {
  page: number;
  limit: number | null;
  offset: number;
  /** [column expression, direction] pairs, from the whitelist. */
  order: [string, "ASC" | "DESC"][];
}

export const paginationParams: QueryParam[] = [
  {
    name: "page",
    schema: { type: "string", pattern: "^[1-9][0-9]{0,6}$" },
    description: "Page number, from 1",
  },
  {
    name: "limit",
    schema: { type: "string", pattern: "^[1-9][0-9]{0,6}$" },
    description: "Items per page (default: all)",
  },
  { name: "sort", schema: { type: "string", maxLength: 64 }, description: "Sort field, e.g. Resources.name" },
  {
    name: "direction",
    schema: { type: "string", pattern: "^(?:[Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$" },
    description: "asc or desc",
  },
  {
    name: "order[]",
    schema: { type: "array", items: { type: "string", maxLength: 80 }, maxItems: 5 },
    array: true,
    description: "Legacy: Model.field [ASC|DESC]",
  },
];

/**
 * @param sortable map from Passbolt's field name ("Resources.name") to a column expression
 * @param defaultOrder used when the request names no sort
 * @throws AppError 400 for a sort field outside `sortable`
 */
export function readPageRequest(
  query: Record<string, unknown>,
  sortable: Record<string, string>,
  defaultOrder: [string, "ASC" | "DESC"][],
): PageRequest {
  const page = query.page ? Number(query.page) : 1;
  const limit = query.limit ? Number(query.limit) : null;
  const wanted: [string, string][] = [];
  if (typeof query.sort === "string") wanted.push([query.sort, String(query.direction ?? "asc")]);
  for (const entry of (query["order[]"] as string[] | undefined) ?? []) {
    const [field, dir] = entry.trim().split(/\s+/);
    wanted.push([field ?? "", dir ?? "asc"]);
  }
  const order: [string, "ASC" | "DESC"][] = [];
  for (const [field, dir] of wanted) {
    // own keys only: "valueOf" or "constructor" must not find Object.prototype's members
    const column = Object.hasOwn(sortable, field) ? sortable[field] : undefined;
    if (!column) throw badRequest(`Invalid order. "${field}" is not in the list of allowed order.`);
    order.push([column, dir.toUpperCase() === "DESC" ? "DESC" : "ASC"]);
  }
  return { page, limit, offset: limit ? (page - 1) * limit : 0, order: order.length ? order : defaultOrder };
}

/** header.pagination; @throws AppError 404 for a page past the end (page 1 of nothing is fine). */
export function paginationHeader(req: PageRequest, count: number): Pagination {
  if (req.limit && req.page > 1 && req.offset >= count) throw notFound("Not Found");
  return { count, page: req.page, limit: req.limit };
}

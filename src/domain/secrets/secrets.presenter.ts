import type { Secret } from "../../db/entities/Secret.ts";
import { isoDate, isoDateOrNull } from "../../http/dates.ts";

/** The wire shape of a secret; `data` is returned byte for byte as it was stored. */
export function presentSecret(s: Secret) {
  return {
    id: s.id,
    user_id: s.userId,
    resource_id: s.resourceId,
    data: s.data,
    created: isoDate(s.created),
    modified: isoDate(s.modified),
    created_by: s.createdBy,
    modified_by: s.modifiedBy,
    deleted: isoDateOrNull(s.deleted),
    secret_revision_id: s.secretRevisionId,
  };
}

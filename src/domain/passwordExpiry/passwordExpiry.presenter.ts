import { isoDate } from "../../http/dates.ts";
import type { PasswordExpirySettings } from "./passwordExpiry.settings.ts";

/** Saved settings with their row metadata; without any, the two flags (false), as Passbolt. */
export function presentPasswordExpirySettings({ row, value }: PasswordExpirySettings) {
  if (!row) return { automatic_expiry: false, automatic_update: false };
  return {
    id: row.id,
    ...value,
    created: isoDate(row.created),
    created_by: row.createdBy,
    modified: isoDate(row.modified),
    modified_by: row.modifiedBy,
  };
}

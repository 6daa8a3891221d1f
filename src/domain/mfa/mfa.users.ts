/** contain[is_mfa_enabled] of GET /users.json (administrators): who set up a second factor. */
import type { EntityManager } from "typeorm";
import { chunks, placeholders } from "../../db/rawRows.ts";

/** The ids among `userIds` with TOTP set up (one query per 1000 ids). */
export async function mfaEnabledAmong(m: EntityManager, userIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(userIds, 1000)) {
    if (!part.length) continue;
    const rows = (await m.query(
      `SELECT user_id FROM mfa_accounts WHERE user_id IN (${placeholders(part.length)})`,
      part,
    )) as { user_id: string }[];
    for (const r of rows) found.add(r.user_id);
  }
  return found;
}

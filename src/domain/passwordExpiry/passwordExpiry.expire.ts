/**
 * Automatic expiry: with `automatic_expiry` on, a resource whose secrets were removed because
 * someone lost access (share revoke, group member removal, user deletion) is marked expired,
 * so that its users know to change the password.
 */
import { In, type EntityManager } from "typeorm";
import { ResourceEntity } from "../../db/entities/Resource.ts";
import { chunks, nowSeconds } from "../../db/rawRows.ts";
import { findPasswordExpirySettings } from "./passwordExpiry.settings.ts";

/**
 * Call inside the transaction that removed the secrets, with its EntityManager. When the
 * settings have `automatic_expiry` on, sets `expired = now` on those of `resourceIds` that are
 * not deleted and not expired already (null, or a date still in the future); `modified` is not
 * changed, as Passbolt. With the setting off (or no settings saved) it does nothing.
 * @returns the ids of the resources it marked expired
 */
export async function expireResourcesIfAutomatic(m: EntityManager, resourceIds: string[]): Promise<string[]> {
  const ids = [...new Set(resourceIds.map((id) => id.toLowerCase()))];
  if (!ids.length) return [];
  const { value } = await findPasswordExpirySettings(m);
  if (!value.automatic_expiry) return [];
  const now = nowSeconds();
  const repo = m.getRepository(ResourceEntity);
  const expired: string[] = [];
  for (const part of chunks(ids)) {
    const live = await repo.find({
      select: { id: true, expired: true },
      where: { id: In(part), deleted: false },
    });
    const toExpire = live.filter((r) => r.expired === null || r.expired > now).map((r) => r.id);
    if (toExpire.length) await repo.update({ id: In(toExpire) }, { expired: now });
    expired.push(...toExpire);
  }
  return expired;
}

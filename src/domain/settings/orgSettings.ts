/**
 * Organisation-wide settings stored as one organization_settings row each (a JSON value under a
 * property name; its id is uuid5 of the name): read, and replaced in one transaction with the
 * row locked on MariaDB/MySQL so two administrators saving at once do not lose a change.
 */
import type { EntityManager } from "typeorm";
import { v5 as uuidv5 } from "uuid";
import type { Db } from "../../db/db.ts";
import {
  OrganizationSettingEntity,
  type OrganizationSetting,
} from "../../db/entities/OrganizationSetting.ts";
import { newId } from "../../db/ids.ts";
import { insertRows } from "../../db/insert.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { PASSBOLT_NAMESPACE } from "../../http/action.ts";

export const settingId = (property: string): string => uuidv5(property, PASSBOLT_NAMESPACE);

/** The stored row of `property`, or null. */
export function findOrgSetting(m: EntityManager, property: string): Promise<OrganizationSetting | null> {
  return m.getRepository(OrganizationSettingEntity).findOneBy({ propertyId: settingId(property) });
}

/**
 * Stores `next(current row)` as the value of `property` (the row keeps its id and creation).
 * @returns the stored row and value
 */
export async function saveOrgSetting<V>(
  db: Db,
  property: string,
  actorId: string,
  next: (current: OrganizationSetting | null) => V,
): Promise<{ row: OrganizationSetting; value: V }> {
  return db.tx(async (m) => {
    const repo = m.getRepository(OrganizationSettingEntity);
    const current = await repo.findOne({
      where: { propertyId: settingId(property) },
      ...(db.isSqlite ? {} : { lock: { mode: "pessimistic_write" as const } }),
    });
    const value = next(current);
    const now = nowSeconds();
    const row: OrganizationSetting = {
      id: current?.id ?? newId(),
      propertyId: settingId(property),
      property,
      value: JSON.stringify(value),
      created: current?.created ?? now,
      createdBy: current?.createdBy ?? actorId,
      modified: now,
      modifiedBy: actorId,
    };
    if (current) await repo.update({ id: current.id }, row);
    else await insertRows(m, OrganizationSettingEntity, row);
    return { row, value };
  });
}

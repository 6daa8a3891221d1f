/**
 * The password expiry settings: one organization_settings row (property "passwordExpiry"),
 * absent until an administrator saves them (then the feature is on), removed by DELETE.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import {
  OrganizationSettingEntity,
  type OrganizationSetting,
} from "../../db/entities/OrganizationSetting.ts";
import { notFound } from "../../http/errors.ts";
import type { PasswordExpiryValue } from "./passwordExpiry.schemas.ts";
import { findOrgSetting, saveOrgSetting } from "../settings/orgSettings.ts";

export const PASSWORD_EXPIRY_PROPERTY = "passwordExpiry";

export interface PasswordExpirySettings {
  /** null: nothing saved, the defaults apply. */
  row: OrganizationSetting | null;
  value: Required<PasswordExpiryValue>;
}

const DEFAULTS: Required<PasswordExpiryValue> = {
  automatic_expiry: false,
  automatic_update: false,
  policy_override: false,
  default_expiry_period: null,
  expiry_notification: null,
};

function parse(row: OrganizationSetting | null): PasswordExpirySettings {
  if (!row) return { row, value: DEFAULTS };
  let stored: Partial<PasswordExpiryValue> = {};
  try {
    stored = JSON.parse(row.value) as Partial<PasswordExpiryValue>;
  } catch {
    // unreadable: treat as the defaults rather than fail every request that reads them
  }
  return { row, value: { ...DEFAULTS, ...stored } };
}

/** The settings, read with the caller's EntityManager (inside their transaction if any). */
export async function findPasswordExpirySettings(m: EntityManager): Promise<PasswordExpirySettings> {
  return parse(await findOrgSetting(m, PASSWORD_EXPIRY_PROPERTY));
}

export const getPasswordExpirySettings = (db: Db) => db.read(findPasswordExpirySettings);

/** Creates or replaces the settings (the row keeps its id and creation). */
export async function savePasswordExpirySettings(
  db: Db,
  actorId: string,
  body: PasswordExpiryValue,
): Promise<PasswordExpirySettings> {
  const value: Required<PasswordExpiryValue> = {
    automatic_expiry: body.automatic_expiry,
    automatic_update: body.automatic_update,
    policy_override: body.policy_override ?? false,
    default_expiry_period: body.default_expiry_period ?? null,
    expiry_notification: body.expiry_notification ?? null,
  };
  return saveOrgSetting(db, PASSWORD_EXPIRY_PROPERTY, actorId, () => value);
}

/**
 * Removes the settings (the defaults apply again).
 * @throws AppError 404 when nothing is saved or `id` is not the id of the saved settings
 */
export async function deletePasswordExpirySettings(db: Db, id: string): Promise<void> {
  await db.tx(async (m) => {
    const { row } = await findPasswordExpirySettings(m);
    if (!row || row.id !== id) throw notFound("The password expiry setting does not exist.");
    await m.getRepository(OrganizationSettingEntity).delete({ id });
  });
}

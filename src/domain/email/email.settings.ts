/**
 * Which events send mail, and what a mail may say: Passbolt's flat switches, one
 * organization_settings row ("emailNotification") over the defaults.
 * `show_secret` is accepted for compatibility and never honoured: no ciphertext is mailed.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import type { OrganizationSetting } from "../../db/entities/OrganizationSetting.ts";
import { findOrgSetting, saveOrgSetting } from "../settings/orgSettings.ts";

export const EMAIL_SETTINGS_PROPERTY = "emailNotification";

/** Every switch and its default. */
export const EMAIL_SWITCH_DEFAULTS = {
  send_user_create: true,
  send_user_recover: true,
  send_user_recoverComplete: true,
  send_admin_user_recover_complete: true,
  send_admin_user_recover_abort: true,
  send_admin_user_setup_completed: true,
  send_admin_user_disable_user: true,
  send_admin_user_disable_admin: true,
  send_password_create: false,
  send_password_update: true,
  send_password_delete: true,
  send_password_share: true,
  send_password_expire: true,
  send_comment_add: true,
  send_folder_create: false,
  send_folder_update: true,
  send_folder_delete: true,
  send_folder_share: true,
  send_group_delete: true,
  send_group_user_add: true,
  send_group_user_delete: true,
  send_group_user_update: true,
  send_group_manager_update: true,
  send_group_manager_requestAddUser: true,
  show_username: false,
  show_uri: false,
  show_description: false,
  show_comment: false,
  show_secret: false,
  purify_subject: false,
} as const;

export type EmailSwitch = keyof typeof EMAIL_SWITCH_DEFAULTS;
export type EmailSettings = Record<EmailSwitch, boolean>;

export interface EmailSettingsView {
  value: EmailSettings;
  /** A stored row exists. */
  fromDatabase: boolean;
}

function parse(row: OrganizationSetting | null): EmailSettingsView {
  let stored: Partial<EmailSettings> = {};
  if (row)
    try {
      stored = JSON.parse(row.value) as Partial<EmailSettings>;
    } catch {
      // unreadable: the defaults, rather than fail every event that reads them
    }
  const value = { ...EMAIL_SWITCH_DEFAULTS } as EmailSettings;
  for (const key of Object.keys(EMAIL_SWITCH_DEFAULTS) as EmailSwitch[])
    if (typeof stored[key] === "boolean") value[key] = stored[key];
  return { value, fromDatabase: !!row };
}

/** The settings, read with the caller's EntityManager (inside their transaction if any). */
export async function findEmailSettings(m: EntityManager): Promise<EmailSettingsView> {
  return parse(await findOrgSetting(m, EMAIL_SETTINGS_PROPERTY));
}

/** Merges `changes` into the stored settings, in one transaction; returns the whole set. */
export async function saveEmailSettings(
  db: Db,
  actorId: string,
  changes: Partial<EmailSettings>,
): Promise<EmailSettingsView> {
  const { value } = await saveOrgSetting(db, EMAIL_SETTINGS_PROPERTY, actorId, (current) => ({
    ...parse(current).value,
    ...changes,
  }));
  return { value, fromDatabase: true };
}

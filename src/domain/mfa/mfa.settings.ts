/**
 * Which second factors the organisation allows: one organization_settings row (property
 * "mfa", value `{"providers": ["totp"]}`), absent until an administrator (or the operator with
 * `watchword mfa providers`) saves it. TOTP is the only provider Watchword implements: Yubikey
 * and Duo need outside services.
 */
import type { EntityManager } from "typeorm";
import type { Db } from "../../db/db.ts";
import { findOrgSetting, saveOrgSetting, settingId } from "../settings/orgSettings.ts";

export const MFA_PROPERTY = "mfa";
export const MFA_PROPERTY_ID = settingId(MFA_PROPERTY);
export type MfaProvider = "totp";
export const MFA_PROVIDERS: readonly MfaProvider[] = ["totp"];
/** Who saved the setting when the operator did, from the command line (no user). */
export const CLI_ACTOR_ID = "00000000-0000-0000-0000-000000000000";

/** The providers of a stored value (unreadable or unknown entries: none). */
export function parseProviders(value: string | null | undefined): MfaProvider[] {
  if (!value) return [];
  try {
    const parsed = JSON.parse(value) as { providers?: unknown };
    return Array.isArray(parsed.providers)
      ? MFA_PROVIDERS.filter((p) => (parsed.providers as unknown[]).includes(p))
      : [];
  } catch {
    return [];
  }
}

export async function findOrgProviders(m: EntityManager): Promise<MfaProvider[]> {
  return parseProviders((await findOrgSetting(m, MFA_PROPERTY))?.value);
}

export const orgAllowsTotp = async (m: EntityManager): Promise<boolean> =>
  (await findOrgProviders(m)).includes("totp");

/** Replaces the allowed providers. */
export async function saveOrgProviders(
  db: Db,
  actorId: string,
  providers: MfaProvider[],
): Promise<MfaProvider[]> {
  const { value } = await saveOrgSetting(db, MFA_PROPERTY, actorId, () => ({
    providers: MFA_PROVIDERS.filter((p) => providers.includes(p)),
  }));
  return value.providers;
}

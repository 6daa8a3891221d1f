/**
 * GET routes for the settings the extension reads in every session (clientSettings.defaults.ts):
 * each answers Passbolt's default, so no request of a normal session ends in 404. Read-only: an
 * administrator changes none of them on Watchword today (revisions and v5 metadata will own theirs).
 */
import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";
import {
  EXPORT_POLICIES,
  METADATA_KEYS_SETTINGS,
  METADATA_SETUP_SETTINGS,
  PASSWORD_POLICIES,
  SECRET_REVISIONS_SETTINGS,
} from "./clientSettings.defaults.ts";
import {
  accountSettingsSchema,
  exportPoliciesSchema,
  metadataKeysSettingsSchema,
  metadataSetupSettingsSchema,
  passwordPoliciesSchema,
  secretRevisionsSettingsSchema,
} from "./clientSettings.schemas.ts";

interface Fixed {
  path: string;
  name: string;
  summary: string;
  description: string;
  response: object;
  value: unknown;
}

const FIXED: Fixed[] = [
  {
    path: "/account/settings",
    name: "AccountSettingsIndex.index",
    summary: "List the caller's account settings",
    description:
      "Theme and locale settings: Watchword stores none, so the list is empty and clients use their defaults.",
    response: accountSettingsSchema,
    value: [],
  },
  {
    path: "/password-policies/settings",
    name: "PasswordPoliciesSettingsGet.get",
    summary: "Get the password generator policies",
    description:
      "Passbolt's defaults: 18-character passwords of every character class, or 9-word passphrases.",
    response: passwordPoliciesSchema,
    value: PASSWORD_POLICIES,
  },
  {
    path: "/password-generator/settings",
    name: "PasswordGeneratorSettingsGet.get",
    summary: "Get the password generator policies (legacy path)",
    description: "The same answer as `/password-policies/settings.json`, for clients that still ask here.",
    response: passwordPoliciesSchema,
    value: PASSWORD_POLICIES,
  },
  {
    path: "/export-policies/settings",
    name: "ExportPoliciesSettingsGet.get",
    summary: "Get the export policies",
    description: "Exports are KDBX files only (`allow_csv_format: false`).",
    response: exportPoliciesSchema,
    value: EXPORT_POLICIES,
  },
  {
    path: "/metadata/keys/settings",
    name: "MetadataKeysSettingsGet.get",
    summary: "Get the metadata keys settings",
    description:
      "Encrypted (v5) metadata is not offered yet. Personal keys are allowed, and the server is never given a " +
      "copy of a metadata private key (`zero_knowledge_key_share: true`).",
    response: metadataKeysSettingsSchema,
    value: METADATA_KEYS_SETTINGS,
  },
  {
    path: "/metadata/setup/settings",
    name: "MetadataSetupSettingsGet.get",
    summary: "Get the metadata setup settings",
    description: "The extension does not turn on encrypted metadata after the first administrator's setup.",
    response: metadataSetupSettingsSchema,
    value: METADATA_SETUP_SETTINGS,
  },
  {
    path: "/secret-revisions/settings",
    name: "SecretRevisionsSettingsGet.get",
    summary: "Get the secret revisions settings",
    description: "Only the current secret is kept (`max_revisions: 1`): clients show no history.",
    response: secretRevisionsSettingsSchema,
    value: SECRET_REVISIONS_SETTINGS,
  },
];

export function clientSettingsRoutes(_deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  for (const f of FIXED)
    mount(
      router,
      {
        method: "get",
        path: f.path,
        name: f.name,
        summary: f.summary,
        description: f.description,
        tags: ["Settings"],
        auth: "user",
        response: f.response,
      },
      async (ctx) => success(ctx, f.value),
    );
  return router;
}

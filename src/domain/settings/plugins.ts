/**
 * The plugins advertised in /settings.json. The extension calls the endpoints of every plugin
 * it sees enabled, so a plugin is listed here only once its endpoints exist.
 *
 * Favorites and comments are core in Passbolt (no plugin flag; the extension shows them by its
 * RBAC UI actions), so they are not listed. Tags (`tags`) and the activity tab (`auditLog`) are
 * Pro plugins in Passbolt; `passwordExpiry` is CE. `passwordExpiryPolicies` (Pro: default
 * expiry period, notifications) is not implemented, so it is not advertised. `folders` is CE
 * (folders, per-user trees, /move, /share/folder).
 */
export interface PluginInfo {
  version: string;
  enabled: boolean;
  /** rememberMe: how long the extension may keep the passphrase, seconds → label ("-1": until logout). */
  options?: Record<string, string>;
}

const on: PluginInfo = { version: "1.0.0", enabled: true };

export const PLUGINS: Record<string, PluginInfo> = {
  jwtAuthentication: { version: "1.0.0", enabled: true },
  tags: { version: "1.0.0", enabled: true },
  auditLog: { version: "1.0.0", enabled: true },
  passwordExpiry: { version: "1.0.0", enabled: true },
  folders: { version: "1.0.0", enabled: true },
  // GET|POST /settings/emails/notifications.json (src/domain/email/)
  emailNotificationSettings: { version: "1.0.0", enabled: true },
  // Client features that need no endpoint of their own: autofill on web forms, the password generator (its policy endpoints are optional), the
  // show-password buttons, TOTP resources (the types are seeded), KDBX/CSV import and export
  // (through the ordinary endpoints), disabling users (PUT /users/{id} with `disabled`).
  inFormIntegration: on,
  passwordGenerator: on,
  previewPassword: on,
  totpResourceTypes: on,
  import: on,
  export: on,
  disableUser: on,
  // the extension keeps the passphrase in memory itself; the server only offers the choices
  rememberMe: {
    ...on,
    options: {
      "300": "5 minutes",
      "900": "15 minutes",
      "1800": "30 minutes",
      "3600": "1 hour",
      "-1": "until I log out",
    },
  },
};

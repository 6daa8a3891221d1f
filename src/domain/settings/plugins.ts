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
}

export const PLUGINS: Record<string, PluginInfo> = {
  jwtAuthentication: { version: "1.0.0", enabled: true },
  tags: { version: "1.0.0", enabled: true },
  auditLog: { version: "1.0.0", enabled: true },
  passwordExpiry: { version: "1.0.0", enabled: true },
  folders: { version: "1.0.0", enabled: true },
  // GET|POST /settings/emails/notifications.json (src/domain/email/)
  emailNotificationSettings: { version: "1.0.0", enabled: true },
};

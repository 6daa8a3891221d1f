/**
 * The plugins advertised in /settings.json. The extension calls the endpoints of every plugin
 * it sees enabled, so a plugin is listed here only once its endpoints exist.
 */
export interface PluginInfo {
  version: string;
  enabled: boolean;
}

export const PLUGINS: Record<string, PluginInfo> = {
  jwtAuthentication: { version: "1.0.0", enabled: true },
};

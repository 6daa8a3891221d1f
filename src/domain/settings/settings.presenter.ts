import type { Config } from "../../config.ts";
import { PLUGINS } from "./plugins.ts";

export const APP_VERSION = { number: "5.12.0", name: "Watchword 0.1" };

/** The settings the extension reads; a guest gets the public part only. */
export function presentSettings(config: Config, loggedIn: boolean) {
  const app: Record<string, unknown> = { url: `${config.appUrl}/`, locale: "en-UK" };
  if (loggedIn) {
    Object.assign(app, {
      version: APP_VERSION,
      debug: false,
      server_timezone: "UTC",
      session_timeout: 24,
      image_storage: { public_path: "img/public/" },
    });
  }
  return {
    app,
    passbolt: {
      legal: { privacy_policy: { url: "" }, terms: { url: "" } },
      edition: "ce",
      plugins: PLUGINS,
    },
  };
}

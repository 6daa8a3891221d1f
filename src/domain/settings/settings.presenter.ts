import type { Config } from "../../config.ts";
import { PLUGINS } from "./plugins.ts";

export const APP_VERSION = { number: "5.12.0", name: "Watchword 0.1" };

/**
 * The settings the extension reads; a guest gets the public part only. `mfa`: the organisation
 * allows TOTP, so the multiFactorAuthentication plugin is listed (the extension shows its menus).
 */
export function presentSettings(config: Config, loggedIn: boolean, mfa = false) {
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
      plugins: mfa ? { ...PLUGINS, multiFactorAuthentication: { version: "1.1.0", enabled: true } } : PLUGINS,
    },
  };
}

export const settingsSchema = {
  type: "object",
  required: ["app", "passbolt"],
  properties: {
    app: {
      type: "object",
      required: ["url", "locale"],
      properties: {
        url: { type: "string" },
        locale: { type: "string" },
        version: { type: "object", properties: { number: { type: "string" }, name: { type: "string" } } },
        debug: { type: "boolean" },
        server_timezone: { type: "string" },
        session_timeout: { type: "integer" },
        image_storage: { type: "object" },
      },
    },
    passbolt: {
      type: "object",
      required: ["legal", "edition", "plugins"],
      properties: {
        legal: { type: "object" },
        edition: { type: "string" },
        plugins: {
          type: "object",
          additionalProperties: {
            type: "object",
            required: ["enabled"],
            properties: { enabled: { type: "boolean" }, version: { type: "string" } },
          },
        },
      },
    },
  },
};

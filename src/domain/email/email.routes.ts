import Router from "@koa/router";
import type { AppDeps } from "../../deps.ts";
import { success } from "../../http/envelope.ts";
import { input, mount } from "../../http/routeSpec.ts";
import type { AppState } from "../../http/types.ts";
import {
  EMAIL_SWITCH_DEFAULTS,
  findEmailSettings,
  saveEmailSettings,
  type EmailSettings,
  type EmailSettingsView,
  type EmailSwitch,
} from "./email.settings.ts";

const KEYS = Object.keys(EMAIL_SWITCH_DEFAULTS) as EmailSwitch[];
const TAGS = ["Email notifications"];

/** A switch as Passbolt accepts it: true/false, 1/0, "1"/"0", "true"/"false". */
const switchValue = { anyOf: [{ type: "boolean" }, { enum: [0, 1, "0", "1", "true", "false"] }] };

const bodySchema = {
  type: "object",
  // unknown keys are ignored, as by Passbolt
  additionalProperties: true,
  properties: Object.fromEntries(KEYS.map((k) => [k, switchValue])),
};

const responseSchema = {
  type: "object",
  additionalProperties: false,
  required: [...KEYS, "sources_database", "sources_file"],
  properties: {
    ...Object.fromEntries(KEYS.map((k) => [k, { type: "boolean" }])),
    sources_database: { type: "boolean", description: "Settings were saved (else the defaults apply)." },
    sources_file: { type: "boolean", description: "Always false: Watchword has no settings file." },
  },
};

const present = (view: EmailSettingsView) => ({
  ...view.value,
  sources_database: view.fromDatabase,
  sources_file: false,
});

const toBoolean = (v: unknown) => v === true || v === 1 || v === "1" || v === "true";

/** GET|POST /settings/emails/notifications.json: which events send mail (administrators). */
export function emailRoutes({ db }: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  mount(
    router,
    {
      method: "get",
      path: "/settings/emails/notifications",
      name: "EmailNotificationSettingsGet.get",
      summary: "Get the e-mail notification settings",
      description:
        "Administrators only. Passbolt's flat switches: `send_*` choose the events that send mail, " +
        "`show_*` what a mail may say about a password (off by default). `show_secret` is never " +
        "honoured: Watchword mails no ciphertext. Mail is sent only when the server has SMTP_URL.",
      tags: TAGS,
      auth: "admin",
      response: responseSchema,
    },
    async (ctx) => success(ctx, present(await db.read(findEmailSettings))),
  );
  mount(
    router,
    {
      method: "post",
      path: "/settings/emails/notifications",
      name: "EmailNotificationSettingsPost.post",
      summary: "Change e-mail notification settings",
      description:
        "Administrators only. Any subset of the switches, merged into the current settings; unknown keys " +
        "are ignored. Answers the whole set.",
      tags: TAGS,
      auth: "admin",
      body: { schema: bodySchema, message: "Could not validate the email notification settings." },
      response: responseSchema,
      example: { send_password_share: true, show_uri: true },
    },
    async (ctx) => {
      const body = input<Record<string, unknown>>(ctx).body;
      const changes: Partial<EmailSettings> = {};
      for (const key of KEYS) if (key in body) changes[key] = toBoolean(body[key]);
      success(
        ctx,
        present(await saveEmailSettings(db, ctx.state.actor.id, changes)),
        "The settings were saved.",
      );
    },
  );
  return router;
}

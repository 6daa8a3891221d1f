/**
 * The events that send mail: each call runs inside the transaction of the change that causes
 * it, checks its switch (email.settings.ts), renders the mails and queues them (one multi-row
 * insert whatever the number of recipients). Nothing happens without SMTP_URL.
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import { roleId } from "../../db/ids.ts";
import { placeholders, toDate } from "../../db/rawRows.ts";
import { queueMails, type OutgoingMail } from "./email.outbox.ts";
import { findEmailSettings, type EmailSettings, type EmailSwitch } from "./email.settings.ts";
import * as t from "./email.templates.ts";

export interface Recipient extends t.Person {
  id: string;
}

/** Users by id with their profile names: active, not deleted, not disabled (mail goes to them only). */
export async function recipients(m: EntityManager, ids: string[]): Promise<Recipient[]> {
  if (!ids.length) return [];
  const rows = (await m.query(
    `SELECT u.id, u.username, u.disabled, p.first_name, p.last_name FROM users u
       LEFT JOIN profiles p ON p.user_id = u.id
      WHERE u.id IN (${placeholders(ids.length)}) AND u.deleted = ?`,
    [...ids, false],
  )) as {
    id: string;
    username: string;
    disabled: unknown;
    first_name: string | null;
    last_name: string | null;
  }[];
  const now = new Date();
  return rows
    .filter((r) => {
      const disabled = toDate(r.disabled);
      return !disabled || disabled > now;
    })
    .map((r) => ({ id: r.id, username: r.username, firstName: r.first_name, lastName: r.last_name }));
}

/** The active administrators. */
export async function admins(m: EntityManager): Promise<Recipient[]> {
  const rows = (await m.query("SELECT id FROM users WHERE role_id = ? AND active = ? AND deleted = ?", [
    roleId("admin"),
    true,
    false,
  ])) as { id: string }[];
  return recipients(
    m,
    rows.map((r) => r.id),
  );
}

const ctxOf = (config: Config): t.MailContext => ({
  instanceName: config.instanceName,
  appUrl: config.appUrl,
});

/** The settings when mail is on and the switch is set; undefined otherwise (nothing to do). */
async function enabled(
  m: EntityManager,
  config: Config,
  key: EmailSwitch,
): Promise<EmailSettings | undefined> {
  if (!config.mail) return undefined;
  const { value } = await findEmailSettings(m);
  return value[key] ? value : undefined;
}

async function send(
  m: EntityManager,
  config: Config,
  to: t.Person[],
  render: (p: t.Person) => t.RenderedMail,
) {
  const mails: OutgoingMail[] = to.map((p) => ({ to: p.username, ...render(p) }));
  await queueMails(m, config, mails);
}

/** An invitation (new user, or a new setup link for one who never finished setup). */
export async function mailInvitation(
  m: EntityManager,
  config: Config,
  userId: string,
  link: string,
  byId: string | null,
): Promise<void> {
  if (!(await enabled(m, config, "send_user_create"))) return;
  const [user] = await recipients(m, [userId]);
  const [by] = byId ? await recipients(m, [byId]) : [null];
  if (user) await send(m, config, [user], () => t.invitation(ctxOf(config), by ?? null, link));
}

export async function mailRecovery(
  m: EntityManager,
  config: Config,
  userId: string,
  link: string,
): Promise<void> {
  if (!(await enabled(m, config, "send_user_recover"))) return;
  await send(m, config, await recipients(m, [userId]), () => t.recovery(ctxOf(config), link));
}

export async function mailSetupCompleted(m: EntityManager, config: Config, userId: string): Promise<void> {
  if (!(await enabled(m, config, "send_admin_user_setup_completed"))) return;
  const [user] = await recipients(m, [userId]);
  if (user) await send(m, config, await admins(m), () => t.setupCompleted(ctxOf(config), user));
}

export async function mailRecoveryCompleted(m: EntityManager, config: Config, userId: string): Promise<void> {
  if (!config.mail) return;
  const { value } = await findEmailSettings(m);
  const [user] = await recipients(m, [userId]);
  if (!user) return;
  if (value.send_user_recoverComplete)
    await send(m, config, [user], () => t.recoveryCompleted(ctxOf(config), user, false));
  if (value.send_admin_user_recover_complete)
    await send(
      m,
      config,
      (await admins(m)).filter((a) => a.id !== userId),
      () => t.recoveryCompleted(ctxOf(config), user, true),
    );
}

export async function mailRecoveryAborted(m: EntityManager, config: Config, userId: string): Promise<void> {
  if (!(await enabled(m, config, "send_admin_user_recover_abort"))) return;
  const [user] = await recipients(m, [userId]);
  if (user) await send(m, config, await admins(m), () => t.recoveryAborted(ctxOf(config), user));
}

/** The fields of a resource a mail may show: its name, and what the content switches allow. */
export interface ResourceFields {
  name: string | null;
  username: string | null;
  uri: string | null;
  description: string | null;
}

function itemFor(settings: EmailSettings, r: ResourceFields): t.ItemDetails {
  return {
    name: r.name,
    username: settings.show_username ? r.username : null,
    uri: settings.show_uri ? r.uri : null,
    description: settings.show_description ? r.description : null,
  };
}

type ResourceEvent = "share" | "update" | "delete";
const RESOURCE_SWITCH: Record<ResourceEvent, EmailSwitch> = {
  share: "send_password_share",
  update: "send_password_update",
  delete: "send_password_delete",
};
const RESOURCE_TEMPLATE = { share: t.resourceShared, update: t.resourceUpdated, delete: t.resourceDeleted };

/** A resource shared with, changed for, or deleted for these users (never the actor). */
export async function mailResourceEvent(
  m: EntityManager,
  config: Config,
  event: ResourceEvent,
  actorId: string,
  userIds: string[],
  resource: ResourceFields,
): Promise<void> {
  const targets = userIds.filter((id) => id !== actorId);
  if (!targets.length) return;
  const settings = await enabled(m, config, RESOURCE_SWITCH[event]);
  if (!settings) return;
  const [by] = await recipients(m, [actorId]);
  if (!by) return;
  const item = itemFor(settings, resource);
  await send(m, config, await recipients(m, [...new Set(targets)]), () =>
    RESOURCE_TEMPLATE[event](ctxOf(config), by, item),
  );
}

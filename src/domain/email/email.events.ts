/**
 * The events that send mail: each call runs inside the transaction of the change that causes
 * it, checks its switch (email.settings.ts), renders the mails and queues them (one multi-row
 * insert whatever the number of recipients). Nothing happens without SMTP_URL.
 */
import type { EntityManager } from "typeorm";
import type { Config } from "../../config.ts";
import { roleId } from "../../db/ids.ts";
import { chunks, placeholders, toDate } from "../../db/rawRows.ts";
import { queueMails, type OutgoingMail } from "./email.outbox.ts";
import { findEmailSettings, type EmailSettings, type EmailSwitch } from "./email.settings.ts";
import * as t from "./email.templates.ts";

export interface Recipient extends t.Person {
  id: string;
}

/** Ids per IN (...) list: well under SQLite's and MariaDB's bound-parameter limits. */
const RECIPIENT_CHUNK = 1000;

interface RecipientRow {
  id: string;
  username: string;
  disabled: unknown;
  first_name: string | null;
  last_name: string | null;
}

/**
 * Users by id with their profile names, not deleted, not disabled (mail goes to them only); one
 * query per RECIPIENT_CHUNK ids.
 */
export async function recipients(m: EntityManager, ids: string[]): Promise<Recipient[]> {
  const rows: RecipientRow[] = [];
  for (const part of chunks([...new Set(ids)], RECIPIENT_CHUNK))
    rows.push(
      ...((await m.query(
        `SELECT u.id, u.username, u.disabled, p.first_name, p.last_name FROM users u
           LEFT JOIN profiles p ON p.user_id = u.id
          WHERE u.id IN (${placeholders(part.length)}) AND u.deleted = ?`,
        [...part, false],
      )) as RecipientRow[]),
    );
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

/** User ids, or the lookup of them, run only once a mail is due (no query when mail is off). */
export type UserIds = string[] | (() => Promise<string[]>);

/**
 * The actor and the targets (never the actor), as recipients: one mail for all, rendered once.
 * Nothing when mail is off, the switch is off, or nobody is left.
 */
async function mailTargets(
  m: EntityManager,
  config: Config,
  key: EmailSwitch,
  actorId: string,
  userIds: UserIds,
  render: (settings: EmailSettings, by: t.Person) => t.RenderedMail,
): Promise<void> {
  const settings = await enabled(m, config, key);
  if (!settings) return;
  const targets = (typeof userIds === "function" ? await userIds() : userIds).filter((id) => id !== actorId);
  if (!targets.length) return;
  const people = await recipients(m, [actorId, ...targets]);
  const by = people.find((p) => p.id === actorId);
  if (!by) return;
  const mail = render(settings, by);
  await send(
    m,
    config,
    people.filter((p) => p.id !== actorId),
    () => mail,
  );
}

export type ItemEvent = "share" | "update" | "delete";
const RESOURCE_SWITCH: Record<ItemEvent, EmailSwitch> = {
  share: "send_password_share",
  update: "send_password_update",
  delete: "send_password_delete",
};
const RESOURCE_TEMPLATE = { share: t.resourceShared, update: t.resourceUpdated, delete: t.resourceDeleted };

/**
 * A resource shared with (the users who gained access), changed for, or deleted for these users
 * (never the actor). For a deletion, call it before the permissions go, in the same transaction.
 */
export async function mailResourceEvent(
  m: EntityManager,
  config: Config,
  event: ItemEvent,
  actorId: string,
  userIds: UserIds,
  resource: ResourceFields,
): Promise<void> {
  await mailTargets(m, config, RESOURCE_SWITCH[event], actorId, userIds, (settings, by) =>
    RESOURCE_TEMPLATE[event](ctxOf(config), by, itemFor(settings, resource)),
  );
}

const FOLDER_SWITCH: Record<ItemEvent, EmailSwitch> = {
  share: "send_folder_share",
  update: "send_folder_update",
  delete: "send_folder_delete",
};
const FOLDER_TEMPLATE = { share: t.folderShared, update: t.folderUpdated, delete: t.folderDeleted };

/** A folder shared with, renamed for, or deleted for these users (never the actor). */
export async function mailFolderEvent(
  m: EntityManager,
  config: Config,
  event: ItemEvent,
  actorId: string,
  userIds: UserIds,
  folder: t.FolderDetails,
): Promise<void> {
  await mailTargets(m, config, FOLDER_SWITCH[event], actorId, userIds, (_settings, by) =>
    FOLDER_TEMPLATE[event](ctxOf(config), by, folder),
  );
}

/** A comment on a resource, to the users with access but its author; its text only with show_comment. */
export async function mailCommentAdded(
  m: EntityManager,
  config: Config,
  authorId: string,
  userIds: UserIds,
  resource: ResourceFields,
  content: string,
): Promise<void> {
  await mailTargets(m, config, "send_comment_add", authorId, userIds, (settings, by) =>
    t.commentAdded(ctxOf(config), by, itemFor(settings, resource), settings.show_comment ? content : null),
  );
}

/** A change of one membership: the member added, removed, or made (or unmade) a manager. */
export interface MembershipNotice {
  userId: string;
  change: "add" | "delete" | "update";
  isAdmin: boolean;
}

const MEMBERSHIP_SWITCH: Record<MembershipNotice["change"], EmailSwitch> = {
  add: "send_group_user_add",
  delete: "send_group_user_delete",
  update: "send_group_user_update",
};

/** Tells each member concerned (never the actor) about their own membership change. */
export async function mailMembershipChanges(
  m: EntityManager,
  config: Config,
  actorId: string,
  group: t.GroupDetails,
  notices: MembershipNotice[],
): Promise<void> {
  if (!config.mail || !notices.length) return;
  const { value } = await findEmailSettings(m);
  const wanted = notices.filter((n) => value[MEMBERSHIP_SWITCH[n.change]] && n.userId !== actorId);
  if (!wanted.length) return;
  const people = new Map(
    (await recipients(m, [actorId, ...wanted.map((n) => n.userId)])).map((p) => [p.id, p]),
  );
  const by = people.get(actorId);
  if (!by) return;
  const ctx = ctxOf(config);
  const mails: OutgoingMail[] = [];
  for (const n of wanted) {
    const to = people.get(n.userId);
    if (!to) continue;
    const mail =
      n.change === "add"
        ? t.groupUserAdded(ctx, by, group, n.isAdmin)
        : n.change === "delete"
          ? t.groupUserRemoved(ctx, by, group)
          : t.groupUserUpdated(ctx, by, group, n.isAdmin);
    mails.push({ to: to.username, ...mail });
  }
  await queueMails(m, config, mails);
}

/** A group deleted: to its members but the actor. Call it before the memberships go. */
export async function mailGroupDeleted(
  m: EntityManager,
  config: Config,
  actorId: string,
  group: t.GroupDetails,
  memberIds: UserIds,
): Promise<void> {
  await mailTargets(m, config, "send_group_delete", actorId, memberIds, (_settings, by) =>
    t.groupDeleted(ctxOf(config), by, group),
  );
}

/** A user disabled by an admin: to the other admins (not the actor, not the user). */
export async function mailUserDisabled(
  m: EntityManager,
  config: Config,
  actorId: string,
  userId: string,
): Promise<void> {
  if (!(await enabled(m, config, "send_admin_user_disable_user"))) return;
  const people = await recipients(m, [actorId]);
  const [user] = await userWithoutFilter(m, userId);
  const by = people[0];
  if (!by || !user) return;
  const to = (await admins(m)).filter((a) => a.id !== actorId && a.id !== userId);
  await send(m, config, to, () => t.userDisabled(ctxOf(config), by, user));
}

/**
 * A reset of a user's second factor (by them or an administrator): a notice to the user and to
 * the other administrators. Whenever mail is on (a security notice, as recoveries are).
 */
export async function mailMfaReset(
  m: EntityManager,
  config: Config,
  actorId: string,
  userId: string,
): Promise<void> {
  if (!config.mail) return;
  const people = await recipients(m, [actorId, userId]);
  const by = people.find((p) => p.id === actorId);
  const user = people.find((p) => p.id === userId);
  if (!by || !user) return;
  await send(m, config, [user], () => t.mfaReset(ctxOf(config), user, by, false));
  const to = (await admins(m)).filter((a) => a.id !== userId && a.id !== actorId);
  await send(m, config, to, () => t.mfaReset(ctxOf(config), user, by, true));
}

/** The user's name and username, disabled or not (the one just disabled). */
async function userWithoutFilter(m: EntityManager, userId: string): Promise<t.Person[]> {
  const rows = (await m.query(
    `SELECT u.username, p.first_name, p.last_name FROM users u
       LEFT JOIN profiles p ON p.user_id = u.id WHERE u.id = ?`,
    [userId],
  )) as { username: string; first_name: string | null; last_name: string | null }[];
  return rows.map((r) => ({ username: r.username, firstName: r.first_name, lastName: r.last_name }));
}

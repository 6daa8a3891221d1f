/**
 * The mails, in our own words: a subject with the instance name, a plain text part that reads
 * well in a text-only client, and the same as simple HTML. Never a secret, a key or a
 * passphrase; a setup or recovery link is the only token a mail carries.
 */
export interface RenderedMail {
  template: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailContext {
  instanceName: string;
  appUrl: string;
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Paragraphs of text; a paragraph that is a URL becomes a link in the HTML part. */
function compose(ctx: MailContext, template: string, subject: string, paragraphs: string[]): RenderedMail {
  const footer = `${ctx.instanceName} (${ctx.appUrl})`;
  const text = [...paragraphs, "--", footer].join("\n\n") + "\n";
  const html =
    `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">` +
    paragraphs
      .map((p) =>
        /^https?:\/\/\S+$/.test(p)
          ? `<p><a href="${escape(p)}">${escape(p)}</a></p>`
          : `<p>${escape(p).replace(/\n/g, "<br>")}</p>`,
      )
      .join("") +
    `<p style="color:#666">${escape(footer)}</p></body></html>`;
  return { template, subject: `[${ctx.instanceName}] ${subject}`, text, html };
}

export interface Person {
  username: string;
  firstName?: string | null;
  lastName?: string | null;
}

const nameOf = (p: Person) => [p.firstName, p.lastName].filter(Boolean).join(" ") || p.username;

export const invitation = (ctx: MailContext, by: Person | null, link: string) =>
  compose(ctx, "user_invite", "You are invited: set up your account", [
    `${by ? `${nameOf(by)} invited you` : "You are invited"} to ${ctx.instanceName}, the team's password manager.`,
    "To set up your account, install the Passbolt browser extension, then open this link in the same browser:",
    link,
    "The link works once. If you did not expect this invitation, ignore this mail.",
  ]);

export const recovery = (ctx: MailContext, link: string) =>
  compose(ctx, "user_recover", "Recover your account", [
    "Someone (hopefully you) asked to recover your account, for example to use it in a new browser.",
    "Open this link in the browser where you want to use your account; you will need your private key and its passphrase:",
    link,
    "If you did not ask for this, ignore this mail: nothing changes until the link is used.",
  ]);

export const setupCompleted = (ctx: MailContext, user: Person) =>
  compose(ctx, "admin_setup_completed", `${nameOf(user)} finished setting up their account`, [
    `${nameOf(user)} (${user.username}) finished setting up their account and can now receive shared passwords.`,
    `${ctx.appUrl}/app/users`,
  ]);

export const recoveryCompleted = (ctx: MailContext, user: Person, forAdmin: boolean) =>
  compose(
    ctx,
    forAdmin ? "admin_recover_completed" : "user_recover_completed",
    forAdmin ? `${nameOf(user)} recovered their account` : "Your account was recovered",
    forAdmin
      ? [`${nameOf(user)} (${user.username}) recovered their account in a browser.`]
      : [
          "Your account was just set up in a browser with your private key.",
          "If this was not you, tell an administrator at once.",
        ],
  );

export const recoveryAborted = (ctx: MailContext, user: Person) =>
  compose(ctx, "admin_recover_aborted", `${nameOf(user)} cancelled an account recovery`, [
    `${nameOf(user)} (${user.username}) cancelled an account recovery. They may need help from an administrator.`,
  ]);

/** What a mail about a password may say about it: the content switches decide. */
export interface ItemDetails {
  name: string | null;
  username?: string | null;
  uri?: string | null;
  description?: string | null;
}

function itemLines(item: ItemDetails): string[] {
  const lines = [`Name: ${item.name ?? "(unnamed)"}`];
  if (item.username) lines.push(`Username: ${item.username}`);
  if (item.uri) lines.push(`URL: ${item.uri}`);
  if (item.description) lines.push(`Description: ${item.description}`);
  return [lines.join("\n")];
}

export const resourceShared = (ctx: MailContext, by: Person, item: ItemDetails) =>
  compose(ctx, "password_share", `${nameOf(by)} shared a password with you`, [
    `${nameOf(by)} shared a password with you.`,
    ...itemLines(item),
    `${ctx.appUrl}/app/passwords`,
  ]);

export const resourceUpdated = (ctx: MailContext, by: Person, item: ItemDetails) =>
  compose(ctx, "password_update", `${nameOf(by)} changed a password`, [
    `${nameOf(by)} changed a password you have access to.`,
    ...itemLines(item),
    `${ctx.appUrl}/app/passwords`,
  ]);

export const resourceDeleted = (ctx: MailContext, by: Person, item: ItemDetails) =>
  compose(ctx, "password_delete", `${nameOf(by)} deleted a password`, [
    `${nameOf(by)} deleted a password you had access to.`,
    ...itemLines(item),
  ]);

export const commentAdded = (ctx: MailContext, by: Person, item: ItemDetails, content: string | null) =>
  compose(ctx, "comment_add", `${nameOf(by)} commented on a password`, [
    `${nameOf(by)} added a comment on a password you have access to.`,
    ...itemLines(item),
    ...(content === null ? [] : [`Comment:\n${content}`]),
    `${ctx.appUrl}/app/passwords`,
  ]);

/** A folder's name is all a mail says about it. */
export interface FolderDetails {
  id: string;
  name: string | null;
}

const folderName = (f: FolderDetails) => (f.name === null ? "a folder" : `the folder "${f.name}"`);

export const folderShared = (ctx: MailContext, by: Person, folder: FolderDetails) =>
  compose(ctx, "folder_share", `${nameOf(by)} shared a folder with you`, [
    `${nameOf(by)} shared ${folderName(folder)} with you. What it holds is shared item by item.`,
    `${ctx.appUrl}/app/folders/view/${folder.id}`,
  ]);

export const folderUpdated = (ctx: MailContext, by: Person, folder: FolderDetails) =>
  compose(ctx, "folder_update", `${nameOf(by)} changed a folder`, [
    `${nameOf(by)} renamed a folder you have access to: it is now ${folderName(folder)}.`,
    `${ctx.appUrl}/app/folders/view/${folder.id}`,
  ]);

export const folderDeleted = (ctx: MailContext, by: Person, folder: FolderDetails) =>
  compose(ctx, "folder_delete", `${nameOf(by)} deleted a folder`, [
    `${nameOf(by)} deleted ${folderName(folder)}, which you had access to.`,
  ]);

export interface GroupDetails {
  id: string;
  name: string | null;
}

const groupName = (g: GroupDetails) => (g.name === null ? "a group" : `the group "${g.name}"`);

const roleIn = (isAdmin: boolean) => (isAdmin ? "a manager" : "a member");

export const groupUserAdded = (ctx: MailContext, by: Person, group: GroupDetails, isAdmin: boolean) =>
  compose(ctx, "group_user_add", `${nameOf(by)} added you to a group`, [
    `${nameOf(by)} added you to ${groupName(group)} as ${roleIn(isAdmin)}. You can now reach what is shared with it.`,
    `${ctx.appUrl}/app/groups/view/${group.id}`,
  ]);

export const groupUserRemoved = (ctx: MailContext, by: Person, group: GroupDetails) =>
  compose(ctx, "group_user_delete", `${nameOf(by)} removed you from a group`, [
    `${nameOf(by)} removed you from ${groupName(group)}. What was shared only with the group is no longer yours to see.`,
  ]);

export const groupUserUpdated = (ctx: MailContext, by: Person, group: GroupDetails, isAdmin: boolean) =>
  compose(ctx, "group_user_update", `${nameOf(by)} changed your role in a group`, [
    `${nameOf(by)} made you ${roleIn(isAdmin)} of ${groupName(group)}.`,
    `${ctx.appUrl}/app/groups/view/${group.id}`,
  ]);

export const groupDeleted = (ctx: MailContext, by: Person, group: GroupDetails) =>
  compose(ctx, "group_delete", `${nameOf(by)} deleted a group`, [
    `${nameOf(by)} deleted ${groupName(group)}, which you were a member of. What was shared only with the group is no longer yours to see.`,
  ]);

export const userDisabled = (ctx: MailContext, by: Person, user: Person) =>
  compose(ctx, "admin_user_disable", `${nameOf(by)} disabled ${nameOf(user)}'s account`, [
    `${nameOf(by)} disabled the account of ${nameOf(user)} (${user.username}): they can no longer sign in.`,
    `${ctx.appUrl}/app/users`,
  ]);

/** The second factor of `user` was reset (by themselves or by `by`, an administrator). */
export const mfaReset = (ctx: MailContext, user: Person, by: Person, forAdmin: boolean) => {
  const who = by.username === user.username ? "themselves" : nameOf(by);
  return forAdmin
    ? compose(ctx, "admin_mfa_reset", `${nameOf(user)}'s multi-factor authentication was reset`, [
        `The multi-factor authentication of ${nameOf(user)} (${user.username}) was reset by ${who}.`,
        `${ctx.appUrl}/app/users`,
      ])
    : compose(ctx, "user_mfa_reset", "Your multi-factor authentication was reset", [
        `Your multi-factor authentication settings were reset${by.username === user.username ? "" : ` by ${nameOf(by)}`}: ` +
          "you sign in without a second factor until you set one up again.",
        "If you did not expect this, tell an administrator at once.",
      ]);
};

export const testMail = (ctx: MailContext) =>
  compose(ctx, "test", "Test mail", [
    `This is a test mail from ${ctx.instanceName}: if you read it, the server can send mail.`,
  ]);

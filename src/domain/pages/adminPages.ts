/**
 * The administration pages the extension does not draw itself: its menu opens
 * `/app/administration/<page>` in the tab, where Passbolt serves its own web app. Watchword
 * configures these things through the environment, the CLI or the API; each page says how.
 * The page is static text: nothing of the URL is echoed.
 */

interface AdminPage {
  title: string;
  paragraphs: string[];
}

const code = (s: string) => `<code>${s}</code>`;

const PAGES: Record<string, AdminPage> = {
  "email-notification": {
    title: "E-mail notifications",
    paragraphs: [
      `Which events send an e-mail is saved with ${code("POST /settings/emails/notifications.json")} ` +
        `(administrators; ${code("GET")} shows the current switches). Mail is sent only when the server ` +
        `has ${code("SMTP_URL")} set.`,
      `${code("watchword email status")} shows the outbox; ${code("watchword email test --to ADDRESS")} sends a test mail.`,
    ],
  },
  "smtp-settings": {
    title: "SMTP server",
    paragraphs: [
      `The mail server is set in the server's environment: ${code("SMTP_URL")} (for example ` +
        `${code("smtps://user@mail.example.com:465")}), ${code("SMTP_PASSWORD_FILE")} for the password, ` +
        `${code("MAIL_FROM")} and ${code("INSTANCE_NAME")}. Restart the server after a change.`,
      `${code("watchword email test --to ADDRESS")} checks the settings from the command line.`,
    ],
  },
  healthcheck: {
    title: "Health check",
    paragraphs: [
      `${code("GET /healthcheck/status.json")} answers while the server and its database work; ` +
        `${code("watchword healthcheck")} checks the configuration, the database and the server key.`,
    ],
  },
  mfa: {
    title: "Multi-factor authentication",
    paragraphs: [
      `Watchword offers TOTP (an authenticator app). An administrator allows it with ` +
        `${code("PUT /mfa/settings.json")} and ${code('{"providers": ["totp"]}')}, or the operator with ` +
        `${code("watchword mfa providers totp")} (${code("none")} to stop offering it).`,
      "Each user then sets it up in the extension: Settings, Multi-factor authentication, Time-based OTP. " +
        "A user who lost their phone asks an administrator, who resets it from the users list.",
    ],
  },
  "mfa-policy": {
    title: "Multi-factor authentication policy",
    paragraphs: [
      "Watchword has no MFA policy: once TOTP is allowed, each user chooses to set it up; a user who " +
        "did must give a code after every sign-in (or once in 30 days with “remember this browser”).",
    ],
  },
  "users-directory": {
    title: "Users directory",
    paragraphs: [
      "Watchword does not synchronise users from a directory. Administrators invite users in the " +
        `app or with ${code("watchword register-user")}.`,
    ],
  },
  "self-registration": {
    title: "Self registration",
    paragraphs: ["Watchword has no self registration: administrators invite every user."],
  },
  internationalization: {
    title: "Languages",
    paragraphs: ["Watchword speaks English only for now."],
  },
  rbacs: {
    title: "Role-based access control",
    paragraphs: ["Watchword has two roles, administrator and user, with Passbolt's default rights."],
  },
};

const GENERIC: AdminPage = {
  title: "Administration",
  paragraphs: ["This administration page is not part of Watchword."],
};

/** The page for an `/app/administration/…` path, or undefined for any other path. */
export function adminPage(path: string): { title: string; html: string } | undefined {
  const m = /^\/app\/administration(?:\/([a-z-]+))?(?:\/|$)/.exec(path);
  if (!m) return undefined;
  const page = (m[1] && PAGES[m[1]]) || GENERIC;
  const html = [
    `<h1>${page.title}</h1>`,
    ...page.paragraphs.map((p) => `<p>${p}</p>`),
    '<p><a href="/app/passwords">Back to the passwords</a></p>',
  ].join("\n");
  return { title: page.title, html };
}

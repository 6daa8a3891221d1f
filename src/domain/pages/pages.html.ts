/**
 * The HTML documents of the pages the browser extension attaches to (`/`, `/app/…`,
 * `/auth/login`, setup and recovery links) and of the few pages of ours (an invalid link, the
 * administration pages Passbolt serves from its own web app). Our own markup, no script: the
 * extension's content scripts find the page by its URL and draw only when the root element is
 * `<html class="passbolt">`; they append an element to the body that mounts the extension's
 * iframe. The notice for a visitor without the extension hides itself once that element is there.
 */
import { createHash } from "node:crypto";

const STYLE = `
html,body{margin:0;height:100%;font:16px/1.5 system-ui,sans-serif;color:#222;background:#f7f7f5}
main{max-width:40rem;margin:0 auto;padding:3rem 1.5rem}
h1{font-size:1.5rem;margin:0 0 1rem}
code{font:0.95em ui-monospace,monospace;background:#ecece8;padding:0.1em 0.3em;border-radius:3px}
.fingerprint{font:1rem ui-monospace,monospace;letter-spacing:0.05em;word-spacing:0.4em}
body:has(> :not(main)) > main{display:none}
`.trim();

/** The one inline style of every page, allowed by its hash alone. */
export const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/**
 * Strict except for what the extension needs: its screens are iframes of extension pages
 * (`frame-src`; Chromium's and Firefox's schemes). Images and styles only from this page and
 * this server (the avatars); no script, no form, no framing of the page by anyone.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src ${STYLE_HASH}`,
  "img-src 'self'",
  "frame-src chrome-extension: moz-extension:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** "ABCD1234…" → "ABCD 1234 …", as the extension shows a fingerprint. */
export const groupFingerprint = (fp: string): string => fp.toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");

export interface PageContent {
  /** The <title> before " | instance"; plain text. */
  title: string;
  instanceName: string;
  /** Mark the root `class="passbolt"`: the extension draws its screens over this page. */
  forExtension: boolean;
  /** The body of <main>: HTML built by the caller from escaped parts. */
  mainHtml: string;
}

export function renderPage(p: PageContent): string {
  const root = p.forExtension ? '<html lang="en" class="passbolt">' : '<html lang="en">';
  return `<!doctype html>
${root}
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(p.title)} | ${escapeHtml(p.instanceName)}</title>
    <link rel="icon" href="data:," />
    <style>${STYLE}</style>
  </head>
  <body><main>${p.mainHtml}</main></body>
</html>
`;
}

/** What a visitor without the extension reads on a page the extension would draw over. */
export function extensionNotice(opts: { heading: string; what: string; fingerprint: string }): string {
  return [
    `<h1>${escapeHtml(opts.heading)}</h1>`,
    `<p>${escapeHtml(opts.what)}</p>`,
    "<p>This page needs the Passbolt browser extension: install it from your browser's add-on store " +
      "(Chrome Web Store, Firefox Add-ons or Microsoft Edge Add-ons), then reload this page.</p>",
    "<p>When the extension asks you to check this server's key, compare its fingerprint with this one, " +
      "and with the one your administrator gave you:</p>",
    `<p class="fingerprint">${escapeHtml(groupFingerprint(opts.fingerprint))}</p>`,
  ].join("\n");
}

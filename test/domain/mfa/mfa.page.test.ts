/**
 * The HTML verification form (GET|POST /mfa/verify/totp): its headers, the CSRF check, the
 * redirect to a local path only, a wrong code shown again; and in a real browser (Debian's
 * headless Chromium through puppeteer-core): the gate sends the navigation to the form, the user
 * types the code, and lands on the page they asked for.
 */
import fs from "node:fs";
import { expect } from "chai";
import puppeteer from "puppeteer-core";
import type { RunningServer } from "../../../src/server.ts";
import { gpgauthLogin, type GpgAuthSession } from "../../helpers/gpgauthClient.ts";
import { sharedServer } from "../../helpers/server.ts";
import { allowTotp, clearMfa, freshCode, raw, setUpTotp, totpCode } from "./mfa.helpers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const html = { accept: "text/html,application/xhtml+xml" };

const csrfField = (page: string): string => /name="_csrfToken" value="([0-9a-f]{128})"/.exec(page)![1]!;

describe("MFA verification form", function () {
  this.timeout(90_000);
  let server: RunningServer;
  let secret: string;
  before(async () => {
    server = await sharedServer();
    await clearMfa(server);
    await allowTotp(server);
    const first = await gpgauthLogin(server.url, "carol");
    ({ secret } = await setUpTotp(server, { headers: first.headers }));
  });
  after(() => clearMfa(server));

  /** The form's page for a fresh session, with the cookies a browser would hold. */
  async function openForm(
    redirect: string,
  ): Promise<{ s: GpgAuthSession; cookie: string; csrf: string; res: Response; text: string }> {
    const s = await gpgauthLogin(server.url, "carol");
    const cookie = `passbolt_session=${s.cookie}; csrfToken=${s.csrfToken}`;
    const res = await raw(server, "GET", `/mfa/verify/totp?redirect=${encodeURIComponent(redirect)}`, {
      ...html,
      cookie,
    });
    const text = await res.text();
    return { s, cookie, csrf: csrfField(text), res, text };
  }

  const postForm = (cookie: string, redirect: string, fields: Record<string, string>) =>
    raw(
      server,
      "POST",
      `/mfa/verify/totp?redirect=${encodeURIComponent(redirect)}`,
      { cookie, "content-type": "application/x-www-form-urlencoded", ...html },
      new URLSearchParams(fields).toString(),
    );

  it("is a page of ours with strict headers and no script; no session: to the login page", async () => {
    const { res, text, csrf, s } = await openForm("/app/passwords");
    expect(res.status).to.equal(200);
    expect(res.headers.get("content-type")).to.match(/^text\/html/);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).to.include("default-src 'none'");
    expect(csp).to.include("form-action 'self'");
    expect(csp).to.include("frame-ancestors 'none'");
    expect(csp).not.to.include("script-src");
    expect(res.headers.get("x-frame-options")).to.equal("DENY");
    expect(res.headers.get("cache-control")).to.equal("no-store");
    expect(text).not.to.match(/<script/i);
    expect(text).to.include('action="/mfa/verify/totp?redirect=%2Fapp%2Fpasswords"');
    expect(csrf).to.equal(s.csrfToken);
    const anonymous = await raw(server, "GET", "/mfa/verify/totp", html);
    expect(anonymous.status).to.equal(302);
    expect(anonymous.headers.get("location")).to.equal("/auth/login");
  });

  it("leaves a form body from an API client (no HTML in Accept) to the JSON route and its envelope", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    // a guest: the JSON route's 401, not the form's redirect to the login page
    const guest = await raw(server, "POST", "/mfa/verify/totp", form, "totp=123456");
    expect(guest.status).to.equal(401);
    expect(guest.headers.get("content-type")).to.match(/^application\/json/);
    // a signed-in browser session posting without asking for HTML: the JSON route answers too
    const s = await gpgauthLogin(server.url, "carol");
    const api = await raw(
      server,
      "POST",
      "/mfa/verify/totp",
      { ...form, ...s.headers },
      `totp=000000&_csrfToken=${s.csrfToken}`,
    );
    expect(api.headers.get("content-type")).to.match(/^application\/json/);
    expect(((await api.json()) as { header: { status: string } }).header.status).to.equal("error");
  });

  it("refuses a post without the CSRF token; shows a wrong code again; redirects only to a local path", async () => {
    const { cookie, csrf } = await openForm("/app/passwords");
    const noCsrf = await postForm(cookie, "/app/passwords", {
      totp: await freshCode(server, "carol", secret),
    });
    expect(noCsrf.status).to.equal(403);
    const otherCsrf = await postForm(cookie, "/app/passwords", {
      totp: totpCode(secret),
      _csrfToken: "a".repeat(128),
    });
    expect(otherCsrf.status).to.equal(403);
    const wrongCode = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    const wrong = await postForm(cookie, "/app/passwords", { totp: wrongCode, _csrfToken: csrf });
    expect(wrong.status).to.equal(400);
    expect(await wrong.text()).to.include("This code is not valid.");
    // a target off the instance becomes "/"
    const ok = await postForm(cookie, "//evil.example/x", {
      totp: await freshCode(server, "carol", secret),
      _csrfToken: csrf,
    });
    expect(ok.status).to.equal(302);
    expect(ok.headers.get("location")).to.equal("/");
    expect(ok.headers.getSetCookie().some((l) => l.startsWith("passbolt_mfa="))).to.equal(true);
    for (const target of [
      "https://evil.example/",
      "/\\evil.example",
      "javascript:alert(1)",
      "/app/../../x",
    ]) {
      const { cookie: c, csrf: t } = await openForm(target);
      const res = await postForm(c, target, {
        totp: await freshCode(server, "carol", secret),
        _csrfToken: t,
      });
      expect(res.headers.get("location"), target).to.equal("/");
    }
  });

  it("in a real browser: the navigation goes to the form, the code is typed, the browser lands on the page it asked for", async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(
        `      skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
      );
      this.skip();
    }
    const s = await gpgauthLogin(server.url, "carol");
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--headless=new"],
    });
    try {
      const page = await browser.newPage();
      await page.setCookie({ name: "passbolt_session", value: s.cookie, url: server.url, httpOnly: true });
      await page.goto(`${server.url}/app/passwords`, { waitUntil: "load" });
      expect(new URL(page.url()).pathname).to.equal("/mfa/verify/totp");
      expect(new URL(page.url()).searchParams.get("redirect")).to.equal("/app/passwords");
      await page.type("#totp", await freshCode(server, "carol", secret));
      await page.click('input[name="remember"]');
      await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click('button[type="submit"]')]);
      expect(new URL(page.url()).pathname).to.equal("/app/passwords");
      expect(await page.title()).to.match(/^Passwords \|/);
      const cookies = await browser.cookies();
      const mfa = cookies.find((c) => c.name === "passbolt_mfa");
      expect(mfa, "the passbolt_mfa cookie").to.not.equal(undefined);
      expect(mfa!.httpOnly).to.equal(true);
      expect(mfa!.expires * 1000 - Date.now()).to.be.greaterThan(29 * 86400_000);
      // with the cookie, the API answers this browser (the page's CSP allows no fetch: navigate)
      const me = await page.goto(`${server.url}/users/me.json`);
      expect(me!.status()).to.equal(200);
    } finally {
      await browser.close();
    }
  });
});

import { Writable } from "node:stream";
import { expect } from "chai";
import { createLogger } from "../../../src/logger.ts";
import { startServer, type RunningServer } from "../../../src/server.ts";
import { PAGE_CSP } from "../../../src/domain/pages/pages.html.ts";
import { testConfig } from "../../helpers/env.ts";
import { buildUser, sessionForUser, type BuiltUser } from "../../helpers/factories.ts";
import { plantRecoverToken } from "../setup/recover.helpers.ts";

/** What a browser sends when it navigates to a URL. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

describe("HTML pages the extension attaches to (src/domain/pages)", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let logged = "";
  let user: BuiltUser;
  let cookie: string;

  const open = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    fetch(server.url + path, { method, redirect: "manual", headers: { accept: BROWSER_ACCEPT, ...headers } });

  before(async () => {
    const config = testConfig({ INSTANCE_NAME: "Acme <Vault>" });
    const sink = new Writable({
      write(chunk, _enc, done) {
        logged += String(chunk);
        done();
      },
    });
    server = await startServer(config, createLogger("info", sink));
    user = await buildUser(server);
    cookie = (await sessionForUser(server, user.id)).headers.cookie!;
  });
  after(() => server.close());

  function expectPage(res: Response, status: number): void {
    expect(res.status).to.equal(status);
    expect(res.headers.get("content-type")).to.equal("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).to.equal(PAGE_CSP);
    expect(res.headers.get("cache-control")).to.equal("no-store");
    expect(res.headers.get("x-content-type-options")).to.equal("nosniff");
    expect(res.headers.get("x-frame-options")).to.equal("DENY");
  }
  const forExtension = (html: string) => html.includes('<html lang="en" class="passbolt">');

  it("keeps the page strict: no script, frames only from extensions, no framing by anyone", () => {
    expect(PAGE_CSP).to.include("default-src 'none'");
    expect(PAGE_CSP).to.include("frame-src chrome-extension: moz-extension:");
    expect(PAGE_CSP).to.include("frame-ancestors 'none'");
    expect(PAGE_CSP).not.to.include("script-src");
  });

  it("/ sends a visitor without a session to /auth/login, and shows the app with one", async () => {
    const guest = await open("/");
    expect(guest.status).to.equal(302);
    expect(guest.headers.get("location")).to.equal("/auth/login");
    const app = await open("/", { cookie });
    expectPage(app, 200);
    const html = await app.text();
    expect(forExtension(html)).to.equal(true);
    expect(html).to.include("<title>Passwords | Acme &lt;Vault&gt;</title>");
  });

  it("/auth/login is the login page, with the server key's fingerprint for a visitor to check", async () => {
    const res = await open("/auth/login?redirect=/app/passwords");
    expectPage(res, 200);
    const html = await res.text();
    expect(forExtension(html)).to.equal(true);
    const grouped = server.deps.serverKey.fingerprint.toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");
    expect(html).to.include(grouped);
    expect(html).to.include("browser extension");
    expect(html).not.to.match(/<script/i);
  });

  it("/app and everything under it: the app page with a session, the login page's redirect without", async () => {
    for (const path of ["/app", "/app/passwords", "/app/folders/view/123", "/app/no/such/page"]) {
      const res = await open(path, { cookie });
      expectPage(res, 200);
      expect(forExtension(await res.text()), path).to.equal(true);
    }
    const guest = await open("/app/passwords");
    expect(guest.status).to.equal(302);
    expect(guest.headers.get("location")).to.equal("/auth/login?redirect=%2Fapp%2Fpasswords");
    const odd = await open("/app/x%3Cy");
    expect(odd.headers.get("location")).to.equal("/auth/login");
  });

  it("administration pages the extension sends to the server say how Watchword does it", async () => {
    const res = await open("/app/administration/email-notification", { cookie });
    expectPage(res, 200);
    const html = await res.text();
    expect(forExtension(html), "the extension must not draw over it").to.equal(false);
    expect(html).to.include("/settings/emails/notifications.json");
    const smtp = await (await open("/app/administration/smtp-settings", { cookie })).text();
    expect(smtp).to.include("SMTP_URL");
    const other = await (await open("/app/administration/subscription", { cookie })).text();
    expect(other).to.include("not part of Watchword");
  });

  describe("setup and recovery links", () => {
    it("a valid setup link (start and install) gets the setup page, which does not carry the token", async () => {
      const invited = await buildUser(server, { state: "inactive" });
      for (const prefix of ["/setup/start", "/setup/install"]) {
        const res = await open(`${prefix}/${invited.id}/${invited.token}`);
        expectPage(res, 200);
        const html = await res.text();
        expect(forExtension(html)).to.equal(true);
        expect(html).to.include("Set up your account");
        expect(html).not.to.include(invited.token!);
        expect(html).not.to.include(invited.id);
      }
      expect(logged).to.include(`/setup/start/${invited.id}/***`);
      expect(logged).not.to.include(invited.token!);
    });

    it("a valid recovery link gets the recovery page", async () => {
      const active = await buildUser(server);
      const token = await plantRecoverToken(server, active.id);
      const res = await open(`/setup/recover/start/${active.id}/${token}`);
      expectPage(res, 200);
      const html = await res.text();
      expect(html).to.include("Recover your");
      expect(html).not.to.include(token);
    });

    it("a used, unknown or mismatched link gets a page that says it is not valid (400), drawn by no extension", async () => {
      const invited = await buildUser(server, { state: "inactive" });
      const other = await buildUser(server, { state: "inactive" });
      for (const path of [
        `/setup/start/${invited.id}/${other.token}`,
        `/setup/start/${user.id}/${invited.token}`,
        `/setup/recover/start/${invited.id}/${invited.token}`,
      ]) {
        const res = await open(path);
        expectPage(res, 400);
        const html = await res.text();
        expect(html, path).to.include("This link is not valid");
        expect(forExtension(html)).to.equal(false);
      }
    });
  });

  describe("the JSON API answers as before", () => {
    it("a .json URL, or an Accept that does not prefer HTML, gets the JSON answer", async () => {
      const invited = await buildUser(server, { state: "inactive" });
      const path = `/setup/start/${invited.id}/${invited.token}`;
      for (const [url, accept] of [
        [`${path}.json`, BROWSER_ACCEPT],
        [path, "*/*"],
        [path, "application/json"],
      ] as const) {
        const res = await open(url, { accept });
        expect(res.status, `${url} ${accept}`).to.equal(200);
        expect(res.headers.get("content-type")).to.match(/^application\/json/);
        const body = (await res.json()) as { body: { user: { id: string } } };
        expect(body.body.user.id).to.equal(invited.id);
      }
      const login = await open("/auth/login.json", { accept: "application/json" });
      expect(login.status).to.equal(404);
      expect(login.headers.get("content-security-policy")).to.equal(
        "default-src 'none'; frame-ancestors 'none'",
      );
      const root = await fetch(server.url + "/", { redirect: "manual" });
      expect(root.status).to.equal(404);
      expect(root.headers.get("content-type")).to.match(/^application\/json/);
    });

    it("POST to a page's path is the API's (no page for other methods)", async () => {
      const res = await open("/auth/login", {}, "POST");
      expect(res.headers.get("content-type")).to.match(/^application\/json/);
    });

    it("HEAD of a page answers its headers", async () => {
      const res = await open("/auth/login", {}, "HEAD");
      expectPage(res, 200);
    });
  });
});

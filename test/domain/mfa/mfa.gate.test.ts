/**
 * The gate and verification, end to end over a socket with real logins: a GpgAuth cookie
 * session (carol) and a JWT session (frances), each blocked before the code (JSON 302 → the 403
 * with the providers; a browser navigation 302 → the form, with `redirect`), a wrong code
 * refused, a right code computed from the secret passing, a session-bound cookie refused in
 * another session, a remembered one accepted, and the limit of failed codes ending the login.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { gpgauthLogin, setCookies } from "../../helpers/gpgauthClient.ts";
import { jwtLogin } from "../../helpers/jwtClient.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";
import { allowTotp, clearMfa, freshCode, raw, setUpTotp, totpCode, withCookie } from "./mfa.helpers.ts";

type Json = Record<string, unknown>;
const ERROR_PATH = "/mfa/verify/error.json";

/** A code that is none of the three the server accepts now. */
function wrongCode(secret: string): string {
  const now = Date.now();
  const good = new Set([-30_000, 0, 30_000].map((d) => totpCode(secret, now + d)));
  for (let i = 0; ; i++) {
    const c = String((123456 + i * 7919) % 1_000_000).padStart(6, "0");
    if (!good.has(c)) return c;
  }
}

async function expectGated(server: RunningServer, headers: Record<string, string>): Promise<void> {
  for (const path of ["/auth/is-authenticated.json", "/users/me.json", "/settings.json", "/resources.json"]) {
    const res = await raw(server, "GET", path, headers);
    expect(res.status, path).to.equal(302);
    expect(res.headers.get("location"), path).to.equal(ERROR_PATH);
  }
  const write = await raw(
    server,
    "POST",
    "/resources.json",
    { ...headers, "content-type": "application/json" },
    "{}",
  );
  expect(write.status).to.equal(302);
  expect(write.headers.get("location")).to.equal(ERROR_PATH);
  // the browser extension follows the redirect and tests the final URL
  const followed = await fetch(`${server.url}/users/me.json`, { headers });
  expect(followed.status).to.equal(403);
  expect(new URL(followed.url).pathname).to.equal(ERROR_PATH);
  // go-passbolt and the Android app read header.url and the body
  const error = await get<Json>(server.url, ERROR_PATH, { headers });
  expectError(error, 403, "MFA authentication is required.");
  expect(error.json.header.url).to.equal(ERROR_PATH);
  expect(error.json.body).to.deep.equal({
    mfa_providers: ["totp"],
    providers: { totp: `${server.deps.config.appUrl}/mfa/verify/totp.json` },
  });
  // a browser navigation goes to the form, with the page it wanted
  const page = await raw(server, "GET", "/app/passwords", { ...headers, accept: "text/html" });
  expect(page.status).to.equal(302);
  expect(page.headers.get("location")).to.equal("/mfa/verify/totp?redirect=%2Fapp%2Fpasswords");
}

const cookieOf = (res: Response | { headers: Headers }, name: string): string | undefined =>
  res.headers
    .getSetCookie()
    .find((l) => l.startsWith(`${name}=`))
    ?.split(";")[0];

describe("MFA gate and verification", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
    await clearMfa(server);
    await allowTotp(server);
  });
  after(() => clearMfa(server));

  describe("a GpgAuth cookie session", () => {
    let secret: string;
    before(async () => {
      const first = await gpgauthLogin(server.url, "carol");
      ({ secret } = await setUpTotp(server, { headers: first.headers }));
    });

    it("is blocked on every route until the code; a wrong code is refused, a right one passes (session-bound)", async () => {
      const s = await gpgauthLogin(server.url, "carol");
      await expectGated(server, s.headers);
      expectSuccess(await get(server.url, "/mfa/verify/totp.json", { headers: s.headers }));
      // bad bodies: field → rule → message, not counted as failed codes
      const missing = await post(server.url, "/mfa/verify/totp.json", { headers: s.headers, body: {} });
      expectError(missing, 400);
      expect(missing.json.body).to.deep.equal({ totp: { _required: "The totp is required." } });
      const letters = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: "12a456" },
      });
      expect(letters.json.body).to.have.nested.property("totp.format");
      const short = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: "12345" },
      });
      expect(short.json.body).to.have.nested.property("totp.minLength");
      const remember = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: "123456", remember: { yes: 1 } },
      });
      expect(remember.json.body).to.have.property("remember");
      // a cookie session's POST needs the CSRF header
      const noCsrf = await post(server.url, "/mfa/verify/totp.json", {
        headers: { cookie: s.headers.cookie! },
        body: { totp: "123456" },
      });
      expectError(noCsrf, 403);
      const wrong = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: wrongCode(secret) },
      });
      expectError(wrong, 400, "The OTP is not valid.");
      expect(wrong.json.body).to.deep.equal({ totp: { isValidOtp: "This OTP is not valid." } });

      const ok = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: await freshCode(server, "carol", secret) },
      });
      expectSuccess(ok);
      const line = ok.headers.getSetCookie().find((l) => l.startsWith("passbolt_mfa="))!;
      expect(line).to.match(/httponly/i);
      expect(line, "a session cookie, without remember").not.to.match(/expires=/i);
      const mfa = setCookies(ok).passbolt_mfa!;
      const me = await get<Json>(
        server.url,
        "/users/me.json",
        withCookie({ headers: s.headers }, `passbolt_mfa=${mfa}`),
      );
      expectSuccess(me);
      expect(me.json.body.id).to.equal(cast.carol.id);
      expectError(
        await get(
          server.url,
          "/mfa/verify/totp.json",
          withCookie({ headers: s.headers }, `passbolt_mfa=${mfa}`),
        ),
        400,
        /not required any more/,
      );

      // the same cookie in another session of the same user: refused, and expired in the answer
      const other = await gpgauthLogin(server.url, "carol");
      const refused = await raw(
        server,
        "GET",
        "/users/me.json",
        withCookie({ headers: other.headers }, `passbolt_mfa=${mfa}`).headers,
      );
      expect(refused.status).to.equal(302);
      expect(cookieOf(refused, "passbolt_mfa")).to.equal("passbolt_mfa=");
    });

    it('with remember ("1", as the form sends it): a 30-day cookie that another session accepts', async () => {
      const s = await gpgauthLogin(server.url, "carol");
      const ok = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: await freshCode(server, "carol", secret), remember: "1" },
      });
      expectSuccess(ok);
      const line = ok.headers.getSetCookie().find((l) => l.startsWith("passbolt_mfa="))!;
      const expires = new Date(/expires=([^;]+)/i.exec(line)![1]!).getTime();
      expect(expires - Date.now()).to.be.within(29 * 86400_000, 30 * 86400_000 + 60_000);
      const next = await gpgauthLogin(server.url, "carol");
      const me = await get(
        server.url,
        "/users/me.json",
        withCookie({ headers: next.headers }, `passbolt_mfa=${setCookies(ok).passbolt_mfa}`),
      );
      expectSuccess(me);
    });

    it("a cookie that is no token of this user is refused", async () => {
      const s = await gpgauthLogin(server.url, "carol");
      for (const value of ["not-a-uuid", "2f1a4a36-5d0b-4c62-9d59-3b8e1f0a7c11"]) {
        const res = await raw(
          server,
          "GET",
          "/users/me.json",
          withCookie({ headers: s.headers }, `passbolt_mfa=${value}`).headers,
        );
        expect(res.status).to.equal(302);
      }
    });

    it("past the limit of failed codes the session ends", async () => {
      const s = await gpgauthLogin(server.url, "carol");
      const limit = server.deps.config.throttle.mfaFailureLimit;
      expect(limit).to.equal(4);
      for (let i = 0; i < limit; i++) {
        const res = await post(server.url, "/mfa/verify/totp.json", {
          headers: s.headers,
          body: { totp: wrongCode(secret) },
        });
        expectError(res, 400, "The OTP is not valid.");
      }
      const last = await post(server.url, "/mfa/verify/totp.json", {
        headers: s.headers,
        body: { totp: wrongCode(secret) },
      });
      expectError(last, 400, "You have been logged out due to too many failed attempts.");
      expect(setCookies(last).passbolt_session).to.equal("");
      expectError(await get(server.url, "/users/me.json", { headers: s.headers }), 401);
      // the next login starts again
      const again = await gpgauthLogin(server.url, "carol");
      const ok = await post(server.url, "/mfa/verify/totp.json", {
        headers: again.headers,
        body: { totp: await freshCode(server, "carol", secret) },
      });
      expectSuccess(ok);
    });
  });

  describe("a JWT session", () => {
    let secret: string;
    before(async () => {
      const first = await jwtLogin(server.url, "frances");
      expect(first.answer).not.to.have.property("providers");
      ({ secret } = await setUpTotp(server, { headers: first.headers }));
    });

    it("the login answer names the providers; the bearer is blocked until the code; a wrong code is refused", async () => {
      const t = await jwtLogin(server.url, "frances");
      expect(t.answer.providers).to.deep.equal(["totp"]);
      await expectGated(server, t.headers);
      const wrong = await post(server.url, "/mfa/verify/totp.json", {
        headers: t.headers,
        body: { totp: wrongCode(secret) },
      });
      expectError(wrong, 400);
      expect(wrong.json.body).to.deep.equal({ totp: { isValidOtp: "This OTP is not valid." } });
    });

    it("a right code sets a cookie bound to the access token, re-bound on refresh", async () => {
      const t = await jwtLogin(server.url, "frances");
      const ok = await post(server.url, "/mfa/verify/totp.json", {
        headers: t.headers,
        body: { totp: await freshCode(server, "frances", secret) },
      });
      expectSuccess(ok);
      const mfa = `passbolt_mfa=${setCookies(ok).passbolt_mfa}`;
      expectSuccess(await get(server.url, "/users/me.json", withCookie({ headers: t.headers }, mfa)));

      // another access token of the same user with this cookie: refused (access tokens carry no
      // id: two issued in the same second to one user are the same string, so wait for the next)
      await new Promise((r) => setTimeout(r, 1100));
      const other = await jwtLogin(server.url, "frances");
      expect(other.accessToken).not.to.equal(t.accessToken);
      expect(
        (await raw(server, "GET", "/users/me.json", withCookie({ headers: other.headers }, mfa).headers))
          .status,
      ).to.equal(302);

      // refresh: the cookie follows the new access token and is sent again
      const refreshed = await post<{ access_token: string }>(server.url, "/auth/jwt/refresh.json", {
        headers: { authorization: t.headers.authorization!, cookie: mfa },
        body: { user_id: cast.frances.id, refresh_token: t.refreshToken },
      });
      expectSuccess(refreshed);
      expect(cookieOf(refreshed, "passbolt_mfa")).to.equal(mfa);
      const bearer = { authorization: `Bearer ${refreshed.json.body.access_token}` };
      expectSuccess(await get(server.url, "/users/me.json", withCookie({ headers: bearer }, mfa)));
      expect(
        (await raw(server, "GET", "/users/me.json", withCookie({ headers: t.headers }, mfa).headers)).status,
      ).to.equal(302);
    });

    it("remember (a boolean, as the Android app sends it): the next login needs no code", async () => {
      const t = await jwtLogin(server.url, "frances");
      const ok = await post(server.url, "/mfa/verify/totp.json", {
        headers: t.headers,
        body: { totp: await freshCode(server, "frances", secret), remember: true },
      });
      expectSuccess(ok);
      const mfa = `passbolt_mfa=${setCookies(ok).passbolt_mfa}`;
      const next = await jwtLogin(server.url, "frances");
      expect(next.answer.providers).to.deep.equal(["totp"]); // no cookie sent with that login
      expectSuccess(await get(server.url, "/users/me.json", withCookie({ headers: next.headers }, mfa)));
    });

    it("past the limit of failed codes the refresh tokens are revoked and the access token can verify nothing", async () => {
      const t = await jwtLogin(server.url, "frances");
      for (let i = 0; i < 4; i++)
        expectError(
          await post(server.url, "/mfa/verify/totp.json", {
            headers: t.headers,
            body: { totp: wrongCode(secret) },
          }),
          400,
          "The OTP is not valid.",
        );
      const last = await post(server.url, "/mfa/verify/totp.json", {
        headers: t.headers,
        body: { totp: wrongCode(secret) },
      });
      expectError(last, 400, "You have been logged out due to too many failed attempts.");
      const refresh = await post(server.url, "/auth/jwt/refresh.json", {
        body: { user_id: cast.frances.id, refresh_token: t.refreshToken },
      });
      expectError(refresh, 400);
      const late = await post(server.url, "/mfa/verify/totp.json", {
        headers: t.headers,
        body: { totp: await freshCode(server, "frances", secret) },
      });
      expectError(late, 400, "You have been logged out due to too many failed attempts.");
      // a new login starts again
      const again = await jwtLogin(server.url, "frances");
      expectSuccess(
        await post(server.url, "/mfa/verify/totp.json", {
          headers: again.headers,
          body: { totp: await freshCode(server, "frances", secret) },
        }),
      );
    });
  });
});

import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { startTestServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";
import { gpgauthLogin } from "../../helpers/gpgauthClient.ts";
import { jwtLogin, jwtRefresh } from "../../helpers/jwtClient.ts";
import type { RunningServer } from "../../../src/server.ts";

describe("login cookies with an https APP_URL (TLS ended by a proxy)", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await startTestServer({ APP_URL: "https://vault.watchword.test" });
  });
  after(() => server.close());

  const cookie = (lines: string[], name: string) => lines.find((c) => c.startsWith(`${name}=`))!;

  it("marks the csrfToken cookie of an anonymous GET Secure", async () => {
    const res = await get(server.url, "/auth/verify.json");
    expectSuccess(res);
    expect(cookie(res.headers.getSetCookie(), "csrfToken")).to.match(/; secure/i);
  });

  it("marks the session and CSRF cookies of a GpgAuth login Secure", async () => {
    const { response } = await gpgauthLogin(server.url, "ada", { format: "json" });
    const lines = response.headers.getSetCookie();
    expect(cookie(lines, "passbolt_session"))
      .to.match(/; secure/i)
      .and.match(/; httponly/i);
    expect(cookie(lines, "csrfToken")).to.match(/; secure/i);
  });

  it("checks the JWT challenge against the https domain and marks the refresh cookie Secure", async () => {
    const t = await jwtLogin(server.url, "betty");
    expect(t.answer.domain).to.equal("https://vault.watchword.test/");
    const { response } = await jwtRefresh(server.url, cast.betty.id, t.refreshToken);
    expectSuccess(response);
    expect(cookie(response.headers.getSetCookie(), "refresh_token"))
      .to.match(/; secure/i)
      .and.match(/; httponly/i);
  });
});

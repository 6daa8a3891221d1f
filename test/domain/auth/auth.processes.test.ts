import { expect } from "chai";
import { get, post } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { startServerProcess, type ServerProcess } from "../../helpers/proc.ts";
import { cast } from "../../helpers/cast.ts";
import {
  gpgauthLogin,
  identityOf,
  decoders,
  postGpgAuth,
  serverPublicKey,
  decryptUserAuthToken,
} from "../../helpers/gpgauthClient.ts";
import { jwtLogin, jwtRefresh } from "../../helpers/jwtClient.ts";

describe("two server processes on one database", function () {
  this.timeout(90_000);
  let a: ServerProcess;
  let b: ServerProcess;
  before(async () => {
    const env = { APP_URL: "http://vault.watchword.test" };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("share the server key, so a nonce from one is answered on the other", async () => {
    expect((await serverPublicKey(a.url)).fingerprint).to.equal((await serverPublicKey(b.url)).fingerprint);
    const ada = await identityOf("ada");
    const stage1 = await postGpgAuth(a.url, "/auth/login.json", { keyid: ada.fingerprint }, "json");
    const { key } = await serverPublicKey(b.url);
    const nonce = await decryptUserAuthToken(
      decoders.extension(stage1.headers.get("x-gpgauth-user-auth-token")!),
      ada,
      key,
    );
    expectSuccess(
      await postGpgAuth(
        b.url,
        "/auth/login.json",
        { keyid: ada.fingerprint, user_token_result: nonce },
        "json",
      ),
    );
  });

  it("serve a session opened on the other, and end it for both", async () => {
    const s = await gpgauthLogin(a.url, "betty");
    expectSuccess(await get(b.url, "/auth/is-authenticated.json", { headers: s.headers }));
    expectSuccess(await post(b.url, "/auth/logout.json", { headers: s.headers }));
    expectError(await get(a.url, "/auth/is-authenticated.json", { headers: s.headers }), 401);
  });

  it("accept an access token issued by the other, and refresh it there", async () => {
    const t = await jwtLogin(a.url, "carol");
    expectSuccess(await get(b.url, "/auth/is-authenticated.json", { headers: t.headers }));
    const refreshed = await jwtRefresh(b.url, cast.carol.id, t.refreshToken);
    expectSuccess(refreshed.response);
    expectSuccess(
      await get(a.url, "/auth/is-authenticated.json", {
        headers: { authorization: `Bearer ${refreshed.response.json.body.access_token}` },
      }),
    );
    // the consumed token is refused by the first process too
    expectError((await jwtRefresh(a.url, cast.carol.id, t.refreshToken)).response, 400);
  });
});

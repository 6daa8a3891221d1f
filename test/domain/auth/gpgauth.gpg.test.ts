import { randomUUID } from "node:crypto";
import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import {
  createGpgHome,
  gpgDecrypt,
  gpgEncrypt,
  gpgGenerateKey,
  gpgImport,
  type GpgHome,
} from "../../helpers/gpg.ts";
import {
  decoders,
  makeNonce,
  postGpgAuth,
  serverPublicKey,
  setCookies,
} from "../../helpers/gpgauthClient.ts";
import type { RunningServer } from "../../../src/server.ts";
import { insertUserWithKey } from "./authUsers.ts";

const PASSPHRASE = "gpg-user-test-only-NOT-A-SECRET";

describe("GpgAuth with a key made and used by the real gpg binary", function () {
  this.timeout(90_000);
  let server: RunningServer;
  let home: GpgHome;
  before(async () => {
    server = await sharedServer();
    home = await createGpgHome();
    // a user checks the server's signature with the server key, as the extension does
    await gpgImport(home, (await serverPublicKey(server.url)).armored);
  });
  after(() => home.cleanup());

  for (const algo of ["ed25519", "rsa3072"] as const) {
    it(`logs in a ${algo} gpg user: gpg --encrypt at stage 0, gpg --decrypt at stage 1`, async () => {
      const username = `gpg-${algo}-${randomUUID().slice(0, 8)}@watchword.test`;
      const { fingerprint, armoredPublic } = await gpgGenerateKey(
        home,
        `Gpg User <${username}>`,
        algo,
        PASSPHRASE,
      );
      await insertUserWithKey(server.db, username, armoredPublic);
      const serverKey = await serverPublicKey(server.url);

      const nonce = makeNonce();
      const verifyToken = await gpgEncrypt(home, serverKey.fingerprint, nonce);
      const stage0 = await postGpgAuth(server.url, "/auth/verify.json", {
        keyid: fingerprint,
        server_verify_token: verifyToken,
      });
      expect(stage0.headers.get("x-gpgauth-verify-response")).to.equal(nonce);

      const stage1 = await postGpgAuth(server.url, "/auth/login.json", { keyid: fingerprint });
      const armored = decoders.extension(stage1.headers.get("x-gpgauth-user-auth-token")!);
      const decrypted = (await gpgDecrypt(home, armored, PASSPHRASE)).trim();
      expect(decrypted).to.match(/^gpgauthv1\.3\.0\|36\|[0-9a-f-]{36}\|gpgauthv1\.3\.0$/);

      const stage2 = await postGpgAuth(server.url, "/auth/login.json", {
        keyid: fingerprint,
        user_token_result: decrypted,
      });
      expectSuccess(stage2);
      expect((stage2.json.body as { username: string }).username).to.equal(username);
      const cookies = setCookies(stage2);
      const me = await get(server.url, "/auth/is-authenticated.json", {
        headers: { cookie: `passbolt_session=${cookies.passbolt_session}` },
      });
      expectSuccess(me);
    });
  }

  it("signs the stage-1 token with the server key, as gpg --verify shows", async () => {
    const username = `gpg-sig-${randomUUID().slice(0, 8)}@watchword.test`;
    const { fingerprint, armoredPublic } = await gpgGenerateKey(
      home,
      `Gpg Sig <${username}>`,
      "ed25519",
      PASSPHRASE,
    );
    await insertUserWithKey(server.db, username, armoredPublic);
    const stage1 = await postGpgAuth(server.url, "/auth/login.json", { keyid: fingerprint }, "json");
    const armored = decoders.goPassbolt(stage1.headers.get("x-gpgauth-user-auth-token")!);
    const status = await home.run(["--passphrase", PASSPHRASE, "--status-fd", "1", "--decrypt"], armored);
    const serverKey = await serverPublicKey(server.url);
    expect(status).to.match(new RegExp(`\\[GNUPG:\\] VALIDSIG ${serverKey.fingerprint}`));
  });
});

import { expect } from "chai";
import * as openpgp from "openpgp";
import {
  createGpgHome,
  gpgDecrypt,
  gpgEncrypt,
  gpgGenerateKey,
  gpgImport,
  type GpgHome,
} from "../helpers/gpg.ts";
import { cast, privateKeyArmored, privateKeyOf, publicKeyArmored } from "../helpers/cast.ts";
import { describeArmoredKey } from "../../src/crypto/keys.ts";

describe("the real gpg binary against OpenPGP.js", function () {
  this.timeout(60_000);
  let home: GpgHome;
  before(async () => {
    home = await createGpgHome();
  });
  after(() => home.cleanup());

  for (const algo of ["ed25519", "rsa3072"] as const) {
    it(`makes a ${algo} key that OpenPGP.js reads as a v4 key with gpg's default expiry`, async () => {
      const { fingerprint, armoredPublic } = await gpgGenerateKey(
        home,
        `Gpg ${algo} <gpg-${algo}@watchword.test>`,
        algo,
        "test-only",
      );
      const info = await describeArmoredKey(armoredPublic);
      expect(info.fingerprint).to.equal(fingerprint);
      expect(info.version).to.equal(4);
      expect(info.expires).to.be.instanceOf(Date);
      expect(info.uid).to.include(`gpg-${algo}@watchword.test`);
    });
  }

  it("decrypts with gpg what OpenPGP.js encrypted for a cast key, and the other way round", async () => {
    await gpgImport(home, privateKeyArmored("betty"), cast.betty.passphrase!);
    const encryptionKeys = await openpgp.readKey({ armoredKey: publicKeyArmored("betty") });
    const fromJs = await openpgp.encrypt({
      message: await openpgp.createMessage({ text: "s3cret" }),
      encryptionKeys,
    });
    expect(await gpgDecrypt(home, fromJs as string, cast.betty.passphrase!)).to.equal("s3cret");

    const fromGpg = await gpgEncrypt(home, cast.betty.username, "an0ther");
    const { data } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: fromGpg }),
      decryptionKeys: await privateKeyOf("betty"),
    });
    expect(data).to.equal("an0ther");
  });
});

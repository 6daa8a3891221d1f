import { expect } from "chai";
import { clearPublicKeyCache, readPublicKeyCached } from "../../src/crypto/keyCache.ts";
import { publicKeyArmored } from "../helpers/cast.ts";

describe("keyCache.readPublicKeyCached()", () => {
  beforeEach(() => clearPublicKeyCache());

  it("parses a gpgkey row's key once and hands the same key back", async () => {
    const first = await readPublicKeyCached("k1", publicKeyArmored("ada"));
    expect(await readPublicKeyCached("k1", publicKeyArmored("ada"))).to.equal(first);
    expect(first.getFingerprint()).to.be.a("string");
  });

  it("parses again when the armored text under an id differs, and never caches a failure", async () => {
    const ada = await readPublicKeyCached("k2", publicKeyArmored("ada"));
    const betty = await readPublicKeyCached("k2", publicKeyArmored("betty"));
    expect(betty.getFingerprint()).not.to.equal(ada.getFingerprint());
    let failed = false;
    await readPublicKeyCached("k3", "not a key").catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect((await readPublicKeyCached("k3", publicKeyArmored("carol"))).getFingerprint()).to.be.a("string");
  });
});

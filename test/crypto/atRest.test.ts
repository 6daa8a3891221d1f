/** Sealing of the server's private keys at rest (src/crypto/atRest.ts). */
import { expect } from "chai";
import { isSealed, open, seal, WrongPassphraseError } from "../../src/crypto/atRest.ts";

// Test-only passphrase.
const PASSPHRASE = "test-only sealing passphrase";
const KEY = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nnot a real key\n-----END PGP PRIVATE KEY BLOCK-----\n";

const refused = async (p: Promise<unknown>): Promise<Error> => {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(WrongPassphraseError);
    return err as Error;
  }
  throw new Error("expected a WrongPassphraseError");
};

describe("crypto/atRest", () => {
  it("seals and opens; the sealed text holds nothing of the key and differs every time", async () => {
    const a = await seal(KEY, PASSPHRASE, "openpgp");
    const b = await seal(KEY, PASSPHRASE, "openpgp");
    expect(isSealed(a)).to.equal(true);
    expect(isSealed(KEY)).to.equal(false);
    expect(a).to.match(/^watchword-sealed:v1:scrypt:32768\.8\.1:/);
    expect(a).not.to.include("PRIVATE");
    expect(a).not.to.equal(b);
    expect(await open(a, PASSPHRASE, "openpgp")).to.equal(KEY);
  });

  it("refuses another passphrase, another kind, and an altered or cut value", async () => {
    const sealed = await seal(KEY, PASSPHRASE, "jwt");
    expect((await refused(open(sealed, "test-only wrong passphrase", "jwt"))).message).to.equal(
      "the passphrase does not open the stored jwt key",
    );
    await refused(open(sealed, PASSPHRASE, "openpgp"));
    const parts = sealed.split(":");
    const data = parts[parts.length - 1]!;
    const flipped = (data[0] === "A" ? "B" : "A") + data.slice(1);
    await refused(open([...parts.slice(0, -1), flipped].join(":"), PASSPHRASE, "jwt"));
    const shortTag = [...parts.slice(0, -2), parts[parts.length - 2]!.slice(0, 8), data].join(":");
    await refused(open(shortTag, PASSPHRASE, "jwt"));
    await refused(open(parts.slice(0, -1).join(":"), PASSPHRASE, "jwt"));
    await refused(open(sealed.replace("32768.8.1", "1073741824.8.1"), PASSPHRASE, "jwt"));
  });
});

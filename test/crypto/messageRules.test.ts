import { expect } from "chai";
import * as openpgp from "openpgp";
import { checkEncryptedMessage, MESSAGE_RULES } from "../../src/crypto/messageRules.ts";
import { crc24, dearmorMessage, ArmorError } from "../../src/crypto/armor.ts";
import { cast, privateKeyOf, publicKeyArmored, type CastName } from "../helpers/cast.ts";
import { createGpgHome, gpgEncrypt, gpgImport, type GpgHome } from "../helpers/gpg.ts";

const MAX = 256 * 1024;
const keyOf = (name: CastName) => openpgp.readKey({ armoredKey: publicKeyArmored(name) });
type EncryptOptions = Parameters<typeof openpgp.encrypt>[0];
const jsEncrypt = async (options: Partial<EncryptOptions>): Promise<string> =>
  (await openpgp.encrypt({
    message: await openpgp.createMessage({ text: "s3cret" }),
    ...options,
  } as EncryptOptions)) as unknown as string;

async function ruleOf(data: string, recipient: CastName | null): Promise<string | null> {
  const v = await checkEncryptedMessage(data, recipient ? await keyOf(recipient) : null, MAX);
  return v ? v.rule : null;
}

describe("armor.crc24()", () => {
  it("matches the CRC-24/OpenPGP check value", () => {
    expect(crc24(new TextEncoder().encode("123456789"))).to.equal(0x21cf02);
    expect(crc24(new Uint8Array())).to.equal(0xb704ce);
  });
});

describe("armor.dearmorMessage()", () => {
  let armored: string;
  before(async () => {
    armored = await jsEncrypt({ encryptionKeys: await keyOf("ada") });
  });

  it("decodes the block OpenPGP.js writes, which carries a checksum line", () => {
    const { bytes, hasChecksum } = dearmorMessage(armored);
    expect(hasChecksum).to.equal(true);
    expect(bytes.length).to.be.greaterThan(50);
  });

  it("accepts CRLF line ends, trailing spaces and a missing checksum", () => {
    expect(dearmorMessage(armored.replace(/\n/g, "  \r\n")).bytes.length).to.be.greaterThan(0);
    expect(dearmorMessage(armored.replace(/\n=[^\n]{4}\n/, "\n")).hasChecksum).to.equal(false);
  });

  for (const [label, mutate] of [
    ["a wrong checksum", (s: string) => s.replace(/\n=[^\n]{4}\n/, "\n=AAAA\n")],
    ["text before the block", (s: string) => `hello\n${s}`],
    ["text after the block", (s: string) => `${s}\nhello`],
    ["a missing END line", (s: string) => s.replace("-----END PGP MESSAGE-----", "")],
    ["another armor type", (s: string) => s.replaceAll("PGP MESSAGE", "PGP SIGNATURE")],
    ["no blank line after the headers", (s: string) => s.replace("\n\n", "\n")],
    ["a non-base64 line", (s: string) => s.replace(/\n\n(.)/, "\n\n*$1")],
  ] as const) {
    it(`refuses ${label}`, () => {
      expect(() => dearmorMessage(mutate(armored))).to.throw(ArmorError);
    });
  }
});

describe("messageRules.checkEncryptedMessage()", function () {
  this.timeout(60_000);
  let home: GpgHome;
  const fromGpg: Partial<Record<CastName, string>> = {};

  before(async () => {
    home = await createGpgHome();
    for (const name of ["ada", "betty", "edith"] as const) {
      await gpgImport(home, publicKeyArmored(name));
      fromGpg[name] = await gpgEncrypt(home, cast[name].username, `gpg secret of ${name}`);
    }
  });
  after(() => home.cleanup());

  for (const name of ["ada", "betty", "edith"] as const) {
    it(`accepts what gpg --encrypt --armor -r ${name} produced (${cast[name].keyType})`, async () => {
      expect(await ruleOf(fromGpg[name]!, name)).to.equal(null);
    });
    it(`accepts what OpenPGP.js encrypted for ${name} (${cast[name].keyType})`, async () => {
      expect(await ruleOf(await jsEncrypt({ encryptionKeys: await keyOf(name) }), name)).to.equal(null);
    });
  }

  it("accepts an AEAD-protected (SEIPDv2 when the key allows) message", async () => {
    const data = await jsEncrypt({ encryptionKeys: await keyOf("ada"), config: { aeadProtect: true } });
    expect(await ruleOf(data, "ada")).to.equal(null);
  });

  it("accepts extra recipients next to the target user's key", async () => {
    const data = await home.run(
      ["--trust-model", "always", "--encrypt", "--armor", "-r", cast.ada.username, "-r", cast.betty.username],
      "both",
    );
    expect(await ruleOf(data, "betty")).to.equal(null);
    expect(await ruleOf(data, "ada")).to.equal(null);
  });

  it("isEncryptedForRecipient: refuses a message for another user's key, or a user without a key", async () => {
    expect(await ruleOf(fromGpg.ada!, "betty")).to.equal("isEncryptedForRecipient");
    expect(await ruleOf(await jsEncrypt({ encryptionKeys: await keyOf("edith") }), "ada")).to.equal(
      "isEncryptedForRecipient",
    );
    expect(await ruleOf(fromGpg.ada!, null)).to.equal("isEncryptedForRecipient");
  });

  it("isAsymmetric: refuses passphrase messages (OpenPGP.js, gpg --symmetric, and mixed)", async () => {
    expect(await ruleOf(await jsEncrypt({ passwords: ["pw"] }), "ada")).to.equal("isAsymmetric");
    const gpgSymmetric = await home.run(["--passphrase", "pw", "--symmetric", "--armor"], "s3cret");
    expect(await ruleOf(gpgSymmetric, "ada")).to.equal("isAsymmetric");
    const mixed = await jsEncrypt({ encryptionKeys: await keyOf("ada"), passwords: ["pw"] });
    expect(await ruleOf(mixed, "ada")).to.equal("isAsymmetric");
  });

  it("isAsymmetric: refuses signed-only, literal and compressed-only messages", async () => {
    const signingKeys = await privateKeyOf("ada");
    const inline = (await openpgp.sign({
      message: await openpgp.createMessage({ text: "x" }),
      signingKeys,
    })) as string;
    expect(await ruleOf(inline, "ada")).to.equal("isAsymmetric");
    const literal = (await openpgp.createMessage({ text: "x" })).armor();
    expect(await ruleOf(literal, "ada")).to.equal("isAsymmetric");
    // OpenPGP.js compresses lazily: its armor() is an array stream here
    const literalMessage = (await openpgp.createMessage({ text: "x" })) as unknown as {
      compress(algo: number): { armor(): unknown };
    };
    const stream = literalMessage.compress(openpgp.enums.compression.zlib).armor();
    const compressed = await (
      stream as unknown as { readToEnd(join: (a: string[]) => string): Promise<string> }
    ).readToEnd((a) => a.join(""));
    expect(await ruleOf(compressed, "ada")).to.equal("isAsymmetric");
  });

  it("isValidOpenPGPMessage: refuses cleartext-signed text, garbage, keys and truncated armor", async () => {
    const signingKeys = await privateKeyOf("ada");
    const cleartext = await openpgp.sign({
      message: await openpgp.createCleartextMessage({ text: "x" }),
      signingKeys,
    });
    expect(await ruleOf(cleartext, "ada")).to.equal("isValidOpenPGPMessage");
    expect(await ruleOf("not a message at all", "ada")).to.equal("isValidOpenPGPMessage");
    expect(await ruleOf(publicKeyArmored("ada"), "ada")).to.equal("isValidOpenPGPMessage");
    const good = fromGpg.ada!;
    expect(await ruleOf(good.slice(0, Math.floor(good.length / 2)), "ada")).to.equal("isValidOpenPGPMessage");
    // data lines dropped, armor lines kept: the checksum no longer matches
    const lines = good.trim().split("\n");
    const cut = [...lines.slice(0, 3), ...lines.slice(-3)].join("\n");
    expect(await ruleOf(cut, "ada")).to.equal("isValidOpenPGPMessage");
    // the same without the checksum line: the packets no longer parse
    expect(await ruleOf(cut.replace(/\n=[^\n]{4}\n/, "\n"), "ada")).to.equal("isValidOpenPGPMessage");
  });

  it("accepts a message whose checksum line was left out (RFC 9580), refuses a wrong one", async () => {
    const withoutCrc = fromGpg.betty!.replace(/\n=[^\n]{4}\n/, "\n");
    expect(withoutCrc).not.to.equal(fromGpg.betty);
    expect(await ruleOf(withoutCrc, "betty")).to.equal(null);
    expect(await ruleOf(fromGpg.betty!.replace(/\n=[^\n]{4}\n/, "\n=AAAA\n"), "betty")).to.equal(
      "isValidOpenPGPMessage",
    );
  });

  it("hasNoHiddenRecipient: refuses wildcard recipients (OpenPGP.js wildcard, gpg --throw-keyids)", async () => {
    expect(
      await ruleOf(await jsEncrypt({ encryptionKeys: await keyOf("ada"), wildcard: true }), "ada"),
    ).to.equal("hasNoHiddenRecipient");
    const hidden = await home.run(
      ["--trust-model", "always", "--throw-keyids", "--encrypt", "--armor", "-r", cast.edith.username],
      "x",
    );
    expect(await ruleOf(hidden, "edith")).to.equal("hasNoHiddenRecipient");
  });

  it("maxSize and ascii: refuses a message over the limit and non-ASCII text, naming the limit", async () => {
    const big = await jsEncrypt({ encryptionKeys: await keyOf("ada") });
    const v = await checkEncryptedMessage(big, await keyOf("ada"), big.length - 1);
    expect(v?.rule).to.equal("maxSize");
    expect(v?.message).to.include(String(big.length - 1));
    expect(await checkEncryptedMessage(big, await keyOf("ada"), big.length)).to.equal(null);
    expect(await ruleOf(big.replace("-----END", "é-----END"), "ada")).to.equal("ascii");
  });

  it("has a stable message for every rule", () => {
    expect(Object.keys(MESSAGE_RULES)).to.deep.equal([
      "maxSize",
      "ascii",
      "isValidOpenPGPMessage",
      "isAsymmetric",
      "hasNoHiddenRecipient",
      "isEncryptedForRecipient",
    ]);
  });
});

import { expect } from "chai";
import { get } from "../helpers/api.ts";
import { expectSuccess } from "../helpers/expectEnvelope.ts";
import { sharedServer } from "../helpers/server.ts";
import { readPublicKey } from "../../src/crypto/openpgp.ts";

describe("system endpoints", () => {
  let url: string;
  before(async () => {
    url = (await sharedServer()).url;
  });

  describe("GET /healthcheck.json", () => {
    it("reports the database reachable, migrations current and the server key present", async () => {
      const res = await get<{
        database: Record<string, boolean>;
        gpg: { server_key: boolean; fingerprint: string };
      }>(url, "/healthcheck.json");
      expectSuccess(res);
      expect(res.json.body.database).to.deep.equal({ connect: true, migrations_current: true });
      expect(res.json.body.gpg.server_key).to.equal(true);
      expect(res.json.body.gpg.fingerprint).to.match(/^[0-9A-F]{40}$/);
    });
  });

  describe("GET /auth/verify.json", () => {
    it("serves the server's public key and its fingerprint, never the private key", async () => {
      const res = await get<{ fingerprint: string; keydata: string }>(
        url,
        "/auth/verify.json?api-version=v2",
      );
      expectSuccess(res);
      expect(res.json.body.keydata).to.match(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
      expect(res.text).not.to.include("PRIVATE KEY");
      const key = await readPublicKey(res.json.body.keydata);
      expect(key.isPrivate()).to.equal(false);
      expect(key.getFingerprint().toUpperCase()).to.equal(res.json.body.fingerprint);
      // a v4 key that gpg 2.2 can import: Ed25519 legacy by default
      expect(key.keyPacket.version).to.equal(4);
      expect(key.getAlgorithmInfo().algorithm).to.equal("eddsaLegacy");
    });
  });

  describe("GET /settings.json", () => {
    it("gives a guest the public settings in the envelope", async () => {
      const res = await get<{
        app: { url: string; locale: string };
        passbolt: { edition: string; plugins: object };
      }>(url, "/settings.json?api-version=v2");
      expectSuccess(res);
      expect(res.json.body.app.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(res.json.body.app.locale).to.be.a("string");
      expect(res.json.body.passbolt.edition).to.equal("ce");
      expect(res.json.body.passbolt.plugins).to.be.an("object");
      expect(res.json.body.app).not.to.have.property("version");
    });

    it("returns the bare settings with contain[header]=0", async () => {
      const res = await fetch(`${url}/settings.json?contain[header]=0`);
      const body = await res.json();
      expect(body).to.have.keys("app", "passbolt");
    });
  });
});

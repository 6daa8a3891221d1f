/**
 * One public key for two invited users, completing setup at the same moment (the key carries
 * both emails, so each passes hasUserEmailRule): one setup stores it, the other answers 400
 * isUniqueFingerprintRule (503 allowed under a lock timeout); never two live users with one
 * fingerprint, which would make GpgAuth's lookup by fingerprint ambiguous. Both databases.
 */
import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { put } from "../../helpers/api.ts";
import { buildUser } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { extensionBody } from "./setup.helpers.ts";

describe("setup of two users with one key, at once", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  for (let round = 1; round <= 3; round++)
    it(`round ${round}: one user gets the key, the other 400 isUniqueFingerprintRule`, async () => {
      const a = await buildUser(server, { state: "inactive" });
      const b = await buildUser(server, { state: "inactive" });
      const { publicKey } = await openpgp.generateKey({
        type: "ecc",
        curve: "curve25519Legacy",
        userIDs: [{ email: a.username }, { email: b.username }],
        format: "armored",
      });
      const answers = await Promise.all(
        [a, b].map((u) =>
          put(server.url, `/setup/complete/${u.id}.json`, { body: extensionBody(u.token, publicKey) }),
        ),
      );
      for (const r of answers) expect([200, 400, 503], JSON.stringify(r.json.header)).to.include(r.status);
      expect(answers.filter((r) => r.status === 200)).to.have.length(1);
      const refused = answers.find((r) => r.status === 400);
      if (refused)
        expect(refused.json.body).to.have.nested.property("gpgkey.armored_key.isUniqueFingerprintRule");
      const fingerprint = (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint().toUpperCase();
      const rows: { n: number | string }[] = await server.db.read((m) =>
        m.query("SELECT COUNT(*) AS n FROM gpgkeys WHERE fingerprint = ? AND deleted = 0", [fingerprint]),
      );
      expect(Number(rows[0]!.n)).to.equal(1);
    });
});

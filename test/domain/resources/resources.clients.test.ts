/**
 * What real clients do, end to end: a cookie-session user (the browser extension) and a JWT
 * user (mobile/CLI) each create resources of the four v4 types with secrets made by OpenPGP.js
 * and by the gpg binary, list them with every contain and filter, and read their secret back
 * for gpg and OpenPGP.js to decrypt.
 */
import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { get, post } from "../../helpers/api.ts";
import { bearerFor, sessionFor, type Credentials } from "../../helpers/auth.ts";
import { cast, privateKeyArmored, privateKeyOf } from "../../helpers/cast.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { createGpgHome, gpgDecrypt, gpgEncrypt, gpgImport, type GpgHome } from "../../helpers/gpg.ts";
import { encryptFor, RESOURCE_TYPES } from "../../helpers/resourceFactories.ts";
import { expectResource, expectSecret } from "./shapes.ts";

type Json = Record<string, unknown> & { id: string; name: string };
const ALL = [
  "creator",
  "modifier",
  "favorite",
  "secret",
  "resource-type",
  "permission",
  "permissions",
  "permissions.user.profile",
  "permissions.group",
];
const allContains = ALL.map((c) => `contain[${c}]=1`).join("&");

const totp = { secret_key: "JBSWY3DPEHPK3PXP", digits: 6, algorithm: "SHA1", period: 30 };
const PLAINTEXT: Record<keyof typeof RESOURCE_TYPES, string> = {
  "password-string": "correct horse battery staple",
  "password-and-description": JSON.stringify({ password: "p@ss", description: "the vault door" }),
  totp: JSON.stringify({ totp }),
  "password-description-totp": JSON.stringify({ password: "p@ss", description: "2fa", totp }),
};

const USERS = [
  { name: "ada", via: "session" },
  { name: "betty", via: "jwt" },
] as const;

describe("clients: create, list and read back resources of every v4 type", function () {
  this.timeout(120_000);
  let server: RunningServer;
  let home: GpgHome;
  before(async () => {
    server = await sharedServer();
    home = await createGpgHome();
    for (const { name } of USERS) await gpgImport(home, privateKeyArmored(name), cast[name].passphrase!);
  });
  after(() => home.cleanup());

  for (const { name, via } of USERS) {
    describe(`${name} (${cast[name].keyType}) over a ${via}`, () => {
      let creds: Credentials;
      const created: { id: string; plaintext: string; tool: "openpgp.js" | "gpg" }[] = [];
      before(async () => {
        creds = via === "session" ? await sessionFor(server, name) : await bearerFor(server, name);
      });

      for (const [slug, typeId] of Object.entries(RESOURCE_TYPES)) {
        for (const tool of ["openpgp.js", "gpg"] as const) {
          it(`creates a ${slug} resource with a secret made by ${tool}`, async () => {
            const plaintext = PLAINTEXT[slug as keyof typeof RESOURCE_TYPES];
            const data =
              tool === "gpg"
                ? await gpgEncrypt(home, cast[name].username, plaintext)
                : await encryptFor(name, plaintext);
            const res = await post<Json>(
              server.url,
              "/resources.json?api-version=v2&contain[permission]=1&contain[favorite]=1",
              {
                ...creds,
                body: {
                  name: `${name} ${slug} ${tool}`,
                  username: `${name}@mail.test`,
                  uri: "https://mail.test",
                  description: slug === "password-string" ? "cleartext note" : null,
                  resource_type_id: typeId,
                  secrets: [{ data }],
                },
              },
            );
            expectSuccess(res);
            expectResource(res.json.body, ["creator", "modifier", "favorite", "secret", "permission"]);
            expect(res.json.body.resource_type_id).to.equal(typeId);
            expect((res.json.body.secrets as Json[])[0]!.data).to.equal(data);
            created.push({ id: res.json.body.id, plaintext, tool });
          });
        }
      }

      it("lists them with every contain and every filter", async () => {
        const ids = created.map((c) => c.id);
        const hasId = ids.map((id) => `filter[has-id][]=${id}`).join("&");
        const res = await get<Json[]>(
          server.url,
          `/resources.json?api-version=v2&${allContains}&${hasId}`,
          creds,
        );
        expectSuccess(res);
        expect(res.json.body.map((r) => r.id).sort()).to.deep.equal([...ids].sort());
        for (const r of res.json.body) {
          expectResource(r, ALL, r.name);
          expect((r.permission as Json).type).to.equal(15);
          expect(r.personal).to.equal(true);
          expect((r.resource_type as Json).id).to.equal(r.resource_type_id);
        }
        const filtered = async (f: string) =>
          (await get<Json[]>(server.url, `/resources.json?${hasId}&${f}&${allContains}`, creds)).json.body
            .length;
        expect(await filtered("filter[is-owned-by-me]=1")).to.equal(8);
        expect(await filtered("filter[is-shared-with-me]=1")).to.equal(0);
        expect(await filtered("filter[is-favorite]=1")).to.equal(0);
        expect(await filtered("filter[is-favorite]=0")).to.equal(8);
        expect(await filtered("filter[is-shared-with-group]=7f3c0f2e-1d4b-4c6a-9b8e-2a1d3c4b5e6f")).to.equal(
          0,
        );
        expect(await filtered("limit=3&sort=Resources.name&direction=desc")).to.equal(3);
      });

      it("reads each secret back; gpg decrypts the OpenPGP.js ones and OpenPGP.js the gpg ones", async () => {
        const key = await privateKeyOf(name);
        for (const c of created) {
          const res = await get<Json>(server.url, `/secrets/resource/${c.id}.json?api-version=v2`, creds);
          expectSuccess(res);
          expectSecret(res.json.body);
          const data = res.json.body.data as string;
          expect(await gpgDecrypt(home, data, cast[name].passphrase!), `gpg, made by ${c.tool}`).to.equal(
            c.plaintext,
          );
          const { data: js } = await openpgp.decrypt({
            message: await openpgp.readMessage({ armoredMessage: data }),
            decryptionKeys: key,
          });
          expect(js, `OpenPGP.js, made by ${c.tool}`).to.equal(c.plaintext);
        }
      });
    });
  }
});

import { expect } from "chai";
import * as openpgp from "openpgp";
import type { RunningServer } from "../../../src/server.ts";
import { get, post } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast, privateKeyOf } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { countRows, encryptFor, RESOURCE_TYPES } from "../../helpers/resourceFactories.ts";
import { expectResource } from "./shapes.ts";

type Json = Record<string, unknown>;
type Tree = Record<string, Record<string, Record<string, Record<string, string>>> & Record<string, string>>;
const WRITE_CONTAINS = ["creator", "modifier", "favorite", "secret", "permission"];

describe("POST /resources.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let forAda: string;
  before(async () => {
    server = await sharedServer();
    forAda = await encryptFor("ada", "ada's password");
  });

  const body = (o: Json = {}) => ({
    name: "GitHub",
    username: "ada",
    uri: "https://github.com",
    description: "work account",
    resource_type_id: RESOURCE_TYPES["password-string"],
    secrets: [{ data: forAda }],
    ...o,
  });

  /** POSTs as ada and checks the refusal left the database unchanged. */
  async function expectRefused(payload: unknown, message = "Could not validate resource data.") {
    const before = await countRows(server);
    const res = await post<Tree>(server.url, "/resources.json", {
      ...(await sessionFor(server, "ada")),
      body: payload,
    });
    expectError(res, 400, message);
    expect(await countRows(server), "database unchanged").to.deep.equal(before);
    return res.json.body;
  }

  it("answers 401 without credentials", async () => {
    expectError(await post(server.url, "/resources.json", { body: body() }), 401);
  });

  it("creates the resource owned by the caller, with their secret, and answers it with its contains", async () => {
    const before = await countRows(server);
    const res = await post<Json>(server.url, "/resources.json", {
      ...(await sessionFor(server, "ada")),
      // server-owned fields sent by the client are ignored
      body: body({ created_by: cast.carol.id, modified_by: cast.carol.id, id: cast.carol.id }),
    });
    expectSuccess(res);
    expect(res.json.header.message).to.equal("The resource has been added successfully.");
    const r = res.json.body;
    expectResource(r, WRITE_CONTAINS);
    expect(r).to.include({
      name: "GitHub",
      username: "ada",
      uri: "https://github.com",
      description: "work account",
    });
    expect(r.id).not.to.equal(cast.carol.id);
    expect(r.created_by).to.equal(cast.ada.id);
    expect(r.modified_by).to.equal(cast.ada.id);
    expect(r.personal).to.equal(true);
    expect(r.favorite).to.equal(null);
    expect((r.creator as Json).id).to.equal(cast.ada.id);
    expect(r.permission).to.include({
      aro: "User",
      aro_foreign_key: cast.ada.id,
      type: 15,
      aco_foreign_key: r.id,
    });
    const secrets = r.secrets as Json[];
    expect(secrets).to.have.length(1);
    expect(secrets[0]).to.include({ user_id: cast.ada.id, resource_id: r.id, data: forAda });
    const after = await countRows(server);
    expect(after.resources - before.resources).to.equal(1);
    expect(after.permissions - before.permissions).to.equal(1);
    expect(after.secrets - before.secrets).to.equal(1);
    // creating does not count as reading the secret
    expect(after.secret_accesses).to.equal(before.secret_accesses);
    const { data } = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: secrets[0]!.data as string }),
      decryptionKeys: await privateKeyOf("ada"),
    });
    expect(data).to.equal("ada's password");
  });

  it("defaults the type to password-string, stores `expired`, accepts folder_parent_id null", async () => {
    const { resource_type_id: _t, ...rest } = body();
    const res = await post<Json>(server.url, "/resources.json", {
      ...(await bearerFor(server, "ada")),
      body: { ...rest, expired: "2027-03-01T10:00:00+00:00", folder_parent_id: null },
    });
    expectSuccess(res);
    expect(res.json.body.resource_type_id).to.equal(RESOURCE_TYPES["password-string"]);
    expect(res.json.body.expired).to.equal("2027-03-01T10:00:00+00:00");
    const again = await get<Json>(
      server.url,
      `/resources/${res.json.body.id}.json`,
      await bearerFor(server, "ada"),
    );
    expect(again.json.body.expired).to.equal("2027-03-01T10:00:00+00:00");
  });

  it("drops a cleartext description for types that keep it in the secret", async () => {
    const res = await post<Json>(server.url, "/resources.json", {
      ...(await sessionFor(server, "ada")),
      body: body({ resource_type_id: RESOURCE_TYPES["password-and-description"] }),
    });
    expectSuccess(res);
    expect(res.json.body.description).to.equal(null);
  });

  it("refuses a missing, empty or too long name, and too long fields", async () => {
    const { name: _n, ...noName } = body();
    expect((await expectRefused(noName)).name).to.have.property("_required");
    expect((await expectRefused(body({ name: "" }))).name).to.have.property("_empty");
    expect((await expectRefused(body({ name: "n".repeat(256) }))).name).to.have.property("maxLength");
    expect((await expectRefused(body({ username: "u".repeat(256) }))).username).to.have.property("maxLength");
    expect((await expectRefused(body({ uri: "u".repeat(1025) }))).uri).to.have.property("maxLength");
    expect((await expectRefused(body({ description: "d".repeat(10001) }))).description).to.have.property(
      "maxLength",
    );
    expect((await expectRefused(body({ surprise: 1 }))).surprise).to.have.property("_unexpected");
  });

  it("accepts the field limits exactly", async () => {
    const res = await post(server.url, "/resources.json", {
      ...(await sessionFor(server, "ada")),
      body: body({
        name: "n".repeat(255),
        username: "u".repeat(255),
        uri: "u".repeat(1024),
        description: "d".repeat(10000),
      }),
    });
    expectSuccess(res);
  });

  it("refuses no secret, two secrets, and a secret without data", async () => {
    expect((await expectRefused(body({ secrets: [] }))).secrets).to.have.property("_empty");
    const { secrets: _s, ...noSecrets } = body();
    expect((await expectRefused(noSecrets)).secrets).to.have.property("_required");
    const two = await expectRefused(body({ secrets: [{ data: forAda }, { data: forAda }] }));
    expect(two.secrets).to.have.property("hasAtMost");
    expect((await expectRefused(body({ secrets: [{}] }))).secrets!["0"]!.data).to.have.property("_required");
  });

  it("refuses v5 metadata, a folder the caller cannot reach, and an unknown or deleted (v5) type", async () => {
    const v5 = await expectRefused(
      body({ metadata: "-----BEGIN PGP MESSAGE-----", metadata_key_type: "shared_key" }),
    );
    expect(v5.metadata).to.have.property("v5NotSupported");
    expect(v5.metadata_key_type).to.have.property("v5NotSupported");
    const folder = await expectRefused(body({ folder_parent_id: "7f3c0f2e-1d4b-4c6a-9b8e-2a1d3c4b5e6f" }));
    expect(folder.folder_parent_id).to.have.property("folder_exists");
    const unknown = await expectRefused(body({ resource_type_id: "7f3c0f2e-1d4b-4c6a-9b8e-2a1d3c4b5e6f" }));
    expect(unknown.resource_type_id).to.have.property("resource_type_exists");
    const v5type = await expectRefused(body({ resource_type_id: "dd1f723d-0d1e-513f-8218-4055dc0530d0" }));
    expect(v5type.resource_type_id).to.have.property("resource_type_exists");
  });

  describe("the secret must be encrypted for the creator's key", () => {
    const ruleOf = (tree: Tree) => Object.keys(tree.secrets!["0"]!.data!);

    it("isEncryptedForRecipient: a message for another user's key (even with user_id set to them)", async () => {
      const forBetty = await encryptFor("betty", "x");
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: forBetty }] })))).to.deep.equal([
        "isEncryptedForRecipient",
      ]);
      const forced = await expectRefused(body({ secrets: [{ data: forBetty, user_id: cast.betty.id }] }));
      expect(ruleOf(forced)).to.deep.equal(["isEncryptedForRecipient"]);
    });

    it("isAsymmetric: a passphrase (symmetric) message", async () => {
      const data = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: "x" }),
        passwords: ["pw"],
      });
      expect(ruleOf(await expectRefused(body({ secrets: [{ data }] })))).to.deep.equal(["isAsymmetric"]);
    });

    it("isAsymmetric: a signed-only message; isValidOpenPGPMessage: a cleartext-signed one", async () => {
      const signingKeys = await privateKeyOf("ada");
      const inline = await openpgp.sign({ message: await openpgp.createMessage({ text: "x" }), signingKeys });
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: inline }] })))).to.deep.equal([
        "isAsymmetric",
      ]);
      const clear = await openpgp.sign({
        message: await openpgp.createCleartextMessage({ text: "x" }),
        signingKeys,
      });
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: clear }] })))).to.deep.equal([
        "isValidOpenPGPMessage",
      ]);
    });

    it("isAsymmetric: a literal (unencrypted) message", async () => {
      const literal = (await openpgp.createMessage({ text: "my password in clear" })).armor();
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: literal }] })))).to.deep.equal([
        "isAsymmetric",
      ]);
    });

    it("isValidOpenPGPMessage: garbage and truncated armor", async () => {
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: "garbage" }] })))).to.deep.equal([
        "isValidOpenPGPMessage",
      ]);
      const truncated = forAda.slice(0, Math.floor(forAda.length * 0.6));
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: truncated }] })))).to.deep.equal([
        "isValidOpenPGPMessage",
      ]);
    });

    it("maxSize: a message over SECRET_MAX_BYTES (default 256 KiB)", async () => {
      const big = await encryptFor("ada", "x".repeat(300 * 1024));
      expect(big.length).to.be.greaterThan(256 * 1024);
      expect(ruleOf(await expectRefused(body({ secrets: [{ data: big }] })))).to.deep.equal(["maxSize"]);
    });
  });
});

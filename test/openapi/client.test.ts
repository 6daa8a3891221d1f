import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import ts from "typescript";
import { generateTypes, TYPES_FILE } from "../../src/openapi/typescript.ts";
import { repoRoot } from "../../src/openapi/generate.ts";
import type { RunningServer } from "../../src/server.ts";
import { sharedServer } from "../helpers/server.ts";
import { assertMatchesContract, contractDocument } from "./contract.ts";
import {
  createResource,
  healthStatus,
  jwtLogin,
  listResources,
  readSecret,
  serverKey,
  settings,
  settingsError,
  watchwordClient,
} from "./watchwordClient.ts";
import { randomUUID } from "node:crypto";
import * as openpgp from "openpgp";
import { cast, privateKeyOf, publicKeyArmored } from "../helpers/cast.ts";

const CLIENT_FILE = path.join(import.meta.dirname, "watchwordClient.ts");

/** tsc on the client module, with openapi/schema.d.ts replaced by `types`. */
function compileClient(types: string): string[] {
  const configFile = ts.readConfigFile(path.join(repoRoot, "tsconfig.json"), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, repoRoot);
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === TYPES_FILE ? types : readFile(f));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, onError) =>
    path.resolve(f) === TYPES_FILE ? ts.createSourceFile(f, types, lang) : getSourceFile(f, lang, onError);
  const program = ts.createProgram([CLIENT_FILE], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return text;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(repoRoot, d.file.fileName)}:${line + 1}: ${text}`;
  });
}

describe("a client generated from the document (openapi-typescript + openapi-fetch)", function () {
  this.timeout(60_000);
  let types: string;
  let server: RunningServer;
  before(async () => {
    types = await generateTypes(contractDocument());
    server = await sharedServer();
  });

  it("openapi/schema.d.ts is what openapi-typescript makes of the document (else run npm run openapi:generate)", () => {
    const committed = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, "utf8") : "";
    expect(committed === types, "openapi/schema.d.ts is out of date: run npm run openapi:generate").to.equal(
      true,
    );
  });

  it("compiles with tsc against the types of the current document", () => {
    expect(compileClient(types)).to.deep.equal([]);
  });

  /** A client whose every response is also held to the document, as request() does. */
  const client = (token?: string) => {
    const c = watchwordClient(server.url, token);
    c.use({
      async onResponse({ request, response }) {
        const u = new URL(request.url);
        const text = await response.clone().text();
        assertMatchesContract({
          method: request.method,
          url: u.pathname + u.search,
          status: response.status,
          headers: response.headers,
          text,
        });
      },
    });
    return c;
  };

  it("reads the health status", async () => {
    expect(await healthStatus(client())).to.equal("OK");
  });

  it("reads the server key", async () => {
    const key = await serverKey(client());
    expect(key.fingerprint).to.equal(server.deps.serverKey.fingerprint);
    expect(key.keydata).to.match(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
  });

  it("reads the settings, in the envelope and bare", async () => {
    const enveloped = await settings(client());
    expect(enveloped).to.include({ edition: "ce", enveloped: true });
    expect(enveloped.url).to.equal(`${server.deps.config.appUrl}/`);
    expect(await settings(client(), true)).to.include({ edition: "ce", enveloped: false });
  });

  it("gets the typed error envelope for a bad token", async () => {
    const { status, error } = await settingsError(client("not-a-token"));
    expect(status).to.equal(401);
    expect(error.header).to.include({ status: "error", code: 401 });
    expect(error.header.message).to.equal("Authentication is required to continue");
  });

  // Issue 7, item 5: the whole journey through the generated client, with OpenPGP.js on the
  // client side only, as an integrator would write it.
  describe("JWT login, create a resource, list resources, read and decrypt its secret", () => {
    let accessToken: string;
    let resourceId: string;
    const plaintext = `generated-client-${Date.now()}`;

    it("logs in by JWT: challenge signed by ada and encrypted to GET /auth/verify.json's key", async () => {
      const anonymous = client();
      const { keydata } = await serverKey(anonymous);
      const adaKey = await privateKeyOf("ada");
      const verifyToken = randomUUID();
      const challenge = await openpgp.encrypt({
        message: await openpgp.createMessage({
          text: JSON.stringify({
            version: "1.0.0",
            domain: server.deps.config.appUrl,
            verify_token: verifyToken,
            verify_token_expiry: Math.floor(Date.now() / 1000) + 300,
          }),
        }),
        encryptionKeys: await openpgp.readKey({ armoredKey: keydata }),
        signingKeys: adaKey,
      });
      const answer = await jwtLogin(anonymous, cast.ada.id, challenge as string);
      const { data, signatures } = await openpgp.decrypt({
        message: await openpgp.readMessage({ armoredMessage: answer }),
        decryptionKeys: adaKey,
        verificationKeys: await openpgp.readKey({ armoredKey: keydata }),
        expectSigned: true,
      });
      await signatures[0]!.verified;
      const tokens = JSON.parse(data as string);
      expect(tokens.verify_token).to.equal(verifyToken);
      accessToken = tokens.access_token;
      expect(accessToken).to.be.a("string");
    });

    it("creates a resource with POST /resources.json and a secret encrypted with OpenPGP.js", async () => {
      const data = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: plaintext }),
        encryptionKeys: await openpgp.readKey({ armoredKey: publicKeyArmored("ada") }),
      });
      resourceId = await createResource(client(accessToken), {
        name: "Generated client",
        username: "integrator",
        uri: "https://example.test",
        resource_type_id: "669f8c64-242a-59fb-92fc-81f660975fd3",
        secrets: [{ data: data as string }],
      });
      expect(resourceId).to.match(/^[0-9a-f-]{36}$/);
    });

    it("finds it in GET /resources.json as its owner", async () => {
      const listed = await listResources(client(accessToken));
      expect(listed.find((r) => r.id === resourceId)).to.deep.equal({
        id: resourceId,
        name: "Generated client",
        permissionType: 15,
      });
    });

    it("reads GET /secrets/resource/{resourceId}.json and decrypts it back to the plaintext", async () => {
      const armored = await readSecret(client(accessToken), resourceId);
      const { data } = await openpgp.decrypt({
        message: await openpgp.readMessage({ armoredMessage: armored }),
        decryptionKeys: await privateKeyOf("ada"),
      });
      expect(data).to.equal(plaintext);
    });
  });
});

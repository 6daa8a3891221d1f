/**
 * `watchword token --key FILE`: a real JWT login against a real server process, whose printed
 * access token then works as `Authorization: Bearer` (what a person pastes into /docs). The
 * server and the CLI use the test database, where test/setup.ts seeded the cast.
 */
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect } from "chai";
import * as openpgp from "openpgp";
import { AuthenticationTokenEntity } from "../../src/db/entities/AuthenticationToken.ts";
import type { Db } from "../../src/db/db.ts";
import { createLogger } from "../../src/logger.ts";
import { openDatabase } from "../../src/server.ts";
import { get } from "../helpers/api.ts";
import { cast, privateKeyArmored, privateKeyOf, publicKeyArmored, type CastName } from "../helpers/cast.ts";
import { testConfig } from "../helpers/env.ts";
import { freePort } from "../helpers/net.ts";
import { runCli, startServerProcess, type CliResult, type ServerProcess } from "../helpers/proc.ts";

const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A server that is not the one it claims to be: it serves its own key and answers a login with
 * `answer(challenge)`, encrypted to ada and signed by `signer` (its own key unless given).
 */
async function fakeServer(
  answer: (challenge: Record<string, unknown>) => Record<string, unknown>,
  signer?: openpgp.PrivateKey,
) {
  const { privateKey, publicKey } = await openpgp.generateKey({
    userIDs: [{ name: "fake server" }],
    type: "ecc",
    curve: "curve25519Legacy",
    format: "object",
  });
  const challenges: Record<string, unknown>[] = [];
  const ada = await openpgp.readKey({ armoredKey: publicKeyArmored("ada") });
  const srv = http.createServer((req, res) => {
    const send = (body: unknown) => res.end(JSON.stringify({ header: { message: "ok" }, body }));
    if (req.url === "/auth/verify.json")
      return send({ fingerprint: publicKey.getFingerprint().toUpperCase(), keydata: publicKey.armor() });
    if (req.url === "/settings.json") return send({ app: { url: "https://fake.example/" } });
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", async () => {
      const { challenge } = JSON.parse(raw) as { challenge: string };
      const { data } = await openpgp.decrypt({
        message: await openpgp.readMessage({ armoredMessage: challenge }),
        decryptionKeys: privateKey,
      });
      const fields = JSON.parse(data as string) as Record<string, unknown>;
      challenges.push(fields);
      const sealed = await openpgp.encrypt({
        message: await openpgp.createMessage({ text: JSON.stringify(answer(fields)) }),
        encryptionKeys: ada,
        signingKeys: signer ?? privateKey,
      });
      send({ challenge: sealed });
    });
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}`;
  return { url, challenges, close: () => new Promise((r) => srv.close(r)) };
}

/** The one line of standard error, besides the one naming the database the command opened. */
const oneLine = (r: CliResult): string => {
  const lines = r.stderr
    .trim()
    .split("\n")
    .filter((line) => !line.startsWith("watchword: database "));
  expect(lines, r.stderr).to.have.length(1);
  return lines[0]!;
};

describe("watchword token", function () {
  this.timeout(90_000);
  let server: ServerProcess;
  let db: Db;
  let dir: string;
  let env: Record<string, string | undefined>;
  const keyFile = (name: CastName, kind: "private" | "public" = "private"): string => {
    const file = path.join(dir, `${name}.${kind}.asc`);
    if (!fs.existsSync(file))
      fs.writeFileSync(file, kind === "private" ? privateKeyArmored(name) : publicKeyArmored(name));
    return file;
  };
  const refreshTokensOf = async (userId: string) => {
    const repo = db.dataSource.getRepository(AuthenticationTokenEntity);
    return {
      all: await repo.countBy({ userId, type: "refresh_token" }),
      active: await repo.countBy({ userId, type: "refresh_token", active: true }),
    };
  };

  before(async () => {
    // APP_URL as an operator sets it: the CLI's default --url, and the domain of the challenge
    const port = await freePort();
    env = { PORT: String(port), APP_URL: `http://127.0.0.1:${port}` };
    server = await startServerProcess(env);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-token-"));
    db = await openDatabase(testConfig(), createLogger("silent"));
  });
  after(async () => {
    await server?.stop();
    await db?.dataSource.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints an access token alone, which GET /users/me.json accepts as that user", async () => {
    const before = await refreshTokensOf(cast.ada.id);
    const r = await runCli(["token", "--key", keyFile("ada")], {
      ...env,
      WATCHWORD_KEY_PASSPHRASE: cast.ada.passphrase!,
    });
    expect(r.code, r.stderr).to.equal(0);
    const token = r.stdout.replace(/\n$/, "");
    expect(token).to.match(JWT);
    expect(oneLine(r)).to.match(
      new RegExp(
        `^access token for ada@watchword\\.test \\(user ${cast.ada.id}\\), valid until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$`,
      ),
    );
    const until = Date.parse(/valid until (\S+)/.exec(r.stderr)![1]!);
    expect(until - Date.now()).to.be.within(200_000, 301_000); // ACCESS_TOKEN_TTL_SECONDS 300

    const me = await get<{ id: string; username: string }>(server.url, "/users/me.json", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).to.equal(200);
    expect(me.json.body.id).to.equal(cast.ada.id);
    expect(me.json.body.username).to.equal("ada@watchword.test");

    // nothing secret in the output: no passphrase, no key, no refresh token (a UUID)
    const output = r.stdout + r.stderr;
    expect(output).not.to.include(cast.ada.passphrase!);
    expect(output).not.to.include("PGP");
    expect([...new Set(output.match(UUIDS))]).to.deep.equal([cast.ada.id]);
    // the login issued a refresh token and the command revoked it: no live one is left behind
    const after = await refreshTokensOf(cast.ada.id);
    expect(after.all).to.equal(before.all + 1);
    expect(after.active).to.equal(before.active);
  });

  it("reads the passphrase from one line of standard input; --url and --user-id as given", async () => {
    const r = await runCli(
      [
        "token",
        "--key",
        keyFile("betty"),
        "--url",
        `${server.url}/`,
        "--user-id",
        cast.betty.id.toUpperCase(),
      ],
      { ...env, APP_URL: "http://elsewhere.invalid", WATCHWORD_KEY_PASSPHRASE: undefined },
      30_000,
      `${cast.betty.passphrase}\n`,
    );
    expect(r.code, r.stderr).to.equal(0);
    expect(oneLine(r)).to.match(/^access token for betty@watchword\.test /);
    const me = await get<{ id: string }>(server.url, "/users/me.json", {
      headers: { authorization: `Bearer ${r.stdout.trim()}` },
    });
    expect(me.json.body.id).to.equal(cast.betty.id);
  });

  it("exits 1 with one line and no token on a wrong passphrase", async () => {
    const wrong = "not-adas-passphrase-123";
    const r = await runCli(["token", "--key", keyFile("ada")], { ...env, WATCHWORD_KEY_PASSPHRASE: wrong });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal("");
    expect(oneLine(r)).to.match(/^watchword: wrong passphrase for the private key in ".*ada\.private\.asc"$/);
    expect(r.stderr).not.to.include(wrong);
  });

  it("exits 1 when standard input ends before a passphrase", async () => {
    const r = await runCli(["token", "--key", keyFile("ada")], {
      ...env,
      WATCHWORD_KEY_PASSPHRASE: undefined,
    });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal("");
    expect(oneLine(r)).to.match(/^watchword: no passphrase: set WATCHWORD_KEY_PASSPHRASE or give it/);
  });

  it("exits 1 when the key file is missing or holds no private key", async () => {
    const missing = await runCli(["token", "--key", path.join(dir, "nope.asc")], env);
    expect(missing.code).to.equal(1);
    expect(oneLine(missing)).to.match(/^watchword: cannot read the key file ".*nope\.asc" \(ENOENT\)$/);
    const pub = await runCli(["token", "--key", keyFile("ada", "public")], env);
    expect(pub.code).to.equal(1);
    expect(oneLine(pub)).to.match(/^watchword: ".*ada\.public\.asc" is not an armored OpenPGP private key/);
    const none = await runCli(["token"], env);
    expect(none.code, "a usage error").to.equal(2);
    expect(oneLine(none)).to.equal("watchword: token needs --key FILE (the user's armored private key)");
  });

  it("exits 1 when the server cannot be reached", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const r = await runCli(["token", "--key", keyFile("ada"), "--url", closed], {
      ...env,
      WATCHWORD_KEY_PASSPHRASE: cast.ada.passphrase!,
    });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal("");
    expect(oneLine(r)).to.equal(`watchword: cannot reach the server at ${closed} (ECONNREFUSED)`);
  });

  it("exits 1 with the server's message for a user it does not know", async () => {
    const r = await runCli(["token", "--key", keyFile("ada"), "--user-id", randomUUID()], {
      ...env,
      WATCHWORD_KEY_PASSPHRASE: cast.ada.passphrase!,
    });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal("");
    expect(oneLine(r)).to.equal(
      `watchword: login refused by ${server.url} (404): The user does not exist or is not active or has been deleted.`,
    );
  });

  it("exits 1 with the server's message when the key is not the user's", async () => {
    const r = await runCli(["token", "--key", keyFile("carol"), "--user-id", cast.ada.id], {
      ...env,
      WATCHWORD_KEY_PASSPHRASE: cast.carol.passphrase!,
    });
    expect(r.code).to.equal(1);
    expect(oneLine(r)).to.equal(
      `watchword: login refused by ${server.url} (400): The credentials are invalid.`,
    );
  });

  it("without --user-id, exits 1 when no active user has the key in the database", async () => {
    const fingerprint = (await privateKeyOf("sofia")).getFingerprint().toUpperCase(); // sofia is deleted
    const r = await runCli(["token", "--key", keyFile("sofia")], {
      ...env,
      WATCHWORD_KEY_PASSPHRASE: cast.sofia.passphrase!,
    });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal("");
    expect(oneLine(r)).to.equal(
      `watchword: no active user has the key ${fingerprint} in the database: pass --user-id ID`,
    );
  });

  it("without --user-id, never creates a SQLite database that is not there", async () => {
    const missing = path.join(dir, "absent", "watchword.sqlite");
    const r = await runCli(["token", "--key", keyFile("ada")], {
      ...env,
      DATABASE_URL: `sqlite:${missing}`,
      WATCHWORD_KEY_PASSPHRASE: cast.ada.passphrase!,
    });
    expect(r.code).to.equal(1);
    expect(oneLine(r)).to.match(
      /\(there is no SQLite database at .*absent\/watchword\.sqlite, and this command does not create one: .*\): pass --user-id ID$/,
    );
    expect(fs.existsSync(path.dirname(missing))).to.equal(false);
  });

  it("sends the challenge of protocol 1.0.0 and refuses an answer without its verify token", async () => {
    const fake = await fakeServer(() => ({
      version: "1.0.0",
      access_token: "a.b.c",
      verify_token: randomUUID(),
    }));
    try {
      const r = await runCli(
        ["token", "--key", keyFile("ada"), "--url", fake.url, "--user-id", cast.ada.id],
        {
          ...env,
          WATCHWORD_KEY_PASSPHRASE: cast.ada.passphrase!,
        },
      );
      expect(r.code).to.equal(1);
      expect(r.stdout).to.equal("");
      expect(oneLine(r)).to.equal(
        `watchword: the login answer from ${fake.url} does not carry our verify token`,
      );
      const [c] = fake.challenges;
      expect(Object.keys(c!).sort()).to.deep.equal([
        "domain",
        "verify_token",
        "verify_token_expiry",
        "version",
      ]);
      expect(c!.version).to.equal("1.0.0");
      expect(c!.domain).to.equal("https://fake.example/"); // the server's APP_URL, not --url
      expect(c!.verify_token).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect((c!.verify_token_expiry as number) - Date.now() / 1000).to.be.within(100, 121);
    } finally {
      await fake.close();
    }
  });

  it("refuses an answer that the server key did not sign", async () => {
    const fake = await fakeServer(
      (c) => ({ version: "1.0.0", access_token: "a.b.c", verify_token: c.verify_token }),
      await privateKeyOf("carol"),
    );
    try {
      const r = await runCli(
        ["token", "--key", keyFile("ada"), "--url", fake.url, "--user-id", cast.ada.id],
        {
          ...env,
          WATCHWORD_KEY_PASSPHRASE: cast.ada.passphrase!,
        },
      );
      expect(r.code).to.equal(1);
      expect(r.stdout).to.equal("");
      expect(oneLine(r)).to.match(
        new RegExp(`^watchword: the login answer from ${fake.url} does not check out \\(bad_signature: `),
      );
    } finally {
      await fake.close();
    }
  });

  it("is in the usage text", async () => {
    const r = await runCli(["--help"]);
    expect(r.stdout).to.match(/token --key FILE \[--url URL\] \[--user-id ID\]/);
  });
});

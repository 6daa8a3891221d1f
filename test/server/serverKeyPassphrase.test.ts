/**
 * SERVER_KEY_PASSPHRASE: the server's private keys (OpenPGP and JWT) stored sealed in the
 * database, opened at start; a start without the passphrase, or with another one, stops with a
 * message naming the variable; keys stored plain are sealed in place, keeping the same keys.
 * Each test uses a database file of its own (both CI passes run it).
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { open } from "../../src/crypto/atRest.ts";
import type { RunningServer } from "../../src/server.ts";
import { seedCast } from "../helpers/cast.ts";
import { repoRoot } from "../helpers/env.ts";
import { gpgauthLogin } from "../helpers/gpgauthClient.ts";
import { jwtLogin } from "../helpers/jwtClient.ts";
import { runCli } from "../helpers/proc.ts";
import { startTestServer } from "../helpers/server.ts";

// Test-only passphrases.
const PASSPHRASE = "test-only server key passphrase";
const OTHER = "test-only another passphrase";

describe("server private keys sealed with SERVER_KEY_PASSPHRASE", function () {
  this.timeout(120_000);
  const files: string[] = [];
  const running: RunningServer[] = [];

  const freshDatabase = (label: string) => {
    const file = path.join(repoRoot, "var", "test", `keys-${label}-${process.pid}.sqlite`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    files.push(file);
    return `sqlite:${file}`;
  };
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(env);
    running.push(server);
    return server;
  };
  const stop = async (server: RunningServer) => {
    running.splice(running.indexOf(server), 1);
    await server.close();
  };
  const keyRows = (server: RunningServer) =>
    server.db.read((m) =>
      m.query("SELECT kind, fingerprint, private_key FROM server_keys ORDER BY kind"),
    ) as Promise<{ kind: string; fingerprint: string; private_key: string }[]>;

  /** Both keys at work: GpgAuth (the OpenPGP key decrypts and signs) and JWT (both keys). */
  async function expectLogins(server: RunningServer) {
    await seedCast(server.db);
    const session = await gpgauthLogin(server.url, "ada");
    expect(session.cookie).to.be.a("string");
    const tokens = await jwtLogin(server.url, "betty");
    expect(tokens.accessToken.split(".")).to.have.length(3);
  }

  after(async () => {
    await Promise.all(running.map((s) => s.close()));
    for (const file of files)
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  });

  it("a new database: both private keys are stored sealed and both logins work", async () => {
    const server = await start({ DATABASE_URL: freshDatabase("new"), SERVER_KEY_PASSPHRASE: PASSPHRASE });
    const rows = await keyRows(server);
    expect(rows.map((r) => r.kind)).to.deep.equal(["jwt", "openpgp"]);
    for (const row of rows) {
      expect(row.private_key).to.match(/^watchword-sealed:v1:scrypt:/);
      expect(row.private_key).not.to.include("PRIVATE KEY");
    }
    await expectLogins(server);
  });

  it("a start without the passphrase or with another one stops, naming SERVER_KEY_PASSPHRASE", async () => {
    const url = freshDatabase("refused");
    await stop(await start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: PASSPHRASE }));

    let missing: unknown;
    await startTestServer({ DATABASE_URL: url }).then(
      (s) => running.push(s),
      (err) => (missing = err),
    );
    expect(String(missing)).to.include("stored encrypted: set SERVER_KEY_PASSPHRASE");
    let wrong: unknown;
    await startTestServer({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: OTHER }).then(
      (s) => running.push(s),
      (err) => (wrong = err),
    );
    expect(String(wrong)).to.match(/SERVER_KEY_PASSPHRASE: the passphrase does not open the stored \w+ key/);

    // The way an operator meets it: one line on stderr, exit 1, no passphrase echoed.
    const cli = await runCli(["serve"], { DATABASE_URL: url, PORT: "0", SERVER_KEY_PASSPHRASE: OTHER });
    expect(cli.code).to.equal(1);
    expect(cli.stderr).to.match(/^watchword: SERVER_KEY_PASSPHRASE: the passphrase does not open/m);
    expect(cli.stderr + cli.stdout).not.to.include(OTHER);

    const right = await start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: PASSPHRASE });
    await expectLogins(right);
  });

  it("keys stored plain are sealed in place, the same keys, by processes starting together", async () => {
    const url = freshDatabase("plain");
    const plain = await start({ DATABASE_URL: url });
    const before = await keyRows(plain);
    expect(before.every((r) => r.private_key.includes("PRIVATE KEY"))).to.equal(true);
    await stop(plain);

    const pair = await Promise.all([
      start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: PASSPHRASE }),
      start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: PASSPHRASE }),
    ]);
    const after = await keyRows(pair[0]);
    expect(after.map((r) => r.fingerprint)).to.deep.equal(before.map((r) => r.fingerprint));
    for (const [i, row] of after.entries()) {
      expect(row.private_key).to.match(/^watchword-sealed:v1:/);
      expect(await open(row.private_key, PASSPHRASE, row.kind)).to.equal(before[i]!.private_key);
    }
    for (const server of pair) await expectLogins(server);
  });

  it("SERVER_KEY_PASSPHRASE_FILE reads the passphrase from a file (one trailing newline dropped)", async () => {
    const url = freshDatabase("file");
    const secretFile = path.join(repoRoot, "var", "test", `passphrase-${process.pid}.txt`);
    files.push(secretFile);
    fs.writeFileSync(secretFile, `${PASSPHRASE}\n`, { mode: 0o600 });
    await stop(await start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE_FILE: secretFile }));
    const server = await start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: PASSPHRASE });
    await expectLogins(server);
  });

  it("watchword server-key passphrase seals, changes and removes the passphrase, all keys or none", async () => {
    const url = freshDatabase("cli");
    const plain = await start({ DATABASE_URL: url });
    const original = await keyRows(plain);
    await stop(plain);
    const cli = (env: Record<string, string>, input: string, ...flags: string[]) =>
      runCli(["server-key", "passphrase", ...flags], { DATABASE_URL: url, ...env }, 30_000, input);
    const rowsNow = async () => {
      const server = await start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: PASSPHRASE });
      const rows = await keyRows(server);
      await stop(server);
      return rows;
    };

    const sealed = await cli({}, `${PASSPHRASE}\n`);
    expect(sealed.code, sealed.stderr).to.equal(0);
    expect(sealed.stdout).to.include(
      "server private keys (jwt, openpgp) now encrypted with the new passphrase",
    );
    expect(sealed.stdout + sealed.stderr).not.to.include(PASSPHRASE);
    const first = await rowsNow();
    for (const [i, row] of first.entries())
      expect(await open(row.private_key, PASSPHRASE, row.kind)).to.equal(original[i]!.private_key);

    // refusals change nothing
    for (const [env, input, message] of [
      [{}, `${OTHER}\n`, /stored encrypted: set SERVER_KEY_PASSPHRASE/],
      [{ SERVER_KEY_PASSPHRASE: OTHER }, `${OTHER}\n`, /SERVER_KEY_PASSPHRASE: the passphrase does not open/],
      [{ SERVER_KEY_PASSPHRASE: PASSPHRASE }, "short\n", /at least 12 characters/],
      [{ SERVER_KEY_PASSPHRASE: PASSPHRASE }, "", /pipe the new passphrase on standard input/],
    ] as const) {
      const refused = await cli(env, input);
      expect(refused.code, refused.stdout).to.equal(1);
      expect(refused.stderr).to.match(message);
    }
    expect((await rowsNow()).map((r) => r.private_key)).to.deep.equal(first.map((r) => r.private_key));

    const changed = await cli({ SERVER_KEY_PASSPHRASE: PASSPHRASE }, OTHER);
    expect(changed.code, changed.stderr).to.equal(0);
    const server = await start({ DATABASE_URL: url, SERVER_KEY_PASSPHRASE: OTHER });
    await expectLogins(server);
    await stop(server);

    const removed = await cli({ SERVER_KEY_PASSPHRASE: OTHER }, "", "--plain");
    expect(removed.code, removed.stderr).to.equal(0);
    expect(removed.stdout).to.include("now stored unencrypted");
    const back = await start({ DATABASE_URL: url });
    expect((await keyRows(back)).map((r) => r.private_key)).to.deep.equal(original.map((r) => r.private_key));
  });
});

/**
 * `watchword throttle list|clear`: the counters a running server throttles by are rows of the
 * shared database, so the command lists them and, cleared, frees a throttled client address or
 * account on the running server (within BLOCK_RECHECK_MS, the server's own cache of a block).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import type { ApiResponse } from "../helpers/api.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import {
  BEHIND_PROXY,
  correctLogin,
  expectThrottled,
  freshClient,
  newLoginUser,
  randomFingerprint,
  wrongAnswer,
} from "../helpers/loginAttempts.ts";
import { runCli } from "../helpers/proc.ts";
import { startTestServer } from "../helpers/server.ts";
import type { RunningServer } from "../../src/server.ts";
import { addressKey, BLOCK_RECHECK_MS } from "../../src/http/throttle.ts";

const LIMITS = { THROTTLE_ADDRESS_LIMIT: "3", THROTTLE_ACCOUNT_LIMIT: "2", THROTTLE_WINDOW_SECONDS: "600" };
const UNTIL = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

/** Retries `attempt` until it is not a 429; how long that took. */
async function untilNotThrottled(attempt: () => Promise<ApiResponse>, maxMs: number) {
  const t0 = Date.now();
  for (;;) {
    const res = await attempt();
    if (res.status !== 429 || Date.now() - t0 > maxMs) return { res, ms: Date.now() - t0 };
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("watchword throttle list|clear", function () {
  this.timeout(120_000);
  let server: RunningServer;
  const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
    runCli(["throttle", ...args], { ...LIMITS, ...env });

  before(async () => {
    server = await startTestServer({ ...BEHIND_PROXY, ...LIMITS });
  });
  after(async () => server?.close());

  it("lists a throttled client address, and clear --address lets it log in again", async () => {
    const client = freshClient();
    const key = addressKey(client.address);
    for (let i = 0; i < 3; i++)
      expectError(await wrongAnswer(server.url, randomFingerprint(), client.headers), 400);
    const user = await newLoginUser(server);
    expectThrottled(await correctLogin(server.url, user, client.headers), 600);

    const listed = await cli(["list", "--address", client.address]);
    expect(listed.code, listed.stderr).to.equal(0);
    expect(listed.stdout).to.match(
      new RegExp(
        `^login address ${key}: 3 of 3 failures, THROTTLED until ${UNTIL}\n1 counter, 1 throttled\n$`,
      ),
    );
    expect(listed.stderr, "names the database").to.match(/^watchword: database /);
    const everything = await cli(["list"]);
    expect(everything.code, everything.stderr).to.equal(0);
    expect(everything.stdout).to.include(`login address ${key}: 3 of 3 failures, THROTTLED`);

    const cleared = await cli(["clear", "--address", client.address]);
    expect(cleared.code, cleared.stderr).to.equal(0);
    expect(cleared.stdout).to.match(new RegExp(`^cleared 1 counter:\nlogin address ${key}: 3 of 3 failures`));
    expect(cleared.stdout).to.include("running servers let these clients and accounts try again within 1 s");
    const { res, ms } = await untilNotThrottled(
      () => correctLogin(server.url, user, client.headers),
      BLOCK_RECHECK_MS + 2000,
    );
    expectSuccess(res);
    expect(ms, "within the server's recheck").to.be.below(BLOCK_RECHECK_MS + 1000);
    const after = await cli(["list", "--address", client.address]);
    expect(after.stdout).to.equal("no failed attempts counted in the current windows\n");
  });

  it("clear --account takes a username and frees the account its key was throttled as", async () => {
    const user = await newLoginUser(server);
    for (let i = 0; i < 2; i++)
      expectError(await wrongAnswer(server.url, user.fingerprint, freshClient().headers), 400);
    expectThrottled(await correctLogin(server.url, user, freshClient().headers), 600);
    const line = `login account ${user.fingerprint.toLowerCase()}: 2 of 2 failures, THROTTLED until`;

    for (const account of [user.username, user.id, user.fingerprint]) {
      const listed = await cli(["list", "--account", account]);
      expect(listed.code, listed.stderr).to.equal(0);
      expect(listed.stdout, account).to.include(line);
    }
    const cleared = await cli(["clear", "--account", user.username.toUpperCase()]);
    expect(cleared.code, cleared.stderr).to.equal(0);
    expect(cleared.stdout).to.include(line);
    const client = freshClient();
    const { res } = await untilNotThrottled(
      () => correctLogin(server.url, user, client.headers),
      BLOCK_RECHECK_MS + 2000,
    );
    expectSuccess(res);
  });

  it("clear --all deletes every counter", async () => {
    const client = freshClient();
    expectError(await wrongAnswer(server.url, randomFingerprint(), client.headers), 400);
    const cleared = await cli(["clear", "--all"]);
    expect(cleared.code, cleared.stderr).to.equal(0);
    expect(cleared.stdout).to.include(
      `login address ${addressKey(client.address)}: 1 of 3 failures, counted until`,
    );
    expect((await cli(["list"])).stdout).to.equal("no failed attempts counted in the current windows\n");
  });

  it("refuses usage errors with exit 2 before opening any database, an unknown user with exit 1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-throttle-"));
    const nowhere = { DATABASE_URL: `sqlite:${path.join(dir, "none.sqlite")}` };
    try {
      for (const args of [
        [],
        ["lift"],
        ["clear"],
        ["list", "--address", "not-an-address"],
        ["clear", "--all", "--address", "203.0.113.7"],
        ["list", "--all"],
      ]) {
        const r = await cli(args, nowhere);
        expect(r.code, `${args.join(" ")}: ${r.stderr}`).to.equal(2);
        expect(r.stderr.trim().split("\n"), args.join(" ")).to.have.length(1);
      }
      expect(fs.readdirSync(dir)).to.deep.equal([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const unknown = await cli(["clear", "--account", "nobody@nowhere.example"]);
    expect(unknown.code).to.equal(1);
    expect(unknown.stderr).to.include(
      'watchword: --account: no user has the username "nobody@nowhere.example"',
    );
  });

  it("has --help", async () => {
    const r = await runCli(["throttle", "--help"]);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.include("throttle list [--address A] [--account U]");
    expect(r.stdout).to.include("throttle clear --address A | --account U | --all");
  });
});

import { randomUUID } from "node:crypto";
import { expect } from "chai";
import { get, post, type ApiResponse } from "../helpers/api.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { buildUser } from "../helpers/factories.ts";
import { postGpgAuth } from "../helpers/gpgauthClient.ts";
import { challengeFields, sealChallenge } from "../helpers/jwtClient.ts";
import {
  BEHIND_PROXY,
  correctLogin,
  expectThrottled,
  freshClient,
  newLoginUser,
  randomFingerprint,
  TOO_MANY,
  wrongAnswer,
} from "../helpers/loginAttempts.ts";
import { startServerProcess, type ServerProcess } from "../helpers/proc.ts";
import { startTestServer } from "../helpers/server.ts";
import type { RunningServer } from "../../src/server.ts";
import { AuditLogEntity } from "../../src/db/entities/AuditLog.ts";
import { addressKey } from "../../src/http/throttle.ts";

describe("throttling of login and setup (src/http/throttle.ts)", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await startTestServer({
      ...BEHIND_PROXY,
      THROTTLE_ACCOUNT_LIMIT: "3",
      THROTTLE_ADDRESS_LIMIT: "5",
      THROTTLE_WINDOW_SECONDS: "60",
    });
  });
  after(async () => server?.close());

  describe("POST /auth/login.json (GpgAuth)", () => {
    it("refuses an account with 429 and Retry-After after 3 wrong answers, a correct login too, from any address", async () => {
      const ada = await newLoginUser(server);
      const first = freshClient();
      for (let i = 0; i < 3; i++)
        expectError(await wrongAnswer(server.url, ada.fingerprint, first.headers), 400);
      const again = await wrongAnswer(server.url, ada.fingerprint, freshClient().headers);
      expectThrottled(again, 60);
      expect(again.headers.get("x-gpgauth-error")).to.equal("true");
      expect(again.headers.get("x-gpgauth-debug")).to.equal(TOO_MANY);
      expectThrottled(await correctLogin(server.url, ada, freshClient().headers), 60);
    });

    it("answers a throttled unknown fingerprint exactly as a throttled known one", async () => {
      const known = await newLoginUser(server);
      const unknown = randomFingerprint();
      const [a, b] = [freshClient(), freshClient()];
      for (let i = 0; i < 3; i++) {
        expectError(await wrongAnswer(server.url, known.fingerprint, a.headers), 400);
        // stage 1 of an unknown key: "There is no user associated with this key."
        const r = await postGpgAuth(server.url, "/auth/login.json", { keyid: unknown }, "json", b.headers);
        expectError(r, 400, "There is no user associated with this key.");
      }
      const k = await postGpgAuth(
        server.url,
        "/auth/login.json",
        { keyid: known.fingerprint },
        "json",
        a.headers,
      );
      const u = await postGpgAuth(server.url, "/auth/login.json", { keyid: unknown }, "json", b.headers);
      expectThrottled(k, 60);
      expectThrottled(u, 60);
      const strip = (res: ApiResponse) => ({
        status: res.status,
        message: res.json.header.message,
        body: res.json.body,
        headers: [...res.headers.entries()]
          .filter(
            ([name]) =>
              !["date", "x-request-id", "content-length", "retry-after", "set-cookie"].includes(name),
          )
          .sort(),
      });
      expect(strip(u)).to.deep.equal(strip(k));
      expect(
        Math.abs(Number(k.headers.get("retry-after")) - Number(u.headers.get("retry-after"))),
      ).to.be.at.most(1);
    });

    it("counts the failures of one address across accounts (5), and not another address's", async () => {
      const client = freshClient();
      for (let i = 0; i < 5; i++)
        expectError(await wrongAnswer(server.url, randomFingerprint(), client.headers), 400);
      const fingerprint = randomFingerprint();
      expectThrottled(await wrongAnswer(server.url, fingerprint, client.headers), 60);
      expectError(await wrongAnswer(server.url, fingerprint, freshClient().headers), 400);
    });

    it("does not count a stage-1 challenge or a successful login as failures", async () => {
      const user = await newLoginUser(server);
      const client = freshClient();
      for (let i = 0; i < 4; i++) expectSuccess(await correctLogin(server.url, user, client.headers));
      for (let i = 0; i < 3; i++)
        expectError(await wrongAnswer(server.url, user.fingerprint, client.headers), 400);
      expectThrottled(await wrongAnswer(server.url, user.fingerprint, client.headers), 60);
    });

    it("audits each refused attempt and each login with the client address", async () => {
      const user = await newLoginUser(server);
      const client = freshClient();
      expectError(await wrongAnswer(server.url, user.fingerprint, client.headers), 400);
      expectSuccess(await correctLogin(server.url, user, client.headers));
      const rows = await server.db.read((m) =>
        m.getRepository(AuditLogEntity).find({ where: { clientIp: client.address }, order: { seq: "ASC" } }),
      );
      expect(rows.map((r) => r.action)).to.deep.equal(["auth.login.failure", "auth.login.success"]);
      expect(JSON.parse(rows[0]!.data!)).to.deep.equal({
        account: user.fingerprint.toLowerCase(),
        status: 400,
        code: "gpgauth_failed",
      });
      expect(rows[1]!.actorId).to.equal(user.id);
      expect(rows.every((r) => r.requestId)).to.equal(true);
    });
  });

  describe("POST /auth/jwt/login.json and /auth/jwt/refresh.json", () => {
    it("refuses a user id after 3 refused challenges, a valid challenge too", async () => {
      const user = await newLoginUser(server);
      const client = freshClient();
      for (let i = 0; i < 3; i++) {
        const r = await post(server.url, "/auth/jwt/login.json", {
          body: {
            user_id: user.id,
            challenge: "-----BEGIN PGP MESSAGE-----\nnot one\n-----END PGP MESSAGE-----",
          },
          headers: client.headers,
        });
        expectError(r, 400, "The credentials are invalid.");
      }
      const fields = await challengeFields(server.url);
      const challenge = await sealChallenge(server.url, JSON.stringify(fields), user.privateKey);
      const valid = await post(server.url, "/auth/jwt/login.json", {
        body: { user_id: user.id, challenge },
        headers: freshClient().headers,
      });
      expectThrottled(valid, 60);
    });

    it("throttles an unknown user id (404) as a known one", async () => {
      const client = freshClient();
      const userId = randomUUID();
      for (let i = 0; i < 3; i++)
        expectError(
          await post(server.url, "/auth/jwt/login.json", {
            body: { user_id: userId, challenge: "x" },
            headers: client.headers,
          }),
          404,
        );
      expectThrottled(
        await post(server.url, "/auth/jwt/login.json", {
          body: { user_id: userId, challenge: "x" },
          headers: client.headers,
        }),
        60,
      );
    });

    it("refuses refresh tokens for a user id after 3 refused ones", async () => {
      const client = freshClient();
      const userId = randomUUID();
      const refresh = () =>
        post(server.url, "/auth/jwt/refresh.json", {
          body: { user_id: userId, refresh_token: randomUUID() },
          headers: client.headers,
        });
      for (let i = 0; i < 3; i++) expectError(await refresh(), 400, "The refresh token is not valid.");
      expectThrottled(await refresh(), 60);
    });

    it("does not count a body that fails validation (nothing was tried)", async () => {
      const client = freshClient();
      for (let i = 0; i < 6; i++) {
        const r = await post(server.url, "/auth/jwt/login.json", {
          body: { user_id: "u".repeat(100) },
          headers: client.headers,
        });
        expectError(r, 400);
        expect(r.json.body).to.have.nested.property("user_id.maxLength");
      }
    });
  });

  describe("setup links", () => {
    it("refuses a user's setup after 3 wrong tokens, the right token too", async () => {
      const user = await buildUser(server, { state: "inactive" });
      const client = freshClient();
      for (let i = 0; i < 3; i++)
        expectError(
          await get(server.url, `/setup/start/${user.id}/${randomUUID()}.json`, { headers: client.headers }),
          400,
        );
      expectThrottled(
        await get(server.url, `/setup/start/${user.id}/${user.token}.json`, {
          headers: freshClient().headers,
        }),
        60,
      );
      const complete = await post(server.url, `/setup/complete/${user.id}.json`, {
        body: { authentication_token: { token: user.token }, gpgkey: { armored_key: "x" } },
        headers: freshClient().headers,
      });
      expectThrottled(complete, 60);
    });
  });
});

describe("throttle window", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await startTestServer({
      ...BEHIND_PROXY,
      THROTTLE_ACCOUNT_LIMIT: "2",
      THROTTLE_WINDOW_SECONDS: "2",
    });
  });
  after(async () => server?.close());

  it("lets the right login in again once the window has passed", async () => {
    const user = await newLoginUser(server);
    const client = freshClient();
    for (let i = 0; i < 2; i++)
      expectError(await wrongAnswer(server.url, user.fingerprint, client.headers), 400);
    const wait = expectThrottled(await correctLogin(server.url, user, client.headers), 2);
    await new Promise((r) => setTimeout(r, wait * 1000 + 200));
    expectSuccess(await correctLogin(server.url, user, client.headers));
  });
});

describe("throttle without a trusted proxy", function () {
  this.timeout(60_000);
  let server: RunningServer;
  const peerKey = "login:address:127.0.0.1";
  const clear = () =>
    server.db.read((m) => m.query("DELETE FROM throttle WHERE throttle_key = ?", [peerKey]));
  before(async () => {
    server = await startTestServer({ THROTTLE_ADDRESS_LIMIT: "3", THROTTLE_ACCOUNT_LIMIT: "100" });
    await clear(); // the other suites' failures from 127.0.0.1
  });
  after(async () => {
    await clear();
    await server?.close();
  });

  it("counts the TCP peer and ignores X-Forwarded-For", async () => {
    for (let i = 0; i < 3; i++)
      expectError(await wrongAnswer(server.url, randomFingerprint(), freshClient().headers), 400);
    expectThrottled(await wrongAnswer(server.url, randomFingerprint(), freshClient().headers), 15 * 60);
  });
});

describe("throttle across server processes", function () {
  this.timeout(90_000);
  let a: ServerProcess;
  let b: ServerProcess;
  before(async () => {
    const env = { ...BEHIND_PROXY, THROTTLE_ACCOUNT_LIMIT: "4", THROTTLE_WINDOW_SECONDS: "60" };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("shares the count of one account between two processes on one database", async () => {
    const fingerprint = randomFingerprint();
    for (const url of [a.url, b.url, a.url, b.url])
      expectError(await wrongAnswer(url, fingerprint, freshClient().headers), 400);
    expectThrottled(await wrongAnswer(a.url, fingerprint, freshClient().headers), 60);
    expectThrottled(await wrongAnswer(b.url, fingerprint, freshClient().headers), 60);
  });
});

describe("throttle.addressKey()", () => {
  it("keeps IPv4 addresses and reduces IPv6 ones to their /64", () => {
    expect(addressKey("203.0.113.7")).to.equal("203.0.113.7");
    expect(addressKey("2001:db8:1:2:3:4:5:6")).to.equal("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002::9")).to.equal("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).to.equal("2001:db8:0:0::/64");
    expect(addressKey("::1")).to.equal("0:0:0:0::/64");
  });
});

/**
 * watchword-client's session: the pinned server key (a swapped key refused loudly, accepted only
 * by its fingerprint), access tokens refreshed when expired or refused, a revoked session, and
 * logout revoking the right refresh token.
 */
import fs from "node:fs";
import { expect } from "chai";
import { generateKey, readPrivateKey } from "../../src/crypto/openpgp.ts";
import { AuthenticationTokenEntity } from "../../src/db/entities/AuthenticationToken.ts";
import { issueAccessToken } from "../../src/domain/auth/jwt.tokens.ts";
import type { RunningServer } from "../../src/server.ts";
import { get, post } from "../helpers/api.ts";
import { sharedServer } from "../helpers/server.ts";
import { clientSuite, expectFailure, loginAs, type Person } from "./client.helpers.ts";

describe("watchword-client: the pinned server key and the tokens", function () {
  this.timeout(180_000);
  const { someone, extraServer } = clientSuite();

  describe("the pinned server key", () => {
    it("refuses a login when the server presents another key, loudly, and keeps the pin", async () => {
      const server = await extraServer();
      const url = server.url;
      const p = await someone(server);
      await loginAs(p, url);
      const pinned = p.state(url);
      const original = { ...server.deps.serverKey };
      // the server now holds another key: an impostor, or a key the operator replaced
      const other = await generateKey("curve25519", "Impostor");
      Object.assign(server.deps.serverKey, {
        fingerprint: other.fingerprint,
        armoredPublic: other.armoredPublic,
        privateKey: await readPrivateKey(other.armoredPrivate),
      });
      try {
        const r = await p.run(["login", "--server", url, "--key", p.fingerprint]);
        expectFailure(
          r,
          7,
          `THE SERVER KEY OF ${url} HAS CHANGED: pinned ${pinned.server_fingerprint}, the server now presents ${other.fingerprint}. ` +
            "Someone may be impersonating the server; refusing to log in. If the operator replaced the key, " +
            `confirm the new fingerprint with them and run login again with --accept-server-key ${other.fingerprint}`,
        );
        expect(p.state(url), "the state is untouched").to.deep.equal(pinned);
        // accepting some other fingerprint is no way around it
        const wrong = await p.run([
          "login",
          "--server",
          url,
          "--key",
          p.fingerprint,
          "--accept-server-key",
          pinned.server_fingerprint!,
        ]);
        expectFailure(wrong, 7, /HAS CHANGED/);
        // the new key, named by its fingerprint, is accepted and pinned
        const ok = await p.run([
          "login",
          "--server",
          url,
          "--key",
          p.fingerprint,
          "--accept-server-key",
          other.fingerprint.toLowerCase(),
        ]);
        expect(ok.code, ok.stderr).to.equal(0);
        expect(ok.stderr).to.equal(
          `watchword-client: the server key changed from ${pinned.server_fingerprint} to ${other.fingerprint}; accepted and pinned as you asked\n`,
        );
        expect(p.state(url).server_fingerprint).to.equal(other.fingerprint);
      } finally {
        Object.assign(server.deps.serverKey, original);
      }
      // and back to the real key: that is a change too
      expectFailure(await p.run(["login", "--server", url, "--key", p.fingerprint]), 7, /HAS CHANGED/);
    });
  });

  describe("tokens", () => {
    let server: RunningServer;
    let url: string;
    let p: Person;
    const writeState = (s: Record<string, string>) =>
      fs.writeFileSync(p.stateFile(url), JSON.stringify(s), { mode: 0o600 });
    const exp = (jwt: string) =>
      JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8")).exp as number;
    before(async () => {
      server = await sharedServer();
      url = server.url;
      p = await someone(server);
      await loginAs(p, url);
    });

    it("refreshes an expired access token before using it, and saves the rotated refresh token", async () => {
      const before = p.state(url);
      const expired = await issueAccessToken(
        server.deps.jwtKeys,
        { ...server.deps.config, accessTokenTtlSeconds: -120 },
        p.id,
      );
      writeState({ ...before, access_token: expired });
      const r = await p.run(["ls", "--json"]);
      expect(r.code, r.stderr).to.equal(0);
      expect(JSON.parse(r.out)).to.deep.equal([]);
      const after = p.state(url);
      expect(after.access_token).not.to.equal(expired);
      expect(exp(after.access_token!)).to.be.greaterThan(Date.now() / 1000);
      expect(after.refresh_token, "rotated")
        .to.match(/^[0-9a-f-]{36}$/)
        .and.not.equal(before.refresh_token);
      expect(fs.statSync(p.stateFile(url)).mode & 0o777).to.equal(0o600);
    });

    it("several clients at once with an expired token: one refresh, the others take its tokens", async () => {
      const before = p.state(url);
      const expired = await issueAccessToken(
        server.deps.jwtKeys,
        { ...server.deps.config, accessTokenTtlSeconds: -120 },
        p.id,
      );
      writeState({ ...before, access_token: expired });
      const runs = await Promise.all([1, 2, 3, 4].map(() => p.run(["ls", "--json"])));
      for (const r of runs) expect(r.code, r.stderr).to.equal(0);
      const live = await server.db.read((m) =>
        m
          .getRepository(AuthenticationTokenEntity)
          .countBy({ userId: p.id, type: "refresh_token", active: true }),
      );
      expect(live, "one rotation: the session's one refresh token").to.equal(1);
      expect(p.state(url).refresh_token).not.to.equal(before.refresh_token);
      expect(fs.existsSync(`${p.stateFile(url)}.lock`), "lock released").to.equal(false);
      expect((await p.run(["ls"])).code).to.equal(0);
    });

    it("refreshes when the server answers 401 to a token that looked valid, then retries", async () => {
      const before = p.state(url);
      const [h, payload] = before.access_token!.split(".");
      writeState({ ...before, access_token: `${h}.${payload}.${"A".repeat(342)}` });
      const r = await p.run(["ls", "--json"]);
      expect(r.code, r.stderr).to.equal(0);
      const after = p.state(url);
      expect(after.refresh_token).not.to.equal(before.refresh_token);
      const me = await get<{ id: string }>(url, "/users/me.json", {
        headers: { authorization: `Bearer ${after.access_token}` },
      });
      expect(me.json.body.id).to.equal(p.id);
    });

    it("says the session is over (401, exit 4) when the refresh token was revoked, and forgets the tokens", async () => {
      const before = p.state(url);
      // revoked elsewhere (an empty JWT logout body revokes every refresh token of the user)
      const out = await post(url, "/auth/jwt/logout.json", {
        headers: { authorization: `Bearer ${before.access_token}` },
      });
      expect(out.status).to.equal(200);
      const expired = await issueAccessToken(
        server.deps.jwtKeys,
        { ...server.deps.config, accessTokenTtlSeconds: -120 },
        p.id,
      );
      writeState({ ...before, access_token: expired });
      const r = await p.run(["ls"]);
      expectFailure(
        r,
        4,
        new RegExp(
          `^watchword-client: the session on ${url.replace(/\./g, "\\.")} is over \\([^)]+\\): run \`watchword-client login --server ${url.replace(/\./g, "\\.")} --key FINGERPRINT\`\n$`,
        ),
      );
      expect(p.state(url)).not.to.have.property("refresh_token");
      expectFailure(
        await p.run(["get", "anything"]),
        4,
        /^watchword-client: not logged in: run `watchword-client login/,
      );
    });
  });

  describe("logout", () => {
    it("with an expired access token: refreshes, then revokes the rotated refresh token, not the used one", async () => {
      const server = await sharedServer();
      const p = await someone(server);
      await loginAs(p, server.url);
      const state = p.state(server.url);
      const expired = await issueAccessToken(
        server.deps.jwtKeys,
        { ...server.deps.config, accessTokenTtlSeconds: -120 },
        p.id,
      );
      fs.writeFileSync(p.stateFile(server.url), JSON.stringify({ ...state, access_token: expired }), {
        mode: 0o600,
      });
      const r = await p.run(["logout"]);
      expect(r.out, r.stderr).to.equal(`logged out of ${server.url}\n`);
      const live = await server.db.read((m) =>
        m
          .getRepository(AuthenticationTokenEntity)
          .countBy({ userId: p.id, type: "refresh_token", active: true }),
      );
      expect(live, "refresh tokens still usable").to.equal(0);
      expect((await p.run(["logout", "--server", server.url])).out).to.equal(
        `not logged in to ${server.url}\n`,
      );
    });
  });
});

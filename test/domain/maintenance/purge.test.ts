import { expect } from "chai";
import { EmailQueueEntity, type QueuedMail } from "../../../src/db/entities/EmailQueue.ts";
import { In } from "typeorm";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { insertRows } from "../../../src/db/insert.ts";
import { SessionEntity } from "../../../src/db/entities/Session.ts";
import {
  AuthenticationTokenEntity,
  type AuthenticationToken,
  type TokenType,
} from "../../../src/db/entities/AuthenticationToken.ts";
import { purgeExpired, PURGE_CHUNK } from "../../../src/domain/maintenance/purge.ts";
import { get } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { buildUser } from "../../helpers/factories.ts";
import { runCli } from "../../helpers/proc.ts";
import { sharedServer, startTestServer } from "../../helpers/server.ts";

const DAY = 24 * 3600 * 1000;
const ago = (ms: number) => new Date(Math.floor((Date.now() - ms) / 1000) * 1000);

describe("purge of expired sessions and spent tokens", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  const token = (userId: string, type: TokenType, created: Date, active = false): AuthenticationToken => ({
    id: newId(),
    token: newId(),
    userId,
    active,
    type,
    data: null,
    created,
    modified: created,
  });

  async function remaining(ids: string[]): Promise<string[]> {
    const [s, t] = await server.db.read(async (m) => [
      await m.getRepository(SessionEntity).findBy({ id: In(ids) }),
      await m.getRepository(AuthenticationTokenEntity).findBy({ id: In(ids) }),
    ]);
    return [...s, ...t].map((r) => r.id).sort();
  }

  it("removes only what can no longer be used; live sessions and tokens keep working", async () => {
    const config = server.deps.config;
    const user = await buildUser(server);
    const session = (lastActivity: Date, expires: Date) => ({
      id: newId().replace(/-/g, "") + "0".repeat(32),
      userId: user.id,
      created: ago(DAY),
      lastActivity,
      expires,
    });
    const expired = session(ago(60_000), ago(1000));
    const idle = session(ago((config.sessionIdleSeconds + 60) * 1000), new Date(Date.now() + DAY));
    const fresh = session(ago(1000), new Date(Date.now() + DAY));
    const oldTokens = [
      token(user.id, "login", ago((config.loginTokenTtlSeconds + 2 * 86400) * 1000), true),
      token(user.id, "verify_token", ago((config.verifyTokenMaxSeconds + 2 * 86400) * 1000)),
      token(user.id, "refresh_token", ago((config.refreshTokenTtlSeconds + 2 * 86400) * 1000), true),
      token(user.id, "register", ago((config.registerTokenTtlSeconds + 2 * 86400) * 1000)),
    ];
    const keptTokens = [
      token(user.id, "login", ago(60_000)),
      // a verify token within its window: a replayed challenge must still find it
      token(user.id, "verify_token", ago((config.verifyTokenMaxSeconds - 60) * 1000)),
      // a rotated refresh token inside its lifetime: its reuse must still be detected
      token(user.id, "refresh_token", ago(20 * DAY)),
      token(user.id, "register", ago(DAY), true),
    ];
    await server.db.tx(async (m) => {
      await insertRows(m, SessionEntity, [expired, idle, fresh]);
      await insertRows(m, AuthenticationTokenEntity, [...oldTokens, ...keptTokens]);
    });
    const ada = await sessionFor(server, "ada");

    const counts = await purgeExpired(server.db, config);
    expect(counts.sessions).to.be.at.least(2);
    for (const type of ["login", "verify_token", "refresh_token", "register"] as const)
      expect(counts.tokens[type], type).to.be.at.least(1);
    const all = [expired, idle, fresh, ...oldTokens, ...keptTokens].map((r) => r.id);
    expect(await remaining(all)).to.deep.equal([fresh.id, ...keptTokens.map((t) => t.id)].sort());
    expect((await get(server.url, "/users/me.json", ada)).status).to.equal(200);

    // a second pass finds nothing of ours
    await purgeExpired(server.db, config);
    expect(await remaining(all)).to.have.length(1 + keptTokens.length);
  });

  it("deletes outbox mails sent over 30 days ago and never-sent ones older than a setup link", async () => {
    const config = server.deps.config;
    const mail = (created: Date, sent: Date | null): QueuedMail => ({
      id: newId(),
      recipient: "purge@watchword.test",
      subject: "s",
      textBody: "",
      htmlBody: "",
      template: "test",
      created,
      sendAt: created,
      attempts: sent ? 1 : 8,
      lockedUntil: null,
      sent,
      lastError: null,
    });
    const gone = [
      mail(ago(40 * DAY), ago(31 * DAY)),
      mail(ago((config.registerTokenTtlSeconds + 2 * 86400) * 1000), null),
    ];
    const kept = [mail(ago(10 * DAY), ago(10 * DAY)), mail(ago(DAY), null)];
    await server.db.tx((m) => insertRows(m, EmailQueueEntity, [...gone, ...kept]));
    const counts = await purgeExpired(server.db, config);
    expect(counts.mails).to.be.at.least(2);
    const left = (await server.db.read((m) =>
      m.getRepository(EmailQueueEntity).findBy({ recipient: "purge@watchword.test" }),
    )) as QueuedMail[];
    expect(left.map((r) => r.id).sort()).to.deep.equal(kept.map((r) => r.id).sort());
    await server.db.read((m) =>
      m.getRepository(EmailQueueEntity).delete({ recipient: "purge@watchword.test" }),
    );
  });

  it(`deletes in chunks of ${PURGE_CHUNK}, all of them`, async () => {
    const user = await buildUser(server);
    const old = ago(30 * DAY);
    const rows = Array.from({ length: PURGE_CHUNK * 2 + 17 }, () => token(user.id, "login", old));
    await server.db.tx(async (m) => {
      await insertRows(m, AuthenticationTokenEntity, rows);
    });
    const counts = await purgeExpired(server.db, server.deps.config);
    expect(counts.tokens.login).to.be.at.least(rows.length);
    const left = await server.db.read((m) =>
      m.getRepository(AuthenticationTokenEntity).countBy({ userId: user.id, type: "login" }),
    );
    expect(left).to.equal(0);
  });

  it("a server with PURGE_INTERVAL_SECONDS purges by itself", async () => {
    const user = await buildUser(server);
    const old = token(user.id, "login", ago(30 * DAY));
    await server.db.tx((m) => insertRows(m, AuthenticationTokenEntity, old));
    const other = await startTestServer({ PURGE_INTERVAL_SECONDS: "1" });
    try {
      const deadline = Date.now() + 10_000;
      while ((await remaining([old.id])).length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(await remaining([old.id])).to.deep.equal([]);
    } finally {
      await other.close();
    }
  });

  it("`watchword purge` runs one pass and prints what it removed", async () => {
    const r = await runCli(["purge"]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.match(
      /^purged: sessions \d+, tokens: login \d+, verify_token \d+, refresh_token \d+, register \d+, recover \d+, mfa \d+, mails \d+$/,
    );
  });
});

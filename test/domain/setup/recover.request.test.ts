/**
 * POST /users/recover.json: Watchword sends no e-mail, so the request writes nothing (and cannot
 * void a link an administrator handed out); it answers the same in every case (no enumeration)
 * and logs who asked, for the administrator. Every request counts against the throttle.
 */
import { randomBytes } from "node:crypto";
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { startServer } from "../../../src/server.ts";
import { createLogger } from "../../../src/logger.ts";
import { get, post, type ApiResponse } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, uniqueEmail } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { testConfig } from "../../helpers/env.ts";
import { tokenRows } from "./recover.helpers.ts";
import { replaceToken } from "../../../src/domain/users/tokens.ts";

const STARTED = "Recovery process started, check your email.";
const recover = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  post(url, "/users/recover.json?api-version=v2", { body, headers });

/** The parts of an answer that do not change from one request to the next. */
function comparable(res: ApiResponse) {
  const { id: _id, servertime: _t, ...header } = res.json.header;
  return { status: res.status, header, body: res.json.body, keys: Object.keys(res.json.header).sort() };
}

/** A client address of its own (a fresh IPv6 /64), sent through the trusted proxy's header. */
function freshClient(): Record<string, string> {
  const h = () => randomBytes(2).toString("hex");
  return { "x-forwarded-for": `2001:db8:${h()}:${h()}::1, 127.0.0.1` };
}

describe("POST /users/recover.json", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let url: string;
  before(async () => {
    server = await sharedServer();
    url = server.url;
  });

  it("an active user's request writes nothing and leaves a recovery link from setup-link working", async () => {
    const user = await buildUser(server);
    const link = await server.db.tx((m) => replaceToken(m, user.id, "recover"));
    const res = await recover(url, { username: user.username });
    expectSuccess(res);
    expect(res.json.header.message).to.equal(STARTED);
    expect(res.json.body).to.equal(null);
    expectSuccess(await recover(url, { username: user.username.toUpperCase(), case: "lost-passphrase" }));
    expect(await tokenRows(server, user.id)).to.deep.equal([true]);
    expect(await tokenRows(server, user.id, "register")).to.deep.equal([false]);
    expectSuccess(await get(url, `/setup/recover/start/${user.id}/${link}.json`));
  });

  it("an invited user's request leaves their setup link working", async () => {
    const user = await buildUser(server, { state: "inactive" });
    expectSuccess(await recover(url, { username: user.username, case: "default" }));
    expect(await tokenRows(server, user.id, "register")).to.deep.equal([true]);
    expect(await tokenRows(server, user.id)).to.deep.equal([]);
    expectSuccess(await get(url, `/setup/start/${user.id}/${user.token}.json`));
  });

  it("answers an unknown, a deleted and a disabled username exactly as a known one, and writes nothing", async () => {
    const known = await buildUser(server);
    const reference = comparable(await recover(url, { username: known.username }));
    const deleted = await buildUser(server, { state: "deleted" });
    const disabled = await buildUser(server, { state: "disabled" });
    for (const username of [uniqueEmail("nobody"), deleted.username, disabled.username]) {
      const res = await recover(url, { username });
      expect(comparable(res), username).to.deep.equal(reference);
    }
    for (const user of [deleted, disabled]) {
      expect(await tokenRows(server, user.id)).to.deep.equal([]);
      expect(await tokenRows(server, user.id, "register")).to.deep.equal([false]);
    }
  });

  it("answers 400 with the field tree for a missing or invalid username and an unknown case", async () => {
    const missing = await recover(url, {});
    expectError(missing, 400, "Could not validate the recovery data.");
    expect(missing.json.body).to.have.nested.property("username._required");
    const notEmail = await recover(url, { username: "not an email" });
    expectError(notEmail, 400);
    expect(notEmail.json.body).to.have.nested.property("username.email");
    const tooLong = await recover(url, { username: `${"a".repeat(250)}@example.com` });
    expectError(tooLong, 400);
    expect(tooLong.json.body).to.have.nested.property("username.maxLength");
    const badCase = await recover(url, { username: "ada@watchword.test", case: "forgot-everything" });
    expectError(badCase, 400);
    expect(badCase.json.body).to.have.nested.property("case.inList");
    expectError(await recover(url, { username: 42 }), 400);
  });
});

describe("POST /users/recover.json: throttle and log", function () {
  this.timeout(60_000);
  let server: RunningServer;
  const lines: string[] = [];
  before(async () => {
    const config = testConfig({
      TRUSTED_PROXY: "127.0.0.1,::1",
      THROTTLE_ACCOUNT_LIMIT: "3",
      THROTTLE_ADDRESS_LIMIT: "5",
      LOG_LEVEL: "info",
    });
    server = await startServer(config, createLogger("info", { write: (s: string) => lines.push(s) }));
  });
  after(async () => server?.close());

  it("logs one line naming the user id and the kind of link to give, and writes no token", async () => {
    const user = await buildUser(server);
    const res = await recover(server.url, { username: user.username }, freshClient());
    expectSuccess(res);
    const mine = lines.filter((l) => JSON.parse(l).reqId === res.json.header.id);
    const named = mine.filter((l) => JSON.parse(l).userId === user.id);
    expect(named, mine.join("\n")).to.have.length(1);
    const line = JSON.parse(named[0]!);
    expect(line).to.include({ level: 30, tokenType: "recover", case: "default" });
    expect(line.msg).to.match(/account recovery requested: no e-mail is sent, `watchword setup-link`/);
    const ids = named[0]!.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
    expect([...new Set(ids)].sort()).to.deep.equal([user.id, res.json.header.id].sort());
    expect(await tokenRows(server, user.id)).to.deep.equal([]);
  });

  it("counts every request per username: past 3, 429 for a known and an unknown username alike", async () => {
    const user = await buildUser(server);
    for (const username of [user.username, uniqueEmail("nobody")]) {
      for (let i = 0; i < 3; i++) expectSuccess(await recover(server.url, { username }, freshClient()));
      const res = await recover(server.url, { username: username.toUpperCase() }, freshClient());
      expectError(res, 429, "Too many requests, try again later.");
      expect(Number(res.headers.get("retry-after"))).to.be.greaterThan(0);
    }
    expect(await tokenRows(server, user.id)).to.deep.equal([]);
  });

  it("counts every request per client address: past 5, 429 whatever the username", async () => {
    const client = freshClient();
    for (let i = 0; i < 5; i++) expectSuccess(await recover(server.url, { username: uniqueEmail() }, client));
    expectError(await recover(server.url, { username: uniqueEmail() }, client), 429);
    // another address is not affected
    expectSuccess(await recover(server.url, { username: uniqueEmail() }, freshClient()));
  });
});

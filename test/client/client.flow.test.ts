/**
 * watchword-client end to end, as two people at their terminals: keys made by gpg (Curve25519
 * behind a passphrase that gpg-agent holds; RSA without one), each in their own GNUPGHOME,
 * against a real server. Login, create, ls, get piped into gpg -d, share, the second user's
 * own client decrypting, edit, rm; and gpg never sees a secret in its argv.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { get, post } from "../helpers/api.ts";
import { cast } from "../helpers/cast.ts";
import { bearerForUser } from "../helpers/factories.ts";
import { repoRoot } from "../helpers/env.ts";
import { buildGroup } from "../helpers/resourceFactories.ts";
import { removeFolders, retireGroups, retireResources } from "../helpers/cleanup.ts";
import { sharedServer } from "../helpers/server.ts";
import { expectFailure, loginAs, person, type Person } from "./client.helpers.ts";

type Json = Record<string, unknown>;

describe("watchword-client: login, create, ls, get | gpg -d, share, edit, rm", function () {
  this.timeout(180_000);
  let server: RunningServer;
  let url: string;
  let ada: Person;
  let bob: Person;
  let argvLog: string;
  const created: string[] = [];
  const groups: string[] = [];
  const folders: string[] = [];

  before(async () => {
    // the client runs from dist/ when it is current (quick); a file run by hand may follow an edit
    execFileSync("npm", ["run", "--silent", "build"], { cwd: repoRoot, stdio: "ignore" });
    server = await sharedServer();
    url = server.url;
    [ada, bob] = await Promise.all([
      person(server, { algo: "ed25519", passphrase: "test-only ada passphrase", firstName: "Ada" }),
      person(server, { algo: "rsa3072", firstName: "Bob" }),
    ]);
    // every gpg ada's client runs goes through a wrapper that records its argv
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-gpg-wrapper-"));
    argvLog = path.join(dir, "argv.log");
    const wrapper = path.join(dir, "gpg");
    fs.writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec gpg "$@"\n`, {
      mode: 0o755,
    });
    ada.env.WATCHWORD_CLIENT_GPG = wrapper;
  });
  after(async () => {
    await removeFolders(server, folders, created);
    await retireResources(server, created);
    await retireGroups(server, groups);
    ada?.cleanup();
    bob?.cleanup();
  });

  const secret = "correct horse ✓ battery staple\n  with a second line\n";
  let id: string;

  it("logs in with the key gpg holds: tokens in a file only the user can read, the server key pinned", async () => {
    const r = await loginAs(ada, url);
    const { body } = (await get<{ fingerprint: string }>(url, "/auth/verify.json")).json;
    expect(r.out).to.equal(`logged in to ${url} as ${ada.username}; server key ${body.fingerprint} pinned\n`);
    const file = ada.stateFile(url);
    expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).to.equal(0o700);
    const state = ada.state(url);
    expect(state).to.include({
      server: url,
      server_fingerprint: body.fingerprint,
      user_id: ada.id,
      key_fingerprint: ada.fingerprint,
    });
    expect(state.access_token).to.match(/^ey/);
    expect(state.refresh_token).to.match(/^[0-9a-f-]{36}$/);
    // the access token works as any client's would
    const me = await get<Json>(url, "/users/me.json", {
      headers: { authorization: `Bearer ${state.access_token}` },
    });
    expect(me.json.body.id).to.equal(ada.id);
    // a second login checks the pin instead of setting it
    const again = await loginAs(ada, url);
    expect(again.out).to.match(/; server key [0-9A-F]{40} checked\n$/);
  });

  it("creates a resource from stdin, encrypted by gpg for the user's own key", async () => {
    const r = await ada.run(
      ["create", "Mailbox", "--username", "ada@mail.test", "--uri", "https://mail.test", "--raw"],
      secret,
    );
    expect(r.stderr).to.equal("");
    expect(r.code).to.equal(0);
    id = r.out.trim();
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    created.push(id);
    const stored = await get<Json>(url, `/resources/${id}.json`, await bearerForUser(server, ada.id));
    expect(stored.json.body).to.include({
      name: "Mailbox",
      username: "ada@mail.test",
      uri: "https://mail.test",
    });
  });

  it("lists resources as a table and as JSON, with filters", async () => {
    const table = await ada.run(["ls"]);
    expect(table.code, table.stderr).to.equal(0);
    const lines = table.out.trimEnd().split("\n");
    expect(lines[0]).to.match(/^ID\s+NAME\s+USERNAME\s+URI\s+FOLDER\s+ACCESS$/);
    expect(lines.find((l) => l.startsWith(id))).to.match(
      /Mailbox\s+ada@mail\.test\s+https:\/\/mail\.test\s+owner$/,
    );
    const json = await ada.run(["ls", "--json", "--search", "MAIL.TEST"]);
    expect(JSON.parse(json.out)).to.deep.equal([
      {
        id,
        name: "Mailbox",
        username: "ada@mail.test",
        uri: "https://mail.test",
        folder_parent_id: null,
        folder: null,
        permission: "owner",
      },
    ]);
    expect(JSON.parse((await ada.run(["ls", "--json", "--search", "nothing like it"])).out)).to.deep.equal(
      [],
    );
    expect(JSON.parse((await ada.run(["ls", "--json", "--shared-with-me"])).out)).to.deep.equal([]);
    const owned = JSON.parse((await ada.run(["ls", "--json", "--owned"])).out) as Json[];
    expect(owned.map((o) => o.id)).to.deep.equal([id]);
  });

  it("at a terminal, asks for the secret without echoing it", async () => {
    // the secret is typed once the prompt is shown
    const { code, screen } = await ada.inTerminal(["create", "Typed"], { "secret: ": "typed s3cret\r" });
    expect(code, screen).to.equal(0);
    expect(screen).not.to.include("typed s3cret");
    const typedId = /([0-9a-f-]{36})/.exec(screen)![1]!;
    created.push(typedId);
    expect((await ada.run(["get", typedId, "--decrypt"])).out).to.equal("typed s3cret\n");
  });

  it("get prints the armored secret exactly as stored, and `get | gpg -d` gives back the same bytes", async () => {
    const r = await ada.run(["get", id]);
    expect(r.code, r.stderr).to.equal(0);
    const stored = await get<{ data: string }>(
      url,
      `/secrets/resource/${id}.json`,
      await bearerForUser(server, ada.id),
    );
    expect(r.out).to.equal(stored.json.body.data);
    // by name too
    expect((await ada.run(["get", "Mailbox"])).out).to.equal(r.out);
    // the pipe a person types: watchword-client get ID | gpg -d (gpg-agent has the passphrase)
    const gpg = spawnSync("gpg", ["--batch", "--quiet", "--decrypt"], {
      input: r.stdout,
      env: { ...process.env, GNUPGHOME: ada.home.dir },
    });
    expect(gpg.status, gpg.stderr.toString()).to.equal(0);
    expect(Buffer.compare(gpg.stdout, Buffer.from(secret, "utf8"))).to.equal(0);
    // --decrypt prints it (as a password-string, followed by no extra newline since it ends with one)
    const d = await ada.run(["get", id, "--decrypt"]);
    expect(d.out).to.equal(secret);
  });

  it("shares with a second user, whose own client (RSA key, another GNUPGHOME) decrypts it", async () => {
    await loginAs(bob, url);
    const before = await bob.run(["get", id]);
    expectFailure(before, 5, /^watchword-client: not found \(404\): /);

    const r = await ada.run(["share", id, "--with", bob.username, "--as", "read"]);
    expect(r.stderr).to.equal("");
    expect(r.out).to.equal(`shared Mailbox with ${bob.username} (read); encrypted for 1 new user\n`);
    expect(r.code).to.equal(0);

    const armored = await bob.run(["get", "Mailbox"]);
    expect(armored.code, armored.stderr).to.equal(0);
    const gpg = spawnSync("gpg", ["--batch", "--quiet", "--decrypt"], {
      input: armored.stdout,
      env: { ...process.env, GNUPGHOME: bob.home.dir },
    });
    expect(gpg.stdout.toString("utf8")).to.equal(secret);
    expect((await bob.run(["get", id, "--decrypt"])).out).to.equal(secret);
    const mine = JSON.parse((await bob.run(["ls", "--json", "--shared-with-me"])).out) as Json[];
    expect(mine.map((m) => [m.id, m.permission])).to.deep.equal([[id, "read"]]);

    // sharing again at the same level changes nothing; a reader cannot share
    expect((await ada.run(["share", id, "--with", bob.username, "--as", "read"])).out).to.equal(
      `Mailbox is already shared with ${bob.username} (read)\n`,
    );
    const denied = await bob.run(["share", id, "--with", cast.edith.username, "--as", "read"]);
    expectFailure(denied, 8, /^watchword-client: not allowed \(403\): /);
  });

  it("shares with a group by name: a secret for each member who gains access", async () => {
    const group = await buildGroup(server, { members: ["edith"] });
    groups.push(group.id);
    const r = await ada.run(["share", id, "--with", group.name, "--as", "update"]);
    expect(r.stderr).to.equal("");
    expect(r.out).to.equal(`shared Mailbox with group ${group.name} (update); encrypted for 1 new user\n`);
  });

  it("edits the metadata, and a new secret is encrypted for everyone with access", async () => {
    const renamed = await ada.run(["edit", id, "--name", "Team mailbox", "--uri", "https://mail2.test"]);
    expect(renamed.out, renamed.stderr).to.equal(`updated Team mailbox (${id})\n`);
    const next = "a brand new secret";
    const r = await ada.run(["edit", "Team mailbox", "--secret"], `${next}\n`);
    expect(r.out, r.stderr).to.equal(`updated Team mailbox (${id})\n`);
    expect((await bob.run(["get", id, "--decrypt"])).out).to.equal(`${next}\n`);
    expect((await ada.run(["get", id, "--decrypt"])).out).to.equal(`${next}\n`);
    const listed = JSON.parse((await bob.run(["ls", "--json", "--search", "team"])).out) as Json[];
    expect(listed.map((l) => [l.name, l.uri])).to.deep.equal([["Team mailbox", "https://mail2.test"]]);
    // a reader may not edit
    expectFailure(
      await bob.run(["edit", id, "--name", "Mine now"]),
      8,
      /^watchword-client: not allowed \(403\): /,
    );
  });

  it("keeps typed secrets: password-and-description encrypts the description, --decrypt prints the fields", async () => {
    const r = await ada.run(
      ["create", "Bank", "--type", "password-and-description", "--description", "PIN 1234"],
      "s3cret\n",
    );
    expect(r.code, r.stderr).to.equal(0);
    const bank = r.out.trim();
    created.push(bank);
    const d = await ada.run(["get", bank, "--decrypt"]);
    expect(JSON.parse(d.out)).to.deep.equal({ password: "s3cret", description: "PIN 1234" });
    const stored = await get<Json>(url, `/resources/${bank}.json`, await bearerForUser(server, ada.id));
    expect(stored.json.body.description).to.equal(null);
  });

  it("shares a folder with everything in it and below it, for the other user's client to decrypt", async () => {
    const auth = await bearerForUser(server, ada.id);
    const top = await post<Json>(url, "/folders.json", { headers: auth.headers, body: { name: "Ops" } });
    const sub = await post<Json>(url, "/folders.json", {
      headers: auth.headers,
      body: { name: "Databases", folder_parent_id: top.json.body.id },
    });
    folders.push(top.json.body.id as string, sub.json.body.id as string);
    const items: Record<string, string> = { "Ops router": "r0uter", "Ops DNS": "dn5", Postgres: "pg-pass" };
    for (const [name, pw] of Object.entries(items)) {
      const where = name === "Postgres" ? "Databases" : "Ops";
      const r = await ada.run(["create", name, "--folder", where], pw);
      expect(r.code, r.stderr).to.equal(0);
      created.push(r.out.trim());
    }
    const inOps = JSON.parse((await ada.run(["ls", "--json", "--folder", "Ops"])).out) as Json[];
    expect(inOps.map((i) => [i.name, i.folder]).sort()).to.deep.equal([
      ["Ops DNS", "Ops"],
      ["Ops router", "Ops"],
    ]);

    const r = await ada.run(["share-folder", "Ops", "--with", bob.username, "--as", "read"]);
    expect(r.stderr).to.equal("");
    expect(r.out).to.equal(
      `shared folder Ops with ${bob.username} (read): 1 folder below it, 3 of 3 resources changed, 3 secrets encrypted\n`,
    );
    for (const [name, pw] of Object.entries(items))
      expect((await bob.run(["get", name, "--decrypt"])).out, name).to.equal(`${pw}\n`);
    const listed = await bob.run(["ls", "--json", "--folder", "Databases"]);
    expect(listed.code, listed.stderr).to.equal(0);
    const theirs = JSON.parse(listed.out) as Json[];
    expect(theirs.map((t) => t.name)).to.deep.equal(["Postgres"]);
    // again: nothing left to change
    expect((await ada.run(["share-folder", "Ops", "--with", bob.username, "--as", "read"])).out).to.equal(
      `shared folder Ops with ${bob.username} (read): 1 folder below it, 0 of 3 resources changed, 0 secrets encrypted\n`,
    );
  });

  it("shows its progress on a terminal while sharing a folder of many items", async () => {
    const auth = await bearerForUser(server, ada.id);
    const bulk = await post<Json>(url, "/folders.json", { headers: auth.headers, body: { name: "Bulk" } });
    folders.push(bulk.json.body.id as string);
    for (const n of [1, 2, 3]) {
      const r = await ada.run(["create", `Bulk item ${n}`, "--folder", "Bulk"], `bulk ${n}`);
      created.push(r.out.trim());
    }
    const { code, screen } = await ada.inTerminal([
      "share-folder",
      "Bulk",
      "--with",
      bob.username,
      "--as",
      "read",
    ]);
    expect(code, screen).to.equal(0);
    for (const n of [1, 2, 3]) expect(screen).to.match(new RegExp(`\\rsharing ${n} of 3: Bulk item \\d`));
    expect(screen).to.include(
      `shared folder Bulk with ${bob.username} (read): 3 of 3 resources changed, 3 secrets encrypted`,
    );
    expect((await bob.run(["get", "Bulk item 2", "--decrypt"])).out).to.equal("bulk 2\n");
  });

  it("removes a resource: the other user no longer finds it", async () => {
    const r = await ada.run(["rm", id]);
    expect(r.out, r.stderr).to.equal(`deleted Team mailbox (${id})\n`);
    expect(r.code).to.equal(0);
    expectFailure(await bob.run(["get", id]), 5, /^watchword-client: not found \(404\): /);
    expectFailure(await ada.run(["rm", id]), 5, /^watchword-client: not found \(404\): /);
  });

  it("never gave gpg a secret, a passphrase or a token in its argv", () => {
    const argv = fs.readFileSync(argvLog, "utf8");
    expect(argv).to.include("--encrypt").and.include("--decrypt");
    for (const s of [
      "correct horse",
      "brand new secret",
      "s3cret",
      "PIN 1234",
      "passphrase",
      ada.state(url).refresh_token!,
    ])
      expect(argv).not.to.include(s);
  });

  it("logout revokes the refresh token on the server and forgets the tokens, keeping the pin", async () => {
    const before = bob.state(url);
    const r = await bob.run(["logout"]);
    expect(r.out, r.stderr).to.equal(`logged out of ${url}\n`);
    const after = bob.state(url);
    expect(after).to.have.property("server_fingerprint", before.server_fingerprint);
    expect(after).not.to.have.property("refresh_token");
    expect(after).not.to.have.property("access_token");
    const reused = await post(url, "/auth/jwt/refresh.json", {
      body: { user_id: bob.id, refresh_token: before.refresh_token },
    });
    expect(reused.status, "the revoked refresh token").to.equal(400);
    expectFailure(await bob.run(["ls"]), 4, /^watchword-client: not logged in: run `watchword-client login/);
  });
});

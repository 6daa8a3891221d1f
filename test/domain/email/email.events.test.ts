/**
 * The notification events, through a real SMTP server (test/helpers/smtp.ts): for each event,
 * who gets the mail and who does not (the actor, a disabled user, someone without access), its
 * subject, and that its switch stops it. A refused share queues nothing; a share with many users
 * queues all their mails in one INSERT.
 */
import { expect } from "chai";
import type { ParsedMail } from "mailparser";
import { In, IsNull } from "typeorm";
import { EmailQueueEntity } from "../../../src/db/entities/EmailQueue.ts";
import { GroupUserEntity } from "../../../src/db/entities/GroupUser.ts";
import { UserEntity } from "../../../src/db/entities/User.ts";
import { newId, roleId } from "../../../src/db/ids.ts";
import { recipients } from "../../../src/domain/email/email.events.ts";
import type { EmailSwitch } from "../../../src/domain/email/email.settings.ts";
import type { RunningServer } from "../../../src/server.ts";
import { del, post, put } from "../../helpers/api.ts";
import { sessionFor, type Credentials } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, type BuiltUser } from "../../helpers/factories.ts";
import { buildGroup, buildResource, encryptFor, idOf, type Who } from "../../helpers/resourceFactories.ts";
import { isMysql } from "../../helpers/env.ts";
import { startTestServer } from "../../helpers/server.ts";
import { recipientOf, startInbox, type Inbox } from "../../helpers/smtp.ts";

type Json = Record<string, unknown>;
const SETTINGS = "/settings/emails/notifications.json";
const mailOf = (name: CastName) => cast[name].username;
const asWho = (u: BuiltUser): Who => ({ id: u.id, publicKey: u.publicKey! });

describe("e-mail notification events", function () {
  this.timeout(60_000);
  let inbox: Inbox;
  let server: RunningServer;
  let ada: Credentials;
  let betty: Credentials;
  let counter = 0;
  /** A name no other mail contains: the mails of one test are those that mention it. */
  const marker = (what: string) => `${what} ${++counter} ${newId().slice(0, 8)}`;

  before(async () => {
    inbox = await startInbox();
    server = await startTestServer({
      SMTP_URL: inbox.url,
      INSTANCE_NAME: "Acme Vault",
      MAIL_SEND_INTERVAL_SECONDS: "1",
    });
    ada = await sessionFor(server, "ada");
    betty = await sessionFor(server, "betty");
  });
  after(async () => {
    await server?.close();
    await inbox?.close();
  });

  /** Sends everything queued so far: a pass already running may have read the queue before. */
  async function deliver(): Promise<void> {
    await server.deps.mailSender!.runOnce();
    await server.deps.mailSender!.runOnce();
  }
  const about = (text: string): ParsedMail[] => inbox.mails.filter((m) => (m.text ?? "").includes(text));
  /** Delivers, then the sorted recipients of the mails that mention `text`. */
  async function recipientsAbout(text: string): Promise<string[]> {
    await deliver();
    return about(text).map(recipientOf).sort();
  }
  async function withSwitchOff(key: EmailSwitch, fn: () => Promise<void>): Promise<void> {
    expectSuccess(await post(server.url, SETTINGS, { ...ada, body: { [key]: false } }));
    try {
      await fn();
    } finally {
      expectSuccess(await post(server.url, SETTINGS, { ...ada, body: { [key]: true } }));
    }
  }
  const sorted = (...names: string[]) => [...names].sort();

  const shareBody = async (users: Who[], text = "shared password") => ({
    permissions: users.map((u) => ({ aro: "User", aro_foreign_key: idOf(u), type: 1 })),
    secrets: await Promise.all(
      users.map(async (u) => ({ user_id: idOf(u), data: await encryptFor(u, text) })),
    ),
  });

  describe("recipients()", () => {
    it("reads more than 1000 ids (in chunks), leaving out the unknown, deleted and disabled", async () => {
      const ids = [
        ...Array.from({ length: 2100 }, () => newId()),
        cast.betty.id,
        cast.sofia.id,
        cast.ursula.id,
        cast.betty.id,
      ];
      const found = await server.db.read((m) => recipients(m, ids));
      expect(found.map((r) => r.username)).to.deep.equal([mailOf("betty")]);
    });
  });

  describe("resource shared (PUT /share/resource/{id})", () => {
    it("mails each user who gains access, directly or through a group, but not the actor, a disabled user, one who had access or one without", async () => {
      const name = marker("Shared");
      const [direct, member, disabled] = [
        await buildUser(server),
        await buildUser(server),
        await buildUser(server, { state: "disabled" }),
      ];
      const group = await buildGroup(server, { members: [asWho(member), "ada"] });
      const r = await buildResource(server, {
        owner: "ada",
        readers: ["betty"],
        name,
        uri: "https://uri.test",
      });
      const body = await shareBody([asWho(direct), asWho(disabled)]);
      body.permissions.push({ aro: "Group", aro_foreign_key: group.id, type: 1 });
      body.secrets.push({ user_id: member.id, data: await encryptFor(asWho(member), "shared password") });
      expectSuccess(await put(server.url, `/share/resource/${r.id}.json`, { ...ada, body }));

      expect(await recipientsAbout(name)).to.deep.equal(sorted(direct.username, member.username));
      const mail = about(name)[0]!;
      expect(mail.subject).to.equal("[Acme Vault] Ada Lovelace shared a password with you");
      expect(mail.text).to.include(`Name: ${name}`).and.include("/app/passwords");
      // content switches off by default: no username, no uri; never a secret
      expect(mail.text).not.to.include("https://uri.test").and.not.to.include("ada@example.test");
      expect(mail.text + String(mail.html))
        .not.to.include("PGP")
        .and.not.to.include("shared password");
    });

    it("shows the uri when show_uri is on", async () => {
      const name = marker("Shown");
      expectSuccess(await post(server.url, SETTINGS, { ...ada, body: { show_uri: true } }));
      try {
        const r = await buildResource(server, { owner: "ada", name, uri: "https://shown.test" });
        expectSuccess(
          await put(server.url, `/share/resource/${r.id}.json`, { ...ada, body: await shareBody(["edith"]) }),
        );
        expect(await recipientsAbout(name)).to.deep.equal([mailOf("edith")]);
        expect(about(name)[0]!.text).to.include("URL: https://shown.test");
      } finally {
        await post(server.url, SETTINGS, { ...ada, body: { show_uri: false } });
      }
    });

    it("sends nothing when send_password_share is off", async () => {
      const name = marker("Quiet share");
      await withSwitchOff("send_password_share", async () => {
        const r = await buildResource(server, { owner: "ada", name });
        expectSuccess(
          await put(server.url, `/share/resource/${r.id}.json`, { ...ada, body: await shareBody(["edith"]) }),
        );
        expect(await recipientsAbout(name)).to.deep.equal([]);
      });
    });

    it("queues no mail for a share refused halfway (one secret encrypted for the wrong key)", async () => {
      const name = marker("Refused");
      const [u1, u2] = [await buildUser(server), await buildUser(server)];
      const r = await buildResource(server, { owner: "ada", name });
      const body = await shareBody([asWho(u1), asWho(u2)]);
      body.secrets[1]!.data = await encryptFor(asWho(u1), "for the wrong user");
      const count = async () =>
        Number((await server.db.read((m) => m.query("SELECT COUNT(*) AS n FROM email_queue")))[0].n);
      const before = await count();
      expectError(await put(server.url, `/share/resource/${r.id}.json`, { ...ada, body }), 400);
      expect(await count()).to.equal(before);
      expect(await recipientsAbout(name)).to.deep.equal([]);
    });

    it("queues the mails of a share with 60 users in one INSERT", async () => {
      const name = marker("Many");
      const users: BuiltUser[] = [];
      for (let i = 0; i < 60; i++) users.push(await buildUser(server));
      const r = await buildResource(server, { owner: "ada", name });
      const body = await shareBody(users.map(asWho));
      const logger = server.db.dataSource.logger;
      const logQuery = logger.logQuery;
      let inserts = 0;
      logger.logQuery = (query, parameters, queryRunner) => {
        if (/^INSERT INTO\s+[`"]?email_queue/i.test(query)) inserts++;
        return logQuery.call(logger, query, parameters, queryRunner);
      };
      try {
        expectSuccess(await put(server.url, `/share/resource/${r.id}.json`, { ...ada, body }));
      } finally {
        logger.logQuery = logQuery;
      }
      expect(inserts, "INSERT statements into email_queue").to.equal(1);
      const rows = (await server.db.read((m) =>
        m.query(
          `SELECT recipient FROM email_queue WHERE template = 'password_share' AND recipient IN (${users.map(() => "?").join(", ")})`,
          users.map((u) => u.username),
        ),
      )) as { recipient: string }[];
      expect(rows.map((x) => x.recipient).sort()).to.deep.equal(users.map((u) => u.username).sort());
      // not delivered: 60 SMTP conversations would slow the tests that follow
      await server.db.read((m) =>
        m
          .getRepository(EmailQueueEntity)
          .update({ recipient: In(users.map((u) => u.username)), sent: IsNull() }, { sent: new Date() }),
      );
    });
  });

  describe("resource updated and deleted (PUT|DELETE /resources/{id})", () => {
    /** betty can update; frances reaches it through a group; ursula is disabled; carol has no access. */
    async function resource(name: string) {
      const group = await buildGroup(server, { members: ["frances"] });
      return buildResource(server, {
        owner: "ada",
        updaters: ["betty"],
        readers: ["ursula"],
        groups: [{ id: group.id, type: 1, members: ["frances"] }],
        name,
      });
    }

    it("mails every other user with access of an update", async () => {
      const name = marker("Updated");
      const r = await resource(name);
      expectSuccess(
        await put(server.url, `/resources/${r.id}.json`, { ...betty, body: { name: `${name}!` } }),
      );
      expect(await recipientsAbout(name)).to.deep.equal(sorted(mailOf("ada"), mailOf("frances")));
      expect(about(name)[0]!.subject).to.equal("[Acme Vault] Betty Holberton changed a password");
      expect(about(name)[0]!.text).to.include(`Name: ${name}!`);
    });

    it("sends no update mail when send_password_update is off", async () => {
      const name = marker("Quiet update");
      const r = await resource(name);
      await withSwitchOff("send_password_update", async () => {
        expectSuccess(await put(server.url, `/resources/${r.id}.json`, { ...betty, body: { name } }));
        expect(await recipientsAbout(name)).to.deep.equal([]);
      });
    });

    it("mails every other user who had access of a deletion", async () => {
      const name = marker("Deleted");
      const r = await resource(name);
      expectSuccess(await del(server.url, `/resources/${r.id}.json`, ada));
      expect(await recipientsAbout(name)).to.deep.equal(sorted(mailOf("betty"), mailOf("frances")));
      expect(about(name)[0]!.subject).to.equal("[Acme Vault] Ada Lovelace deleted a password");
    });

    it("queues nothing for a deletion whose COMMIT fails (its mail is queued before the writes)", async () => {
      const name = marker("Not deleted");
      const r = await resource(name);
      await server.deps.auditSealer.idle();
      let armed = true;
      server.db.faultHook = (phase) => {
        if (phase !== "COMMIT" || !armed) return;
        armed = false;
        throw Object.assign(
          new Error("disk I/O error (injected)"),
          isMysql ? { errno: 1030, code: "ER_GET_ERRNO" } : { code: "SQLITE_IOERR_WRITE" },
        );
      };
      try {
        expectError(await del(server.url, `/resources/${r.id}.json`, ada), 503);
      } finally {
        server.db.faultHook = undefined;
      }
      expect(armed, "the fault was injected").to.equal(false);
      expect(await recipientsAbout(name)).to.deep.equal([]);
      // the deletion that commits mails each of them once
      expectSuccess(await del(server.url, `/resources/${r.id}.json`, ada));
      expect(await recipientsAbout(name)).to.deep.equal(sorted(mailOf("betty"), mailOf("frances")));
    });

    it("sends no deletion mail when send_password_delete is off", async () => {
      const name = marker("Quiet delete");
      const r = await resource(name);
      await withSwitchOff("send_password_delete", async () => {
        expectSuccess(await del(server.url, `/resources/${r.id}.json`, ada));
        expect(await recipientsAbout(name)).to.deep.equal([]);
      });
    });
  });

  describe("comment added (POST /comments/resource/{id})", () => {
    const comment = (id: string, content: string) =>
      post(server.url, `/comments/resource/${id}.json`, { ...betty, body: { content } });

    it("mails the other users with access, without the text unless show_comment is on", async () => {
      const name = marker("Commented");
      const r = await buildResource(server, { owner: "ada", readers: ["betty", "ursula"], name });
      expectSuccess(await comment(r.id, "rotate it on monday"));
      expect(await recipientsAbout(name)).to.deep.equal([mailOf("ada")]);
      const first = about(name)[0]!;
      expect(first.subject).to.equal("[Acme Vault] Betty Holberton commented on a password");
      expect(first.text).not.to.include("rotate it on monday");

      expectSuccess(await post(server.url, SETTINGS, { ...ada, body: { show_comment: true } }));
      try {
        expectSuccess(await comment(r.id, "rotated on tuesday"));
        await deliver();
        expect(
          about(name)
            .map((m) => m.text ?? "")
            .filter((t) => t.includes("rotated on tuesday")),
        ).to.have.length(1);
      } finally {
        await post(server.url, SETTINGS, { ...ada, body: { show_comment: false } });
      }
      await withSwitchOff("send_comment_add", async () => {
        expectSuccess(await comment(r.id, "third"));
        expect(await recipientsAbout(name)).to.have.length(2);
      });
    });
  });

  describe("folder shared, renamed, deleted", () => {
    it("mails the users who gain access, then the others with access of a rename and a deletion", async () => {
      const name = marker("Folder");
      const group = await buildGroup(server, { members: ["frances", "ursula"] });
      const created = await post<Json>(server.url, "/folders.json", { ...ada, body: { name } });
      expectSuccess(created);
      const id = created.json.body.id as string;
      const permissions = [
        { aro: "User", aro_foreign_key: cast.betty.id, type: 7 },
        { aro: "Group", aro_foreign_key: group.id, type: 1 },
      ];
      expectSuccess(await put(server.url, `/share/folder/${id}.json`, { ...ada, body: { permissions } }));
      expect(await recipientsAbout(name)).to.deep.equal(sorted(mailOf("betty"), mailOf("frances")));
      expect(about(name)[0]!.subject).to.equal("[Acme Vault] Ada Lovelace shared a folder with you");
      expect(about(name)[0]!.text).to.include(`/app/folders/view/${id}`);

      const renamed = `${name} renamed`;
      expectSuccess(await put(server.url, `/folders/${id}.json`, { ...betty, body: { name: renamed } }));
      expect(await recipientsAbout(renamed)).to.deep.equal(sorted(mailOf("ada"), mailOf("frances")));
      expect(about(renamed)[0]!.subject).to.equal("[Acme Vault] Betty Holberton changed a folder");

      await withSwitchOff("send_folder_update", async () => {
        expectSuccess(
          await put(server.url, `/folders/${id}.json`, { ...betty, body: { name: `${name} quiet` } }),
        );
        expect(await recipientsAbout(`${name} quiet`)).to.deep.equal([]);
      });
      const last = `${name} last`;
      expectSuccess(await put(server.url, `/folders/${id}.json`, { ...ada, body: { name: last } }));
      await deliver();
      const before = about(last).length;
      expectSuccess(await del(server.url, `/folders/${id}.json`, ada));
      await deliver();
      const deletion = about(last).slice(before);
      expect(deletion.map(recipientOf).sort()).to.deep.equal(sorted(mailOf("betty"), mailOf("frances")));
      expect(deletion[0]!.subject).to.equal("[Acme Vault] Ada Lovelace deleted a folder");
    });

    it("sends nothing when send_folder_share and send_folder_delete are off", async () => {
      const name = marker("Quiet folder");
      const created = await post<Json>(server.url, "/folders.json", { ...ada, body: { name } });
      const id = created.json.body.id as string;
      await withSwitchOff("send_folder_share", async () => {
        const permissions = [{ aro: "User", aro_foreign_key: cast.betty.id, type: 1 }];
        expectSuccess(await put(server.url, `/share/folder/${id}.json`, { ...ada, body: { permissions } }));
      });
      await withSwitchOff("send_folder_delete", async () => {
        expectSuccess(await del(server.url, `/folders/${id}.json`, ada));
      });
      expect(await recipientsAbout(name)).to.deep.equal([]);
    });
  });

  describe("group memberships and deletion", () => {
    const memberRow = async (groupId: string, userId: string) => {
      const rows: { id: string }[] = await server.db.read((m) =>
        m.query("SELECT id FROM groups_users WHERE group_id = ? AND user_id = ?", [groupId, userId]),
      );
      return rows[0]!.id;
    };
    const update = (who: Credentials, id: string, groups_users: unknown[]) =>
      put(server.url, `/groups/${id}.json`, { ...who, body: { groups_users } });

    it("mails each member added, promoted, removed, and the members of a deleted group, never the actor", async () => {
      const name = marker("Group");
      const created = await post<Json>(server.url, "/groups.json", {
        ...ada,
        body: {
          name,
          groups_users: [
            { user_id: cast.betty.id, is_admin: true },
            { user_id: cast.frances.id, is_admin: false },
            { user_id: cast.ada.id, is_admin: false },
          ],
        },
      });
      expectSuccess(created);
      const id = created.json.body.id as string;
      expect(await recipientsAbout(name)).to.deep.equal(sorted(mailOf("betty"), mailOf("frances")));
      const added = about(name).find((m) => recipientOf(m) === mailOf("betty"))!;
      expect(added.subject).to.equal("[Acme Vault] Ada Lovelace added you to a group");
      expect(added.text).to.include("as a manager");

      const count = () => inbox.mails.length;
      let seen = count();
      const since = async () => {
        await deliver();
        const out = inbox.mails.slice(seen).filter((m) => (m.text ?? "").includes(name));
        seen = count();
        return out;
      };
      // betty (a manager) adds edith and promotes frances
      expectSuccess(
        await update(betty, id, [
          { user_id: cast.edith.id, is_admin: false },
          { id: await memberRow(id, cast.frances.id), is_admin: true },
        ]),
      );
      const changes = await since();
      expect(changes.map((m) => [recipientOf(m), m.subject]).sort()).to.deep.equal([
        [mailOf("edith"), "[Acme Vault] Betty Holberton added you to a group"],
        [mailOf("frances"), "[Acme Vault] Betty Holberton changed your role in a group"],
      ]);
      expectSuccess(await update(betty, id, [{ id: await memberRow(id, cast.edith.id), delete: true }]));
      expect((await since()).map((m) => [recipientOf(m), m.subject])).to.deep.equal([
        [mailOf("edith"), "[Acme Vault] Betty Holberton removed you from a group"],
      ]);
      await withSwitchOff("send_group_user_add", async () => {
        expectSuccess(await update(betty, id, [{ user_id: cast.carol.id, is_admin: false }]));
        expect(await since()).to.deep.equal([]);
      });

      // a disabled member hears nothing either
      await server.db.read((m) =>
        m.getRepository(GroupUserEntity).insert({
          id: newId(),
          groupId: id,
          userId: cast.ursula.id,
          isAdmin: false,
          created: new Date(),
        }),
      );
      expectSuccess(await del(server.url, `/groups/${id}.json`, betty));
      const deleted = await since();
      expect(deleted.map(recipientOf).sort()).to.deep.equal(
        sorted(mailOf("ada"), mailOf("frances"), mailOf("carol")),
      );
      expect(deleted[0]!.subject).to.equal("[Acme Vault] Betty Holberton deleted a group");
    });

    it("sends nothing for a deleted group when send_group_delete is off, nor for a dry run", async () => {
      const name = marker("Quiet group");
      const group = await buildGroup(server, { members: ["betty", "frances"], name });
      expectSuccess(await del(server.url, `/groups/${group.id}/dry-run.json`, betty));
      await withSwitchOff("send_group_delete", async () => {
        expectSuccess(await del(server.url, `/groups/${group.id}.json`, betty));
      });
      expect(await recipientsAbout(name)).to.deep.equal([]);
    });
  });

  describe("user disabled (PUT /users/{id})", () => {
    it("mails the other admins, not the acting admin nor the user; nothing with the switch off", async () => {
      const admin = await buildUser(server, { role: "admin" });
      try {
        const target = await buildUser(server, { lastName: marker("Disabled").replace(/ /g, "") });
        const disable = (id: string) =>
          put(server.url, `/users/${id}.json`, { ...ada, body: { disabled: new Date().toISOString() } });
        expectSuccess(await disable(target.id));
        // other suites may have left administrators of their own: every admin but ada
        const admins = (await server.db.read((m) =>
          m.query(
            "SELECT username FROM users WHERE role_id = ? AND active = ? AND deleted = ? AND disabled IS NULL",
            [roleId("admin"), true, false],
          ),
        )) as { username: string }[];
        const expected = admins.map((a) => a.username).filter((u) => u !== mailOf("ada"));
        expect(expected).to.include(admin.username);
        expect(await recipientsAbout(target.lastName)).to.deep.equal(expected.sort());
        expect(about(target.lastName)[0]!.subject).to.equal(
          `[Acme Vault] Ada Lovelace disabled Test ${target.lastName}'s account`,
        );
        // already disabled: no second mail
        expectSuccess(await disable(target.id));
        expect(await recipientsAbout(target.lastName)).to.have.length(1);

        const quiet = await buildUser(server, { lastName: marker("Quiet").replace(/ /g, "") });
        await withSwitchOff("send_admin_user_disable_user", async () => {
          expectSuccess(await disable(quiet.id));
        });
        expect(await recipientsAbout(quiet.lastName)).to.deep.equal([]);
      } finally {
        // other suites count the administrators
        await server.db.read((m) =>
          m.getRepository(UserEntity).update({ id: admin.id }, { roleId: roleId("user") }),
        );
      }
    });
  });
});

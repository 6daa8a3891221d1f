/**
 * Concurrent shares of one folder (PUT /share/folder/{id}.json), with a rename and a group share
 * in the race: every answer is 200, 400 or 503, never 500; each user added by a 200 can open the
 * folder afterwards and has it in their tree; two requests adding the same user give one 200 and
 * one 400 permission_unique (or 503). Runs on SQLite and on MariaDB.
 */
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { get, put, type ApiResponse } from "../helpers/api.ts";
import { sessionFor, type Credentials } from "../helpers/auth.ts";
import { buildUser, bearerForUser, type BuiltUser } from "../helpers/factories.ts";
import { sharedServer } from "../helpers/server.ts";
import { buildGroup } from "../helpers/resourceFactories.ts";
import { retireGroups } from "../helpers/cleanup.ts";
import { createFolder } from "../domain/folders/folders.helpers.ts";

describe("concurrent shares of one folder", function () {
  this.timeout(120_000);
  let server: RunningServer;
  let ada: Credentials;
  const groups: string[] = [];
  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
  });
  after(() => retireGroups(server, groups));

  for (let round = 1; round <= 2; round++)
    it(`round ${round}: only 200, 400 or 503; the tree and permissions agree with the answers`, async () => {
      const folder = await createFolder(server, ada, `Raced folder ${round}`);
      const users: BuiltUser[] = [];
      for (let i = 0; i < 6; i++) users.push(await buildUser(server));
      const group = await buildGroup(server, { members: ["frances"] });
      groups.push(group.id);
      const share = (permissions: unknown[]) =>
        put(server.url, `/share/folder/${folder}.json`, { ...ada, body: { permissions } });
      const add = (u: BuiltUser) => ({ aro: "User", aro_foreign_key: u.id, type: 1 });
      const calls: Promise<ApiResponse>[] = [
        ...users.map((u) => share([add(u)])),
        share([add(users[0]!)]), // the same user twice
        share([{ aro: "Group", aro_foreign_key: group.id, type: 7 }]),
        put(server.url, `/folders/${folder}.json`, {
          ...ada,
          body: { name: `Raced folder ${round}, renamed` },
        }),
      ];
      const answers = await Promise.all(calls);
      for (const a of answers) expect([200, 400, 503], JSON.stringify(a.json.header)).to.include(a.status);

      const addsOfFirst = [answers[0]!, answers[6]!];
      const ok = addsOfFirst.filter((a) => a.status === 200).length;
      const refused = addsOfFirst.filter((a) => a.status === 400);
      expect(ok, "one add of the same user wins unless both hit 503").to.be.at.most(1);
      for (const r of refused)
        expect(r.json.body).to.have.nested.property("permissions.0.aco_foreign_key.permission_unique");

      const rows: { aro_foreign_key: string }[] = await server.db.read((m) =>
        m.query("SELECT aro_foreign_key FROM permissions WHERE aco_foreign_key = ?", [folder]),
      );
      const granted = new Set(rows.map((r) => r.aro_foreign_key));
      for (const [i, u] of users.entries()) {
        const answered = i === 0 ? ok === 1 : answers[i]!.status === 200;
        expect(granted.has(u.id), `permission of user ${i}`).to.equal(answered);
        if (!answered) continue;
        const view = await get<{ id: string; folder_parent_id: string | null }>(
          server.url,
          `/folders/${folder}.json`,
          await bearerForUser(server, u.id),
        );
        expect(view.status).to.equal(200);
        expect(view.json.body.folder_parent_id).to.equal(null);
      }
      const relations: { user_id: string }[] = await server.db.read((m) =>
        m.query("SELECT user_id FROM folders_relations WHERE foreign_id = ?", [folder]),
      );
      const perUser = new Map<string, number>();
      for (const r of relations) perUser.set(r.user_id, (perUser.get(r.user_id) ?? 0) + 1);
      expect(
        [...perUser.values()].every((n) => n === 1),
        "one tree row per user",
      ).to.equal(true);
    });
});

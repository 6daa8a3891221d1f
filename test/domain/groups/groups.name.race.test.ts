/**
 * Group names are unique among live groups, also when requests race: concurrent creates (and a
 * rename) with the same name give one success and 400 group_unique for the others (503 is
 * allowed under a lock timeout), never two live groups with one name. Both databases.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { post, put, type ApiResponse } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup } from "../../helpers/resourceFactories.ts";
import { retireGroups } from "../../helpers/cleanup.ts";

describe("group names under concurrent requests", function () {
  this.timeout(60_000);
  let server: RunningServer;
  const created: string[] = [];
  before(async () => {
    server = await sharedServer();
  });
  after(() => retireGroups(server, created));

  for (let round = 1; round <= 3; round++)
    it(`round ${round}: 8 creates and a rename to one name: one group has it`, async () => {
      const ada = await sessionFor(server, "ada");
      const name = `Raced name ${newId().slice(0, 8)}`;
      const other = await buildGroup(server, { members: ["frances"] });
      created.push(other.id);
      const body = (n: string) => ({ name: n, groups_users: [{ user_id: cast.frances.id, is_admin: true }] });
      const calls: Promise<ApiResponse>[] = [
        ...Array.from({ length: 8 }, (_, i) =>
          post(server.url, "/groups.json", { ...ada, body: body(i % 2 ? name : name.toUpperCase()) }),
        ),
        put(server.url, `/groups/${other.id}.json`, { ...ada, body: { name } }),
      ];
      const answers = await Promise.all(calls);
      for (const a of answers) {
        expect([200, 400, 503], JSON.stringify(a.json.header)).to.include(a.status);
        if (a.status === 400) expect(a.json.body).to.have.nested.property("name.group_unique");
        const id = (a.json.body as { id?: string } | null)?.id;
        if (a.status === 200 && id && id !== other.id) created.push(id);
      }
      const live: { n: number | string }[] = await server.db.read((m) =>
        m.query("SELECT COUNT(*) AS n FROM `groups` WHERE LOWER(name) = LOWER(?) AND deleted = 0", [name]),
      );
      expect(Number(live[0]!.n)).to.equal(1);
      expect(answers.filter((a) => a.status === 200)).to.have.length(1);
    });
});

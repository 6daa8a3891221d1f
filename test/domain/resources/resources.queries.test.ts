/**
 * The list query's plan: both access paths are index lookups (no scan of permissions or
 * groups_users) and resources are read by primary key, on SQLite and on MariaDB.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { sharedServer } from "../../helpers/server.ts";
import { isMysql } from "../../helpers/env.ts";
import { cast } from "../../helpers/cast.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import { accessibleResourcesQuery } from "../../../src/domain/resources/resources.queries.ts";

const PAGE = { order: [["r.name", "ASC"]] as [string, "ASC"][], limit: 50, offset: 0 };

async function plan(server: RunningServer, filters = {}): Promise<string> {
  const q = accessibleResourcesQuery(isMysql ? "STRAIGHT_JOIN" : "CROSS JOIN", cast.betty.id, filters, PAGE);
  if (!isMysql) {
    const rows: { detail: string }[] = await server.db.read((m) =>
      m.query(`EXPLAIN QUERY PLAN ${q.sql}`, q.params),
    );
    return rows.map((r) => r.detail).join("\n");
  }
  const rows: { table: string; type: string; key: string | null }[] = await server.db.read((m) =>
    m.query(`EXPLAIN ${q.sql}`, q.params),
  );
  return rows.map((r) => `${r.table} ${r.type} ${r.key ?? "-"}`).join("\n");
}

describe("resources.queries: the list query plan", () => {
  let server: RunningServer;
  before(async function () {
    this.timeout(60_000);
    server = await sharedServer();
    // enough rows that a scan would be the costly choice
    const group = await buildGroup(server, { members: ["betty", "frances"] });
    for (let i = 0; i < 40; i++) await buildGroup(server, { members: i % 4 ? ["ada"] : ["ada", "betty"] });
    for (let i = 0; i < 30; i++)
      await buildResource(server, {
        owner: i % 2 ? "ada" : "frances",
        readers: i % 3 ? ["betty"] : [],
        groups: i % 5 ? [] : [{ id: group.id, type: 1, members: ["betty", "frances"] }],
        withoutSecrets: true,
      });
    // MariaDB keeps persistent statistics; SQLite plans without any unless ANALYZE is run,
    // which the server never does (and stats of a few test rows would favour scans).
    if (isMysql)
      for (const t of ["permissions", "groups_users", "resources", "favorites"])
        await server.db.read((m) => m.query(`ANALYZE TABLE ${t}`));
  });

  it("looks both access paths up by index and resources by primary key", async () => {
    const p = await plan(server);
    if (process.env.SHOW_PLAN) console.log(p);
    expect(p, p).to.match(/ix_permissions_aro_foreign_key_aco_aco_foreign_key_type/);
    expect(p, p).to.match(/ux_groups_users_user_id_group_id/);
    if (isMysql) {
      expect(p, p).to.match(/\br eq_ref PRIMARY\b/);
      expect(p, p).not.to.match(/^(p|gu) ALL/m);
    } else {
      expect(p, p).to.match(/SEARCH r USING INDEX sqlite_autoindex_resources_1|SEARCH r USING PRIMARY KEY/);
      expect(p, p).not.to.match(/SCAN (p|gu|g|r)\b/);
    }
  });

  it("keeps the index lookups with has-id and the group filter", async () => {
    const p = await plan(server, {
      ids: [cast.ada.id, cast.betty.id],
      sharedWithGroup: cast.ada.id,
      isFavorite: true,
    });
    expect(p, p).to.match(/ix_permissions_aro_foreign_key_aco_aco_foreign_key_type/);
    expect(p, p).to.match(/ux_permissions_aco_foreign_key_aro_foreign_key/);
    expect(p, p).to.match(/ux_favorites_user_id_foreign_key/);
  });
});

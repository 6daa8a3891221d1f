/**
 * insertRows leaves the objects it inserts as they were. TypeORM's own Repository.insert reads
 * entities with column defaults back after a multi-row insert and merges the rows into the
 * objects by position, which on MariaDB gave objects the id and default columns of other rows.
 */
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import {
  AuthenticationTokenEntity,
  type AuthenticationToken,
} from "../../src/db/entities/AuthenticationToken.ts";
import { newId } from "../../src/db/ids.ts";
import { insertRows, INSERT_CHUNK } from "../../src/db/insert.ts";
import { buildUser } from "../helpers/factories.ts";
import { sharedServer } from "../helpers/server.ts";

describe("insertRows", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("keeps each object's id and default columns, and stores each row as given", async () => {
    const user = await buildUser(server);
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const rows: AuthenticationToken[] = Array.from({ length: INSERT_CHUNK + 3 }, (_, i) => ({
      id: newId(),
      token: `t${i}`,
      userId: user.id,
      active: i % 3 === 0,
      type: "login",
      data: null,
      created: now,
      modified: now,
    }));
    const before = rows.map((r) => ({ ...r }));
    await server.db.tx((m) => insertRows(m, AuthenticationTokenEntity, rows));
    expect(rows).to.deep.equal(before);
    const stored: { id: string; token: string; active: unknown }[] = await server.db.read((m) =>
      m.query("SELECT id, token, active FROM authentication_tokens WHERE user_id = ? AND type = 'login'", [
        user.id,
      ]),
    );
    const byToken = new Map(stored.map((s) => [s.token, s]));
    expect(byToken.size).to.equal(rows.length);
    for (const r of rows) {
      expect(byToken.get(r.token)!.id).to.equal(r.id);
      expect(Number(byToken.get(r.token)!.active)).to.equal(r.active ? 1 : 0);
    }
  });

  it("with orIgnore, skips rows whose key exists and inserts the others", async () => {
    const user = await buildUser(server);
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const row = (id: string, token: string): AuthenticationToken => ({
      id,
      token,
      userId: user.id,
      active: true,
      type: "verify_token",
      data: null,
      created: now,
      modified: now,
    });
    const first = row(newId(), "first");
    await server.db.tx((m) => insertRows(m, AuthenticationTokenEntity, first));
    const second = row(newId(), "second");
    await server.db.tx((m) =>
      insertRows(m, AuthenticationTokenEntity, [row(first.id, "again"), second], { orIgnore: true }),
    );
    const stored: { token: string }[] = await server.db.read((m) =>
      m.query(
        "SELECT token FROM authentication_tokens WHERE user_id = ? AND type = 'verify_token' ORDER BY token",
        [user.id],
      ),
    );
    expect(stored.map((s) => s.token)).to.deep.equal(["first", "second"]);
  });
});

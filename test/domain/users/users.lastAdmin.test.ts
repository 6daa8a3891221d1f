import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { roleId } from "../../../src/db/ids.ts";
import { AppError } from "../../../src/http/errors.ts";
import { assertKeepsAnAdmin } from "../../../src/domain/users/users.lastAdmin.ts";
import { put } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { buildUser, sessionForUser } from "../../helpers/factories.ts";
import { sharedServer, startTestServer } from "../../helpers/server.ts";
import { repoRoot } from "../../helpers/env.ts";

const ROLLBACK = new Error("rollback");

describe("the last administrator keeps the admin role", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("an admin may give up the role while another admin can act", async () => {
    const admin = await buildUser(server, { role: "admin" });
    const creds = await sessionForUser(server, admin.id);
    const res = await put<{ role_id: string }>(server.url, `/users/${admin.id}.json`, {
      ...creds,
      body: { role_id: roleId("user") },
    });
    expectSuccess(res);
    expect(res.json.body.role_id).to.equal(roleId("user"));
  });

  /** Runs `check` in a transaction where `adminId` is the only admin left, then rolls it back. */
  async function asLastAdmin(adminId: string, others: "demoted" | "disabled" | "deleted") {
    let caught: unknown;
    await server.db
      .tx(async (m) => {
        const set =
          others === "demoted"
            ? "role_id = ?"
            : others === "disabled"
              ? "disabled = '2000-01-01 00:00:00', role_id = role_id"
              : "deleted = 1, role_id = role_id";
        const params = others === "demoted" ? [roleId("user")] : [];
        await m.query(
          `UPDATE users SET ${set} WHERE role_id = ? AND id <> ?`.replace(
            "role_id = role_id",
            "role_id = role_id",
          ),
          [...params, roleId("admin"), adminId],
        );
        try {
          await assertKeepsAnAdmin(
            m,
            { id: adminId, roleId: roleId("admin") },
            roleId("user"),
            "Could not validate user data.",
          );
        } catch (err) {
          caught = err;
        }
        // an admin keeping the role, and a user becoming admin, always pass
        await assertKeepsAnAdmin(m, { id: adminId, roleId: roleId("admin") }, roleId("admin"), "x");
        await assertKeepsAnAdmin(m, { id: adminId, roleId: roleId("user") }, roleId("user"), "x");
        throw ROLLBACK;
      })
      .catch((err: unknown) => {
        if (err !== ROLLBACK) throw err;
      });
    return caught;
  }

  for (const others of ["demoted", "disabled", "deleted"] as const)
    it(`refuses with 400 role_id.isNotLastAdmin when every other admin is ${others}`, async () => {
      const admin = await buildUser(server, { role: "admin" });
      const err = await asLastAdmin(admin.id, others);
      expect(err).to.be.instanceOf(AppError);
      expect((err as AppError).status).to.equal(400);
      expect((err as AppError).body).to.have.nested.property("role_id.isNotLastAdmin");
    });

  it("answers 400 through the API on an instance with one admin, and changes nothing", async () => {
    // an instance of its own (a fresh SQLite file), where the new admin is the only one
    const file = path.join(repoRoot, "var", "test", `last-admin-${process.pid}.sqlite`);
    const other = await startTestServer({ DATABASE_URL: `sqlite:${file}` });
    try {
      const admin = await buildUser(other, { role: "admin" });
      const creds = await sessionForUser(other, admin.id);
      const res = await put(other.url, `/users/${admin.id}.json`, {
        ...creds,
        body: { role_id: roleId("user") },
      });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("role_id.isNotLastAdmin");
      const [row] = await other.db.read((m) => m.query("SELECT role_id FROM users WHERE id = ?", [admin.id]));
      expect((row as { role_id: string }).role_id).to.equal(roleId("admin"));
      // a non-admin asking for the role is refused before any of this
      const user = await buildUser(other);
      const userCreds = await sessionForUser(other, user.id);
      expectError(
        await put(other.url, `/users/${user.id}.json`, { ...userCreds, body: { role_id: roleId("admin") } }),
        403,
      );
    } finally {
      await other.close();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  });
});

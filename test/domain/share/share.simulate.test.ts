import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { post } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import { addUser, permissionIdOf, snapshot, type Tree } from "./share.helpers.ts";

interface Simulation {
  changes: { added: { User: { id: string } }[]; removed: { User: { id: string } }[] };
}

async function auditCount(server: RunningServer): Promise<number> {
  const [row] = await server.db.read((m) => m.query("SELECT COUNT(*) AS n FROM audit_log"));
  return Number(row.n);
}

describe("POST /share/simulate/resource/:resourceId", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  async function simulate(resourceId: string, body: unknown, who: "ada" | "betty" | "carol" = "ada") {
    const before = { rows: await snapshot(server, resourceId), audit: await auditCount(server) };
    const res = await post<Simulation & Tree>(server.url, `/share/simulate/resource/${resourceId}.json`, {
      ...(await bearerFor(server, who)),
      body,
    });
    expect(
      { rows: await snapshot(server, resourceId), audit: await auditCount(server) },
      "nothing changed",
    ).to.deep.equal(before);
    return res;
  }

  it("lists the users who gain and lose access (direct and through groups), sorted, and changes nothing", async () => {
    const group = await buildGroup(server, { members: ["carol", "edith", "betty"] });
    const r = await buildResource(server, { owner: "ada", readers: ["betty", "frances"] });
    const res = await simulate(r.id, {
      permissions: [
        { aro: "Group", aro_foreign_key: group.id, type: 1 },
        { id: await permissionIdOf(server, r.id, "betty"), delete: true },
        { id: await permissionIdOf(server, r.id, "frances"), delete: true },
      ],
    });
    expectSuccess(res);
    expect(res.json.body).to.deep.equal({
      changes: {
        added: [cast.carol.id, cast.edith.id].sort().map((id) => ({ User: { id } })),
        removed: [{ User: { id: cast.frances.id } }],
      },
    });
  });

  it("needs no secrets and accepts an empty change list", async () => {
    const r = await buildResource(server, { owner: "ada" });
    const res = await simulate(r.id, { permissions: [] });
    expectSuccess(res);
    expect(res.json.body).to.deep.equal({ changes: { added: [], removed: [] } });
    expectSuccess(await simulate(r.id, {}));
  });

  it("refuses the same invalid changes as the share, under the same keys", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    const res = await simulate(r.id, {
      permissions: [addUser("betty"), { aro: "User", aro_foreign_key: cast.ruth.id, type: 1 }],
    });
    expectError(res, 400, "Could not validate resource data.");
    expect(res.json.body).to.have.nested.property("permissions.0.aco_foreign_key.permission_unique");
    expect(res.json.body).to.have.nested.property("permissions.1.aro_foreign_key.aro_exists");
    const noOwner = await simulate(r.id, {
      permissions: [{ id: await permissionIdOf(server, r.id, "ada"), delete: true }],
    });
    expectError(noOwner, 400);
    expect(noOwner.json.body).to.have.nested.property("permissions.at_least_one_owner");
    const secrets = await post(server.url, `/share/simulate/resource/${r.id}.json`, {
      ...(await sessionFor(server, "ada")),
      body: { permissions: [], secrets: [] },
    });
    expectError(secrets, 400);
  });

  it("403 for a non-owner, 404 for a user who cannot see the resource", async () => {
    const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
    expectError(
      await simulate(r.id, { permissions: [] }, "betty"),
      403,
      "You are not authorized to share this resource.",
    );
    expectError(await simulate(r.id, { permissions: [] }, "carol"), 404, "The resource does not exist.");
  });
});

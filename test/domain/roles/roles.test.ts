import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import type { RunningServer } from "../../../src/server.ts";
import { roleId } from "../../../src/db/ids.ts";

type Role = { id: string; name: string; description: string | null; created: string; modified: string };

describe("GET /roles.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("lists the roles to any logged-in user, with fixed ids", async () => {
    for (const creds of [await sessionFor(server, "betty"), await bearerFor(server, "carol")]) {
      const res = await get<Role[]>(server.url, "/roles.json?api-version=v2", creds);
      expectSuccess(res);
      const byName = Object.fromEntries(res.json.body.map((r) => [r.name, r]));
      expect(byName).to.include.keys("admin", "user", "guest");
      expect(byName.admin).to.include({ id: roleId("admin"), description: "Organization administrator" });
      for (const r of res.json.body) {
        expect(r).to.have.all.keys("id", "name", "description", "created", "modified");
        expect(r.created).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
      }
    }
  });

  it("answers 401 without credentials", async () => {
    expectError(await get(server.url, "/roles.json"), 401);
  });
});

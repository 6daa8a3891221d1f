import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { cast } from "../../helpers/cast.ts";
import { buildUser } from "../../helpers/factories.ts";
import type { RunningServer } from "../../../src/server.ts";
import { AuthenticationTokenEntity } from "../../../src/db/entities/AuthenticationToken.ts";

type StartBody = {
  user: {
    id: string;
    username: string;
    active: boolean;
    profile: { first_name: string; last_name: string };
    role: { name: string };
    gpgkey?: unknown;
  };
};

describe("GET /setup/start/{userId}/{token}.json (and legacy /setup/install/...)", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  for (const prefix of ["/setup/start", "/setup/install"]) {
    it(`${prefix}: gives a guest the user being set up, with role and profile`, async () => {
      const user = await buildUser(server, { state: "inactive", firstName: "Hedy", lastName: "Lamarr" });
      const res = await get<StartBody>(server.url, `${prefix}/${user.id}/${user.token}.json?api-version=v2`);
      expectSuccess(res);
      expect(res.json.body.user).to.include({ id: user.id, username: user.username, active: false });
      expect(res.json.body.user.profile).to.include({ first_name: "Hedy", last_name: "Lamarr" });
      expect(res.json.body.user.role.name).to.equal("user");
      expect(res.json.body.user).not.to.have.property("gpgkey");
    });
  }

  it("accepts the link with upper-case UUIDs (lowercased before routing)", async () => {
    const user = await buildUser(server, { state: "inactive" });
    const res = await get(
      server.url,
      `/setup/start/${user.id.toUpperCase()}/${user.token.toUpperCase()}.json`,
    );
    expectSuccess(res);
  });

  it("answers 400 for an active, deleted, disabled or unknown user", async () => {
    for (const state of ["active", "deleted", "disabled"] as const) {
      const user = await buildUser(server, { state });
      const res = await get(server.url, `/setup/start/${user.id}/${user.token}.json`);
      expectError(res, 400, "The user does not exist or is already active or is disabled.");
    }
    const inactive = await buildUser(server, { state: "inactive" });
    expectError(
      await get(server.url, `/setup/start/${cast.betty.id.replace(/^.{4}/, "0000")}/${inactive.token}.json`),
      400,
      "The user does not exist or is already active or is disabled.",
    );
  });

  it("answers 400 for an unknown, used, expired token and the token of another user", async () => {
    const [user, other] = [
      await buildUser(server, { state: "inactive" }),
      await buildUser(server, { state: "inactive" }),
    ];
    const invalid = "The authentication token is not valid.";
    expectError(await get(server.url, `/setup/start/${user.id}/${other.token}.json`), 400, invalid);
    expectError(
      await get(server.url, `/setup/start/${user.id}/3f2504e0-4f89-41d3-9a0c-0305e82c3301.json`),
      400,
      invalid,
    );
    const repo = (m: import("typeorm").EntityManager) => m.getRepository(AuthenticationTokenEntity);
    const ttl = server.deps.config.registerTokenTtlSeconds * 1000;
    await server.db.read((m) =>
      repo(m).update({ userId: user.id }, { created: new Date(Date.now() - ttl - 1000) }),
    );
    expectError(await get(server.url, `/setup/start/${user.id}/${user.token}.json`), 400, invalid);
    await server.db.read((m) => repo(m).update({ userId: other.id }, { active: false }));
    expectError(await get(server.url, `/setup/start/${other.id}/${other.token}.json`), 400, invalid);
  });

  it("answers 400 with the error tree for ids that are not UUIDs", async () => {
    const res = await get(server.url, `/setup/start/nope/${cast.ruth.id}.json`);
    expectError(res, 400);
    expect(res.json.body).to.have.nested.property("userId.uuid");
  });
});

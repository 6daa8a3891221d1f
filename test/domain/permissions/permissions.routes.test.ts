import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { newId } from "../../../src/db/ids.ts";
import { get } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";
import { expectDate, expectUuid } from "../resources/shapes.ts";

type Json = Record<string, unknown>;

describe("GET /permissions/resource/:resourceId.json", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let resourceId: string;
  let group: { id: string; name: string };
  before(async () => {
    server = await sharedServer();
    group = await buildGroup(server, { members: ["frances"] });
    resourceId = (
      await buildResource(server, {
        owner: "ada",
        readers: ["betty"],
        updaters: ["edith"],
        groups: [{ id: group.id, type: 1, members: ["frances"] }],
      })
    ).id;
  });

  const list = async (query = "", who: "ada" | "betty" | "frances" = "betty") => {
    const res = await get<Json[]>(
      server.url,
      `/permissions/resource/${resourceId}.json${query}`,
      await sessionFor(server, who),
    );
    expectSuccess(res);
    return res.json.body;
  };

  it("lists every permission row, owners first, with integer types and Passbolt's keys", async () => {
    const rows = await list();
    expect(rows.map((p) => [p.aro_foreign_key, p.type])).to.have.deep.members([
      [cast.ada.id, 15],
      [cast.edith.id, 7],
      [cast.betty.id, 1],
      [group.id, 1],
    ]);
    expect(rows[0]!.type).to.equal(15);
    for (const p of rows) {
      expect(Object.keys(p).sort()).to.deep.equal([
        "aco",
        "aco_foreign_key",
        "aro",
        "aro_foreign_key",
        "created",
        "id",
        "modified",
        "type",
      ]);
      expect(p.aco).to.equal("Resource");
      expect(p.aco_foreign_key).to.equal(resourceId);
      expectUuid(p.id, "id");
      expectDate(p.created, "created");
    }
  });

  it("contains user, user.profile and group when asked", async () => {
    const bare = await list("?contain[user]=1&contain[group]=1");
    const betty = bare.find((p) => p.aro_foreign_key === cast.betty.id)!;
    expect((betty.user as Json).username).to.equal(cast.betty.username);
    expect(betty.user).not.to.have.property("profile");
    expect(bare.find((p) => p.aro === "Group")!.group).to.include({ id: group.id, name: group.name });
    const withProfile = await list("?contain[user.profile]=1");
    const ada = withProfile.find((p) => p.aro_foreign_key === cast.ada.id)!;
    expect(((ada.user as Json).profile as Json).first_name).to.equal(cast.ada.first_name);
    expect(withProfile.find((p) => p.aro === "Group")).not.to.have.property("group");
  });

  it("answers a member who reaches the resource only through a group", async () => {
    expect(await list("", "frances")).to.have.length(4);
  });

  it("404 when the caller has no permission, the resource is unknown; 401 without a session", async () => {
    const carol = await get(
      server.url,
      `/permissions/resource/${resourceId}.json`,
      await bearerFor(server, "carol"),
    );
    expectError(carol, 404, "The resource does not exist.");
    const unknown = await get(
      server.url,
      `/permissions/resource/${newId()}.json`,
      await bearerFor(server, "ada"),
    );
    expectError(unknown, 404, "The resource does not exist.");
    expectError(await get(server.url, `/permissions/resource/${resourceId}.json`), 401);
    expectError(
      await get(server.url, "/permissions/resource/not-a-uuid.json", await bearerFor(server, "ada")),
      400,
    );
  });
});

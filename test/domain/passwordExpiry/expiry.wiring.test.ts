import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { ResourceEntity } from "../../../src/db/entities/Resource.ts";
import { OrganizationSettingEntity } from "../../../src/db/entities/OrganizationSetting.ts";
import { del, get, post, put } from "../../helpers/api.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { bearerFor } from "../../helpers/auth.ts";
import { buildUser, bearerForUser, type BuiltUser } from "../../helpers/factories.ts";
import { buildGroup, buildResource } from "../../helpers/resourceFactories.ts";

/** With automatic_expiry on, a resource whose secrets go because someone lost access is expired. */
describe("password expiry: resources expire when someone loses access (automatic_expiry)", function () {
  this.timeout(60_000);
  let server: RunningServer;
  let owner: BuiltUser;
  let other: BuiltUser;

  const expiredOf = async (id: string) =>
    (await server.db.read((m) => m.getRepository(ResourceEntity).findOneByOrFail({ id }))).expired;
  const setAutomatic = async (on: boolean) => {
    await server.db.read((m) =>
      m.getRepository(OrganizationSettingEntity).delete({ property: "passwordExpiry" }),
    );
    if (on)
      expectSuccess(
        await post(server.url, "/password-expiry/settings.json", {
          ...(await bearerFor(server, "ada")),
          body: { automatic_expiry: true, automatic_update: true },
        }),
      );
  };
  const who = (u: BuiltUser) => ({ id: u.id, publicKey: u.publicKey });

  before(async () => {
    server = await sharedServer();
    owner = await buildUser(server);
    other = await buildUser(server);
  });
  after(() => setAutomatic(false));

  async function revokeShare(): Promise<string> {
    const r = await buildResource(server, { owner: who(owner), readers: [who(other)] });
    const creds = await bearerForUser(server, owner.id);
    const perms = await get<{ id: string; aro_foreign_key: string }[]>(
      server.url,
      `/permissions/resource/${r.id}.json`,
      creds,
    );
    const row = perms.json.body.find((p) => p.aro_foreign_key === other.id)!;
    expectSuccess(
      await put(server.url, `/share/resource/${r.id}.json`, {
        ...creds,
        body: { permissions: [{ id: row.id, delete: true }], secrets: [] },
      }),
    );
    return r.id;
  }

  it("leaves resources alone while automatic_expiry is off", async () => {
    await setAutomatic(false);
    expect(await expiredOf(await revokeShare())).to.equal(null);
  });

  it("expires a resource when a share is revoked", async () => {
    await setAutomatic(true);
    expect(await expiredOf(await revokeShare())).to.be.instanceOf(Date);
  });

  it("expires the group's resources when a member is removed", async () => {
    await setAutomatic(true);
    const member = await buildUser(server);
    const group = await buildGroup(server, { members: [who(owner), who(member)] });
    const r = await buildResource(server, {
      owner: who(owner),
      groups: [{ id: group.id, type: 1, members: [who(owner), who(member)] }],
    });
    const creds = await bearerForUser(server, owner.id);
    const g = await get<{ groups_users: { id: string; user_id: string }[] }>(
      server.url,
      `/groups/${group.id}.json?contain[groups_users]=1`,
      creds,
    );
    const row = g.json.body.groups_users.find((gu) => gu.user_id === member.id)!;
    expectSuccess(
      await put(server.url, `/groups/${group.id}.json`, {
        ...creds,
        body: { groups_users: [{ id: row.id, delete: true }] },
      }),
    );
    expect(await expiredOf(r.id)).to.be.instanceOf(Date);
  });

  it("expires the resources a deleted user could read", async () => {
    await setAutomatic(true);
    const leaving = await buildUser(server);
    const r = await buildResource(server, { owner: who(owner), readers: [who(leaving)] });
    expectSuccess(await del(server.url, `/users/${leaving.id}.json`, await bearerFor(server, "ada")));
    expect(await expiredOf(r.id)).to.be.instanceOf(Date);
  });
});

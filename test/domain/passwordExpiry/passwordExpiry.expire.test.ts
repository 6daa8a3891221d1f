import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { ResourceEntity } from "../../../src/db/entities/Resource.ts";
import { expireResourcesIfAutomatic } from "../../../src/domain/passwordExpiry/passwordExpiry.expire.ts";
import { savePasswordExpirySettings } from "../../../src/domain/passwordExpiry/passwordExpiry.settings.ts";
import { cast } from "../../helpers/cast.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource } from "../../helpers/resourceFactories.ts";
import { clearPasswordExpirySettings } from "./passwordExpiry.helpers.ts";

describe("passwordExpiry.expireResourcesIfAutomatic()", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });
  afterEach(() => clearPasswordExpirySettings(server));

  const rowOf = (id: string) =>
    server.db.read((m) => m.getRepository(ResourceEntity).findOneByOrFail({ id }));
  const setExpired = (id: string, expired: Date | null, deleted = false) =>
    server.db.tx((m) => m.getRepository(ResourceEntity).update({ id }, { expired, deleted }));
  const automatic = (on: boolean) =>
    savePasswordExpirySettings(server.db, cast.ada.id, { automatic_expiry: on, automatic_update: true });

  it("does nothing without settings, or with automatic_expiry off", async () => {
    const r = await buildResource(server, { owner: "ada" });
    expect(await server.db.tx((m) => expireResourcesIfAutomatic(m, [r.id]))).to.deep.equal([]);
    await automatic(false);
    expect(await server.db.tx((m) => expireResourcesIfAutomatic(m, [r.id]))).to.deep.equal([]);
    expect((await rowOf(r.id)).expired).to.equal(null);
  });

  it("with automatic_expiry on: expires live resources not expired yet, leaves modified alone", async () => {
    await automatic(true);
    const fresh = await buildResource(server, { owner: "ada" });
    const future = await buildResource(server, { owner: "ada" });
    const past = await buildResource(server, { owner: "ada" });
    const deleted = await buildResource(server, { owner: "ada" });
    const pastDate = new Date("2025-01-01T00:00:00Z");
    await setExpired(future.id, new Date("2099-01-01T00:00:00Z"));
    await setExpired(past.id, pastDate);
    await setExpired(deleted.id, null, true);
    const before = (await rowOf(fresh.id)).modified;
    const t0 = Math.floor(Date.now() / 1000) * 1000;
    const ids = [
      fresh.id,
      future.id,
      past.id,
      deleted.id,
      fresh.id.toUpperCase(),
      "5e0b7c3a-9d1f-4a2b-8c6d-7e9f0a1b2c3d",
    ];
    const expired = await server.db.tx((m) => expireResourcesIfAutomatic(m, ids));
    expect(expired.sort()).to.deep.equal([fresh.id, future.id].sort());
    for (const id of [fresh.id, future.id]) {
      const e = (await rowOf(id)).expired!;
      expect(e.getTime()).to.be.within(t0, Date.now() + 1000);
    }
    expect((await rowOf(past.id)).expired!.getTime()).to.equal(pastDate.getTime());
    expect((await rowOf(deleted.id)).expired).to.equal(null);
    expect((await rowOf(fresh.id)).modified.getTime()).to.equal(before.getTime());
    expect(await server.db.tx((m) => expireResourcesIfAutomatic(m, []))).to.deep.equal([]);
  });

  it("is part of the caller's transaction: rolled back with it", async () => {
    await automatic(true);
    const r = await buildResource(server, { owner: "ada" });
    await server.db
      .tx(async (m) => {
        expect(await expireResourcesIfAutomatic(m, [r.id])).to.deep.equal([r.id]);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect((await rowOf(r.id)).expired).to.equal(null);
  });
});

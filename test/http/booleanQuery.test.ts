/**
 * Every boolean query parameter means what the OpenAPI document says: 1 and true are on, 0 and
 * false are off, anything else is a 400 with the parameter -> rule -> message tree. (Passbolt's
 * filter[is-owned-by-me] and filter[is-shared-with-me] switch on for any value, =0 included.)
 */
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { get } from "../helpers/api.ts";
import { sessionFor, type Credentials } from "../helpers/auth.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { retireResources } from "../helpers/cleanup.ts";
import { buildResource } from "../helpers/resourceFactories.ts";
import { sharedServer } from "../helpers/server.ts";

type Row = { id: string; role?: { name: string }; active?: boolean; deleted?: boolean };

describe("boolean query parameters: 0/false off, 1/true on, anything else 400", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let ada: Credentials;
  let owned: string;
  let shared: string;

  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
    owned = (await buildResource(server, { owner: "ada" })).id;
    shared = (await buildResource(server, { owner: "betty", readers: ["ada"], favoriteOf: ["ada"] })).id;
  });
  after(async () => {
    await retireResources(server, [owned, shared]);
  });

  /** Which of ada's two resources a filter value lets through. */
  async function resourcesWith(filter: string, value: string): Promise<string[]> {
    const res = await get<Row[]>(server.url, `/resources.json?filter[${filter}]=${value}`, ada);
    expectSuccess(res);
    const ids = new Set(res.json.body.map((r) => r.id));
    return [owned, shared].filter((id) => ids.has(id)).map((id) => (id === owned ? "owned" : "shared"));
  }

  const cases: [string, { on: string[]; off: string[] }][] = [
    ["is-owned-by-me", { on: ["owned"], off: ["owned", "shared"] }],
    ["is-shared-with-me", { on: ["shared"], off: ["owned", "shared"] }],
    // Passbolt's documented meaning: false = only the resources that are not favourites
    ["is-favorite", { on: ["shared"], off: ["owned"] }],
  ];
  for (const [filter, expected] of cases)
    it(`GET /resources.json filter[${filter}] with 1, true, 0, false and a bad value`, async () => {
      for (const v of ["1", "true", "TRUE"])
        expect(await resourcesWith(filter, v), `=${v}`).to.deep.equal(expected.on);
      for (const v of ["0", "false", "False"])
        expect(await resourcesWith(filter, v), `=${v}`).to.deep.equal(expected.off);
      for (const bad of ["yes", "2", "", "on"]) {
        const res = await get<Record<string, Record<string, string>>>(
          server.url,
          `/resources.json?filter[${filter}]=${bad}`,
          ada,
        );
        if (bad === "") {
          // an empty value is a value the client did not mean: refused like any other
          expectError(res, 400);
          continue;
        }
        expectError(res, 400);
        expect(Object.keys(res.json.body), `=${bad}`).to.deep.equal([`filter[${filter}]`]);
        expect(Object.values(res.json.body[`filter[${filter}]`]!)[0]).to.be.a("string");
      }
    });

  it("GET /users.json filter[is-admin] and filter[is-active] (admin) with 1, true, 0, false and a bad value", async () => {
    const users = async (q: string) => {
      const res = await get<Row[]>(server.url, `/users.json?${q}&contain[role]=1`, ada);
      expectSuccess(res);
      return res.json.body;
    };
    for (const v of ["1", "true"]) {
      const list = await users(`filter[is-admin]=${v}`);
      expect(list.length).to.be.greaterThan(0);
      expect(
        list.every((u) => u.role?.name === "admin"),
        `is-admin=${v}`,
      ).to.equal(true);
    }
    for (const v of ["0", "false"]) {
      const list = await users(`filter[is-admin]=${v}`);
      expect(list.length).to.be.greaterThan(0);
      expect(
        list.some((u) => u.role?.name === "admin"),
        `is-admin=${v}`,
      ).to.equal(false);
    }
    for (const v of ["1", "true"])
      expect((await users(`filter[is-active]=${v}`)).every((u) => u.active)).to.equal(true);
    for (const v of ["0", "false"])
      expect((await users(`filter[is-active]=${v}`)).some((u) => u.active)).to.equal(false);
    for (const name of ["is-admin", "is-active"]) {
      const res = await get<Record<string, unknown>>(server.url, `/users.json?filter[${name}]=yes`, ada);
      expectError(res, 400);
      expect(Object.keys(res.json.body)).to.deep.equal([`filter[${name}]`]);
    }
  });

  it("GET /gpgkeys.json filter[is-deleted] with 1, true, 0, false and a bad value", async () => {
    for (const v of ["1", "true", "0", "false"]) {
      const res = await get<Row[]>(server.url, `/gpgkeys.json?filter[is-deleted]=${v}`, ada);
      expectSuccess(res);
      const wantDeleted = v === "1" || v === "true";
      expect(
        res.json.body.every((k) => k.deleted === wantDeleted),
        `is-deleted=${v}`,
      ).to.equal(true);
    }
    const live = await get<Row[]>(server.url, "/gpgkeys.json?filter[is-deleted]=0", ada);
    expect(live.json.body.length).to.be.greaterThan(0);
    const res = await get<Record<string, unknown>>(server.url, "/gpgkeys.json?filter[is-deleted]=maybe", ada);
    expectError(res, 400);
    expect(Object.keys(res.json.body)).to.deep.equal(["filter[is-deleted]"]);
  });
});

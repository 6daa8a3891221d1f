import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { OrganizationSettingEntity } from "../../../src/db/entities/OrganizationSetting.ts";
import { del, get, post, put } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { encryptFor, RESOURCE_TYPES } from "../../helpers/resourceFactories.ts";
import { clearPasswordExpirySettings } from "./passwordExpiry.helpers.ts";

type Json = Record<string, unknown>;
const UNKNOWN = "0e9c6a4f-1b7d-4c3e-9a2f-5d8b7c6e4f3a";

describe("/password-expiry/settings", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
    await clearPasswordExpirySettings(server);
  });
  after(() => clearPasswordExpirySettings(server));

  it("GET: the defaults before anything is saved, to any user; 401 without credentials", async () => {
    const res = await get<Json>(
      server.url,
      "/password-expiry/settings.json",
      await sessionFor(server, "betty"),
    );
    expectSuccess(res);
    expect(res.json.body).to.deep.equal({ automatic_expiry: false, automatic_update: false });
    expectError(await get(server.url, "/password-expiry/settings.json"), 401);
  });

  it("POST then PUT by an administrator: saved, read back by users, same id, modified_by updated", async () => {
    const created = await post<Json>(server.url, "/password-expiry/settings.json", {
      ...(await sessionFor(server, "ada")),
      body: {
        automatic_expiry: true,
        automatic_update: true,
        default_expiry_period: null,
        policy_override: false,
      },
    });
    expectSuccess(created);
    expect(created.json.body).to.include({
      automatic_expiry: true,
      automatic_update: true,
      policy_override: false,
      default_expiry_period: null,
      expiry_notification: null,
      created_by: cast.ada.id,
      modified_by: cast.ada.id,
    });
    const read = await get<Json>(
      server.url,
      "/password-expiry/settings.json",
      await bearerFor(server, "betty"),
    );
    expect(read.json.body).to.deep.equal(created.json.body);

    const updated = await put<Json>(server.url, "/password-expiry/settings.json", {
      ...(await bearerFor(server, "ada")),
      body: { ...created.json.body, automatic_update: false, expiry_notification: 3 },
    });
    expectSuccess(updated);
    expect(updated.json.body).to.include({
      id: created.json.body.id,
      automatic_update: false,
      expiry_notification: 3,
    });
    const rows = await server.db.read((m) =>
      m.getRepository(OrganizationSettingEntity).findBy({ property: "passwordExpiry" }),
    );
    expect(rows).to.have.length(1);
  });

  it("POST/PUT: 403 for a user who is not an administrator; 400 with the rule for a bad body", async () => {
    const body = { automatic_expiry: true, automatic_update: true };
    expectError(
      await post(server.url, "/password-expiry/settings.json", {
        ...(await sessionFor(server, "betty")),
        body,
      }),
      403,
    );
    expectError(
      await put(server.url, "/password-expiry/settings.json", {
        ...(await bearerFor(server, "betty")),
        body,
      }),
      403,
    );
    const creds = await sessionFor(server, "ada");
    const cases: [unknown, string][] = [
      [{ automatic_expiry: true }, "automatic_update._required"],
      [{ automatic_expiry: "yes", automatic_update: true }, "automatic_expiry.type"],
      [{ ...body, default_expiry_period: -1 }, "default_expiry_period"],
      [{ ...body, colour: "red" }, "colour._unexpected"],
    ];
    for (const [b, rule] of cases) {
      const res = await post<Json>(server.url, "/password-expiry/settings.json", { ...creds, body: b });
      expectError(res, 400, "Could not validate the password expiry settings.");
      expect(res.json.body, rule).to.have.nested.property(rule);
    }
  });

  it("DELETE: 403 for a non-administrator, 404 for another id, 400 for a malformed one; then the defaults", async () => {
    const saved = await post<Json>(server.url, "/password-expiry/settings.json", {
      ...(await sessionFor(server, "ada")),
      body: { automatic_expiry: true, automatic_update: true },
    });
    const id = saved.json.body.id as string;
    expectError(
      await del(server.url, `/password-expiry/settings/${id}.json`, await sessionFor(server, "betty")),
      403,
    );
    const admin = await sessionFor(server, "ada");
    expectError(await del(server.url, `/password-expiry/settings/${UNKNOWN}.json`, admin), 404);
    expectError(await del(server.url, "/password-expiry/settings/abc.json", admin), 400);
    const res = await del(server.url, `/password-expiry/settings/${id}.json`, admin);
    expectSuccess(res);
    expect(res.json.body).to.equal(null);
    const read = await get<Json>(server.url, "/password-expiry/settings.json", admin);
    expect(read.json.body).to.deep.equal({ automatic_expiry: false, automatic_update: false });
    expectError(await del(server.url, `/password-expiry/settings/${id}.json`, admin), 404);
  });

  it("resources take `expired` on create and update", async () => {
    const creds = await sessionFor(server, "ada");
    const created = await post<Json>(server.url, "/resources.json", {
      ...creds,
      body: {
        name: "Expiring",
        resource_type_id: RESOURCE_TYPES["password-string"],
        expired: "2027-01-02T03:04:05+00:00",
        secrets: [{ data: await encryptFor("ada", "pw") }],
      },
    });
    expectSuccess(created);
    expect(created.json.body.expired).to.equal("2027-01-02T03:04:05+00:00");
    const updated = await put<Json>(server.url, `/resources/${created.json.body.id}.json`, {
      ...creds,
      body: { name: "Expiring", resource_type_id: RESOURCE_TYPES["password-string"], expired: null },
    });
    expectSuccess(updated);
    expect(updated.json.body.expired).to.equal(null);
    const bad = await put<Json>(server.url, `/resources/${created.json.body.id}.json`, {
      ...creds,
      body: { expired: "soon" },
    });
    expectError(bad, 400);
    expect(bad.json.body).to.have.nested.property("expired.dateTime");
  });
});

import { expect } from "chai";
import { get } from "../helpers/api.ts";
import { expectSuccess } from "../helpers/expectEnvelope.ts";
import { sharedServer } from "../helpers/server.ts";
import { sessionFor } from "../helpers/auth.ts";
import { importFromSources } from "../helpers/extensionSources.ts";
import type { RunningServer } from "../../src/server.ts";

type EntityClass = new (dto: unknown) => { toDto?: () => unknown };

const SG = "passbolt-styleguide/src/shared/models/entity";
const EXT = "passbolt-browser-extension/src/all/background_page/model/entity";

/**
 * The settings the extension reads in every session, checked with the extension's own entity
 * classes: a constructor that validates its input against the entity schema (and throws an
 * EntityValidationError otherwise), as the extension does with what the server answers.
 */
const ROUTES: [path: string, entity: string][] = [
  ["/password-policies/settings.json", `${EXT}/passwordPolicies/passwordPoliciesEntity`],
  ["/password-generator/settings.json", `${EXT}/passwordPolicies/passwordPoliciesEntity`],
  ["/export-policies/settings.json", `${SG}/exportSettings/ExportPoliciesSettingsEntity`],
  ["/metadata/keys/settings.json", `${SG}/metadata/metadataKeysSettingsEntity`],
  ["/metadata/setup/settings.json", `${SG}/metadata/metadataSetupSettingsEntity`],
  ["/secret-revisions/settings.json", `${SG}/secretRevision/secretRevisionsSettingsEntity`],
];

describe("settings the extension reads, against its own entity schemas", function () {
  this.timeout(120_000); // the first run fetches the two packages from the npm registry
  let server: RunningServer;

  before(async () => {
    server = await sharedServer();
    await importFromSources(`${SG}/abstract/entitySchema`);
  });

  for (const [path, entity] of ROUTES)
    it(`GET ${path} builds a ${entity.split("/").pop()}`, async () => {
      const res = await get(server.url, `${path}?api-version=v2`, await sessionFor(server, "betty"));
      expectSuccess(res);
      const Entity = await importFromSources<EntityClass>(entity);
      expect(() => new Entity(res.json.body)).not.to.throw();
    });

  it("the entity classes do refuse a wrong shape (the check has teeth)", async () => {
    const Entity = await importFromSources<EntityClass>(`${EXT}/passwordPolicies/passwordPoliciesEntity`);
    expect(() => new Entity({ default_generator: "password" })).to.throw();
    const Revisions = await importFromSources<EntityClass>(
      `${SG}/secretRevision/secretRevisionsSettingsEntity`,
    );
    expect(() => new Revisions({ max_revisions: "1", allow_sharing_revisions: false })).to.throw();
  });

  it("GET /account/settings.json is a list the extension's settings sync reads (empty: defaults)", async () => {
    const res = await get<unknown[]>(
      server.url,
      "/account/settings.json?api-version=v2",
      await sessionFor(server, "betty"),
    );
    expectSuccess(res);
    expect(res.json.body).to.deep.equal([]);
  });

  it("every one of them needs a signed-in user", async () => {
    for (const [path] of [...ROUTES, ["/account/settings.json"]]) {
      const res = await get(server.url, path!);
      expect(res.status, path).to.equal(401);
    }
  });
});

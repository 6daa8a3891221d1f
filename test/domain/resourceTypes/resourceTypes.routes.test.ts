import { expect } from "chai";
import { v5 as uuidv5 } from "uuid";
import type { RunningServer } from "../../../src/server.ts";
import { get } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource } from "../../helpers/resourceFactories.ts";
import { expectResourceType } from "../resources/shapes.ts";

const NAMESPACE = "d5447ca1-950f-459d-8b20-86ddfdd0f922";
const V4 = {
  "password-string": "669f8c64-242a-59fb-92fc-81f660975fd3",
  "password-and-description": "a28a04cd-6f53-518a-967c-9963bf9cec51",
  totp: "05ba5c75-504d-5ad6-819a-83af68867d86",
  "password-description-totp": "8cca88d9-a3f6-56df-b860-3ef08de5c5c4",
};
type TypeJson = Record<string, unknown> & { id: string; slug: string; resources_count?: number };

describe("GET /resource-types.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("answers 401 without credentials", async () => {
    expectError(await get(server.url, "/resource-types.json"), 401);
  });

  it("lists the four v4 types with Passbolt's fixed ids, each id uuid5 of its slug", async () => {
    const res = await get<TypeJson[]>(server.url, "/resource-types.json", await sessionFor(server, "betty"));
    expectSuccess(res);
    const bySlug = Object.fromEntries(res.json.body.map((t) => [t.slug, t]));
    expect(Object.keys(bySlug).sort()).to.deep.equal(Object.keys(V4).sort());
    for (const [slug, id] of Object.entries(V4)) {
      expect(bySlug[slug]!.id).to.equal(id);
      expect(uuidv5(`resource-types.id.${slug}`, NAMESPACE)).to.equal(id);
      expectResourceType(bySlug[slug]!);
      expect(bySlug[slug]!.deleted).to.equal(null);
      expect(bySlug[slug]).not.to.have.property("resources_count");
    }
    expect(bySlug["password-string"]!.name).to.equal("Simple password");
    expect(
      (bySlug["password-and-description"]!.definition as { secret: { required: string[] } }).secret.required,
    ).to.deep.equal(["password"]);
  });

  it("lists the v5 types, seeded deleted, with filter[is-deleted]=1", async () => {
    const res = await get<TypeJson[]>(
      server.url,
      "/resource-types.json?filter[is-deleted]=1",
      await bearerFor(server, "ada"),
    );
    expectSuccess(res);
    expect(res.json.body.map((t) => t.slug).sort()).to.deep.equal([
      "v5-custom-fields",
      "v5-default",
      "v5-default-with-totp",
      "v5-note",
      "v5-password-string",
      "v5-pin-code",
      "v5-totp-standalone",
    ]);
    for (const t of res.json.body) {
      expect(t.id).to.equal(uuidv5(`resource-types.id.${t.slug}`, NAMESPACE));
      expectResourceType(t);
      expect(t.deleted).to.be.a("string");
    }
  });

  it("adds resources_count for admins only", async () => {
    await buildResource(server, { owner: "frances" });
    const admin = await get<TypeJson[]>(
      server.url,
      "/resource-types.json?contain[resources_count]=1",
      await sessionFor(server, "ada"),
    );
    const count = admin.json.body.find((t) => t.slug === "password-string")!.resources_count;
    expect(count).to.be.a("number").and.at.least(1);
    const user = await get<TypeJson[]>(
      server.url,
      "/resource-types.json?contain[resources_count]=1",
      await sessionFor(server, "betty"),
    );
    expect(user.json.body[0]).not.to.have.property("resources_count");
  });

  it("answers 400 for a bad filter value", async () => {
    expectError(
      await get(server.url, "/resource-types.json?filter[is-deleted]=maybe", await sessionFor(server, "ada")),
      400,
    );
  });
});

describe("GET /resource-types/:id.json", () => {
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it("returns one type", async () => {
    const res = await get<TypeJson>(
      server.url,
      `/resource-types/${V4.totp}.json`,
      await bearerFor(server, "carol"),
    );
    expectSuccess(res);
    expectResourceType(res.json.body);
    expect(res.json.body.slug).to.equal("totp");
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const creds = await sessionFor(server, "carol");
    expectError(
      await get(server.url, "/resource-types/00000000-0000-4000-8000-000000000000.json", creds),
      404,
      "The resource type does not exist.",
    );
    expectError(await get(server.url, "/resource-types/not-a-uuid.json", creds), 400);
  });

  it("answers 401 without credentials", async () => {
    expectError(await get(server.url, `/resource-types/${V4.totp}.json`), 401);
  });
});

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { TagEntity } from "../../../src/db/entities/Tag.ts";
import { ResourceTagEntity } from "../../../src/db/entities/ResourceTag.ts";
import { deleteTagLinksOf, tagIdOf } from "../../../src/domain/tags/tags.queries.ts";
import { del, get, post, put } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import type { CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource } from "../../helpers/resourceFactories.ts";

type Json = Record<string, unknown>;
type TagJson = { id: string; slug: string; is_shared: boolean };
const UNKNOWN = "0e9c6a4f-1b7d-4c3e-9a2f-5d8b7c6e4f3a";

describe("tags", function () {
  this.timeout(30_000);
  let server: RunningServer;
  // slugs unique to this run, so that other suites' tags never collide
  const run = Math.random().toString(36).slice(2, 8);
  const s = (name: string) => (name.startsWith("#") ? `#${run}-${name.slice(1)}` : `${run}-${name}`);
  before(async () => {
    server = await sharedServer();
  });

  async function setTags(who: CastName, resourceId: string, tags: string[]) {
    return post<TagJson[]>(server.url, `/tags/${resourceId}.json`, {
      ...(await sessionFor(server, who)),
      body: { tags },
    });
  }
  async function tagsOn(who: CastName, resourceId: string): Promise<string[]> {
    const res = await get<{ tags: TagJson[] }>(
      server.url,
      `/resources/${resourceId}.json?contain[tag]=1`,
      await sessionFor(server, who),
    );
    expectSuccess(res);
    return res.json.body.tags.map((t) => t.slug);
  }
  const tagRow = (slug: string) => server.db.read((m) => m.getRepository(TagEntity).findOneBy({ slug }));

  describe("POST /tags/:resourceId.json", () => {
    it("sets the caller's personal tags (a reader too); other users do not see them", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const res = await setTags("betty", r.id, [s("work"), s("b"), s("work")]);
      expectSuccess(res);
      expect(res.json.body).to.deep.equal(
        [s("b"), s("work")].map((slug) => ({ id: tagIdOf(slug), slug, is_shared: false })),
      );
      expect(await tagsOn("betty", r.id)).to.deep.equal([s("b"), s("work")]);
      expect(await tagsOn("ada", r.id)).to.deep.equal([]);
      // the complete list: what is left out is removed, and an unused tag row disappears
      expectSuccess(await setTags("betty", r.id, [s("work")]));
      expect(await tagsOn("betty", r.id)).to.deep.equal([s("work")]);
      expect(await tagRow(s("b"))).to.equal(null);
      expectSuccess(await setTags("betty", r.id, []));
      expect(await tagsOn("betty", r.id)).to.deep.equal([]);
    });

    it("shared tags: put on and taken off by a user who may update the resource; everyone sees them", async () => {
      const r = await buildResource(server, { owner: "ada", updaters: ["edith"], readers: ["betty"] });
      expectSuccess(await setTags("edith", r.id, [s("#ops"), s("mine")]));
      expect(await tagsOn("betty", r.id)).to.deep.equal([s("#ops")]);
      expect(await tagsOn("ada", r.id)).to.deep.equal([s("#ops")]);
      const tag = (await tagRow(s("#ops")))!;
      expect(tag.isShared).to.equal(true);
      expectSuccess(await setTags("ada", r.id, []));
      expect(await tagsOn("edith", r.id)).to.deep.equal([s("mine")]);
    });

    it("400 tags.shared_tag_permission for a reader adding or removing a shared tag; nothing changes", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      expectSuccess(await setTags("ada", r.id, [s("#team")]));
      for (const tags of [[s("#team"), s("#new")], []]) {
        const res = await setTags("betty", r.id, tags);
        expectError(res, 400, "You do not have the permission to edit shared tags on this resource.");
        expect(res.json.body).to.have.nested.property("tags.shared_tag_permission");
      }
      expect(await tagsOn("betty", r.id)).to.deep.equal([s("#team")]);
      expect(await tagRow(s("#new"))).to.equal(null);
      // keeping the shared tag while changing personal ones is fine
      expectSuccess(await setTags("betty", r.id, [s("#team"), s("note")]));
    });

    it("400 with the rule: tags missing, not an array, an empty or too long slug", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const cases: [unknown, string][] = [
        [{}, "tags._required"],
        [{ tags: "a,b" }, "tags.type"],
        [{ tags: [""] }, "tags.0._empty"],
        [{ tags: ["ok", "x".repeat(129)] }, "tags.1.maxLength"],
      ];
      for (const [body, rule] of cases) {
        const res = await post<Json>(server.url, `/tags/${r.id}.json`, {
          ...(await sessionFor(server, "ada")),
          body,
        });
        expectError(res, 400, "Could not validate tags data.");
        expect(res.json.body, rule).to.have.nested.property(rule);
      }
    });

    it("404 for a resource the caller cannot read; 401 without credentials", async () => {
      const r = await buildResource(server, { owner: "ada" });
      expectError(await setTags("carol", r.id, [s("x")]), 404, "The resource does not exist.");
      expectError(await setTags("carol", UNKNOWN, [s("x")]), 404);
      expectError(await post(server.url, `/tags/${r.id}.json`, { body: { tags: [] } }), 401);
    });
  });

  describe("GET /tags.json and the resources' filter[has-tag]", () => {
    it("lists my personal tags and the shared tags of resources I reach, by slug; filters resources", async () => {
      const mark = `${run}g`;
      const s = (name: string) => (name.startsWith("#") ? `#${mark}-${name.slice(1)}` : `${mark}-${name}`);
      const mine = await buildResource(server, { owner: "betty" });
      const shared = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const hidden = await buildResource(server, { owner: "ada" });
      expectSuccess(await setTags("betty", mine.id, [s("zeta"), s("alpha")]));
      expectSuccess(await setTags("ada", shared.id, [s("#crew"), s("adas")]));
      expectSuccess(await setTags("ada", hidden.id, [s("#secret-project")]));
      const res = await get<TagJson[]>(server.url, "/tags.json", await bearerFor(server, "betty"));
      expectSuccess(res);
      const slugs = res.json.body.map((t) => t.slug).filter((x) => x.includes(mark));
      expect(slugs).to.deep.equal([s("#crew"), s("alpha"), s("zeta")]);

      const filtered = async (who: CastName, slug: string) =>
        (
          await get<Json[]>(
            server.url,
            `/resources.json?filter[has-tag]=${encodeURIComponent(slug)}`,
            await sessionFor(server, who),
          )
        ).json.body.map((x) => x.id);
      expect(await filtered("betty", s("alpha"))).to.deep.equal([mine.id]);
      expect(await filtered("betty", s("#crew"))).to.deep.equal([shared.id]);
      expect(await filtered("betty", s("adas"))).to.deep.equal([]);
      expect(await filtered("ada", s("adas"))).to.deep.equal([shared.id]);
      expect(await filtered("betty", s("#secret-project"))).to.deep.equal([]);
      expectError(
        await get(server.url, "/resources.json?filter[has-tag]=", await sessionFor(server, "ada")),
        400,
      );
    });
  });

  describe("PUT /tags/:id.json", () => {
    it("renames a personal tag for the caller only: the other users of the slug keep it", async () => {
      const a = await buildResource(server, { owner: "ada" });
      const b = await buildResource(server, { owner: "betty" });
      expectSuccess(await setTags("ada", a.id, [s("work")]));
      expectSuccess(await setTags("betty", b.id, [s("work"), s("job")]));
      const res = await put<TagJson>(server.url, `/tags/${tagIdOf(s("work"))}.json`, {
        ...(await sessionFor(server, "betty")),
        body: { id: tagIdOf(s("work")), slug: s("job"), is_shared: false },
      });
      expectSuccess(res);
      expect(res.json.header.message).to.equal("The tag has been updated successfully.");
      expect(res.json.body).to.deep.equal({ id: tagIdOf(s("job")), slug: s("job"), is_shared: false });
      expect(await tagsOn("betty", b.id)).to.deep.equal([s("job")]);
      expect(await tagsOn("ada", a.id)).to.deep.equal([s("work")]);
      const links = await server.db.read((m) =>
        m.getRepository(ResourceTagEntity).findBy({ resourceId: b.id }),
      );
      expect(links).to.have.length(1);
    });

    it("400: a personal tag cannot become shared, a shared tag cannot become personal, slug rules", async () => {
      const r = await buildResource(server, { owner: "ada" });
      expectSuccess(await setTags("ada", r.id, [s("p"), s("#q")]));
      const creds = await sessionFor(server, "ada");
      const cases: [string, unknown, string][] = [
        [s("p"), { slug: s("#p") }, "slug.personal_to_shared"],
        [s("#q"), { slug: s("q") }, "slug.shared_to_personal"],
        [s("p"), { slug: "" }, "slug._empty"],
        [s("p"), {}, "slug._required"],
      ];
      for (const [from, body, rule] of cases) {
        const res = await put<Json>(server.url, `/tags/${tagIdOf(from)}.json`, { ...creds, body });
        expectError(res, 400);
        expect(res.json.body, rule).to.have.nested.property(rule);
      }
      expect(await tagsOn("ada", r.id)).to.deep.equal([s("#q"), s("p")]);
    });

    it("a shared tag is renamed everywhere by a user who may update every resource carrying it", async () => {
      const r1 = await buildResource(server, { owner: "ada", readers: ["betty"], updaters: ["edith"] });
      const r2 = await buildResource(server, { owner: "edith" });
      expectSuccess(await setTags("edith", r1.id, [s("#ops")]));
      expectSuccess(await setTags("edith", r2.id, [s("#ops")]));
      const id = tagIdOf(s("#ops"));
      // betty reads r1 only: 403; ada cannot reach r2: 403 too; carol sees neither: 404
      const body = { slug: s("#devops") };
      const betty = await put(server.url, `/tags/${id}.json`, {
        ...(await sessionFor(server, "betty")),
        body,
      });
      expectError(betty, 403, "You do not have the permission to update shared tags.");
      expectError(
        await put(server.url, `/tags/${id}.json`, { ...(await sessionFor(server, "ada")), body }),
        403,
      );
      expectError(
        await put(server.url, `/tags/${id}.json`, { ...(await sessionFor(server, "carol")), body }),
        404,
      );
      const ok = await put<TagJson>(server.url, `/tags/${id}.json`, {
        ...(await sessionFor(server, "edith")),
        body,
      });
      expectSuccess(ok);
      expect(ok.json.body).to.deep.equal({ id: tagIdOf(s("#devops")), slug: s("#devops"), is_shared: true });
      expect(await tagsOn("betty", r1.id)).to.deep.equal([s("#devops")]);
      expect(await tagsOn("edith", r2.id)).to.deep.equal([s("#devops")]);
      expect(await tagRow(s("#ops"))).to.equal(null);
    });

    it("404 for a tag the caller does not use, or none; 400 for a malformed id", async () => {
      const r = await buildResource(server, { owner: "ada" });
      expectSuccess(await setTags("ada", r.id, [s("private")]));
      const creds = await sessionFor(server, "betty");
      for (const id of [tagIdOf(s("private")), UNKNOWN])
        expectError(
          await put(server.url, `/tags/${id}.json`, { ...creds, body: { slug: "x" } }),
          404,
          "The tag does not exist.",
        );
      expectError(await put(server.url, "/tags/nope.json", { ...creds, body: { slug: "x" } }), 400);
    });
  });

  describe("DELETE /tags/:id.json", () => {
    it("takes a personal tag off the caller's resources only", async () => {
      const a = await buildResource(server, { owner: "ada", readers: ["betty"] });
      expectSuccess(await setTags("ada", a.id, [s("todo")]));
      expectSuccess(await setTags("betty", a.id, [s("todo")]));
      const res = await del(
        server.url,
        `/tags/${tagIdOf(s("todo"))}.json`,
        await sessionFor(server, "betty"),
      );
      expectSuccess(res);
      expect(res.json.body).to.equal(null);
      expect(await tagsOn("betty", a.id)).to.deep.equal([]);
      expect(await tagsOn("ada", a.id)).to.deep.equal([s("todo")]);
    });

    it("a shared tag: 403 for a reader, removed everywhere by one who may update every resource", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      expectSuccess(await setTags("ada", r.id, [s("#gone")]));
      const id = tagIdOf(s("#gone"));
      expectError(
        await del(server.url, `/tags/${id}.json`, await sessionFor(server, "betty")),
        403,
        "You do not have the permission to delete shared tags.",
      );
      expect(await tagsOn("betty", r.id)).to.deep.equal([s("#gone")]);
      expectSuccess(await del(server.url, `/tags/${id}.json`, await sessionFor(server, "ada")));
      expect(await tagsOn("betty", r.id)).to.deep.equal([]);
      expect(await tagRow(s("#gone"))).to.equal(null);
    });

    it("404 for a tag the caller does not see", async () => {
      const r = await buildResource(server, { owner: "ada" });
      expectSuccess(await setTags("ada", r.id, [s("#hidden")]));
      expectError(
        await del(server.url, `/tags/${tagIdOf(s("#hidden"))}.json`, await sessionFor(server, "carol")),
        404,
      );
    });
  });
});

describe("tags.deleteTagLinksOf()", () => {
  it("removes every link of the resources (all users', shared ones) and the tags left unused", async () => {
    const server = await sharedServer();
    const run = Math.random().toString(36).slice(2, 8);
    const [a, b] = [
      await buildResource(server, { owner: "ada", readers: ["betty"] }),
      await buildResource(server, { owner: "ada" }),
    ];
    for (const [who, id, tags] of [
      ["ada", a.id, [`#${run}-x`, `${run}-y`]],
      ["betty", a.id, [`#${run}-x`, `${run}-z`]],
      ["ada", b.id, [`${run}-y`]],
    ] as const)
      expectSuccess(
        await post(server.url, `/tags/${id}.json`, { ...(await sessionFor(server, who)), body: { tags } }),
      );
    await server.db.tx((m) => deleteTagLinksOf(m, [a.id]));
    const links = await server.db.read((m) =>
      m.getRepository(ResourceTagEntity).findBy({ resourceId: a.id }),
    );
    expect(links).to.deep.equal([]);
    const left = await server.db.read((m) => m.getRepository(TagEntity).find());
    const slugs = left.map((t) => t.slug).filter((x) => x.includes(run));
    expect(slugs).to.deep.equal([`${run}-y`]);
  });
});

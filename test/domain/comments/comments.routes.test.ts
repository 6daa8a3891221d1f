import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { CommentEntity, type Comment } from "../../../src/db/entities/Comment.ts";
import { ResourceEntity } from "../../../src/db/entities/Resource.ts";
import { newId } from "../../../src/db/ids.ts";
import { del, get, post, put } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource } from "../../helpers/resourceFactories.ts";

type Json = Record<string, unknown>;
const UNKNOWN = "0e9c6a4f-1b7d-4c3e-9a2f-5d8b7c6e4f3a";
const FIELDS = [
  "content",
  "created",
  "created_by",
  "foreign_key",
  "foreign_model",
  "id",
  "modified",
  "modified_by",
  "parent_id",
  "user_id",
];

describe("comments", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  /** A comment written directly, with a chosen time (for the order). */
  async function insertComment(
    resourceId: string,
    who: CastName,
    at: string,
    parentId: string | null = null,
  ) {
    const c: Comment = {
      id: newId(),
      parentId,
      foreignKey: resourceId,
      foreignModel: "Resource",
      content: `by ${who} at ${at}`,
      created: new Date(at),
      modified: new Date(at),
      createdBy: cast[who].id,
      modifiedBy: cast[who].id,
      userId: cast[who].id,
    };
    await server.db.tx((m) => m.getRepository(CommentEntity).insert(c));
    return c;
  }
  const commentRow = (id: string) => server.db.read((m) => m.getRepository(CommentEntity).findOneBy({ id }));

  describe("POST /comments/resource/:resourceId.json", () => {
    it("adds a comment by any reader, and a reply to it; the server sets the author", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const res = await post<Json>(server.url, `/comments/resource/${r.id}.json`, {
        ...(await sessionFor(server, "betty")),
        body: { content: "Rotated ✓ 🔑", foreign_key: UNKNOWN, user_id: cast.ada.id },
      });
      expectSuccess(res);
      expect(res.json.header.message).to.equal("The comment was successfully added.");
      expect(Object.keys(res.json.body).sort()).to.deep.equal(FIELDS);
      expect(res.json.body).to.include({
        content: "Rotated ✓ 🔑",
        foreign_key: r.id,
        foreign_model: "Resource",
        parent_id: null,
        user_id: cast.betty.id,
        created_by: cast.betty.id,
        modified_by: cast.betty.id,
      });
      const reply = await post<Json>(server.url, `/comments/resource/${r.id}.json`, {
        ...(await bearerFor(server, "ada")),
        body: { content: "Thanks", parent_id: res.json.body.id },
      });
      expectSuccess(reply);
      expect(reply.json.body.parent_id).to.equal(res.json.body.id);
    });

    it("400 with the rule: content missing, empty, longer than 255, not a string; unknown field", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const creds = await sessionFor(server, "ada");
      const cases: [unknown, string][] = [
        [{}, "content._required"],
        [{ content: "" }, "content._empty"],
        [{ content: "x".repeat(256) }, "content.maxLength"],
        [{ content: 12 }, "content.type"],
        [{ content: "ok", color: "red" }, "color._unexpected"],
        [{ content: "ok", parent_id: "nope" }, "parent_id.uuid"],
      ];
      for (const [body, rule] of cases) {
        const res = await post<Json>(server.url, `/comments/resource/${r.id}.json`, { ...creds, body });
        expectError(res, 400, "Could not validate comment data.");
        expect(res.json.body, rule).to.have.nested.property(rule);
      }
      expect(await get<Json[]>(server.url, `/comments/resource/${r.id}.json`, creds)).to.have.nested.property(
        "json.body.length",
        0,
      );
      const ok = await post<Json>(server.url, `/comments/resource/${r.id}.json`, {
        ...creds,
        body: { content: "é".repeat(255) },
      });
      expectSuccess(ok);
    });

    it("400 parent_id.has_valid_parent_id for a parent on another resource, or none", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const other = await buildResource(server, { owner: "ada" });
      const foreign = await insertComment(other.id, "ada", "2026-02-01T10:00:00Z");
      for (const parent_id of [foreign.id, UNKNOWN]) {
        const res = await post<Json>(server.url, `/comments/resource/${r.id}.json`, {
          ...(await sessionFor(server, "ada")),
          body: { content: "reply", parent_id },
        });
        expectError(res, 400);
        expect(res.json.body).to.have.nested.property("parent_id.has_valid_parent_id");
      }
    });

    it("404 for a resource the caller cannot read, a deleted one, or none", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const gone = await buildResource(server, { owner: "carol" });
      await server.db.tx((m) => m.getRepository(ResourceEntity).update({ id: gone.id }, { deleted: true }));
      for (const id of [r.id, gone.id, UNKNOWN]) {
        const res = await post(server.url, `/comments/resource/${id}.json`, {
          ...(await sessionFor(server, "carol")),
          body: { content: "hi" },
        });
        expectError(res, 404, "The resource does not exist.");
      }
    });
  });

  describe("GET /comments/resource/:resourceId.json", () => {
    it("is threaded, newest modified first at every level, with creator and modifier on request", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const old = await insertComment(r.id, "ada", "2026-02-01T10:00:00Z");
      const recent = await insertComment(r.id, "betty", "2026-02-02T10:00:00Z");
      const reply1 = await insertComment(r.id, "betty", "2026-02-01T11:00:00Z", old.id);
      const reply2 = await insertComment(r.id, "ada", "2026-02-01T12:00:00Z", old.id);
      const nested = await insertComment(r.id, "ada", "2026-02-01T13:00:00Z", reply1.id);
      const res = await get<Json[]>(
        server.url,
        `/comments/resource/${r.id}.json?contain[creator]=1&contain[modifier]=1`,
        await sessionFor(server, "betty"),
      );
      expectSuccess(res);
      const ids = (list: Json[]) => list.map((c) => c.id);
      expect(ids(res.json.body)).to.deep.equal([recent.id, old.id]);
      const oldJson = res.json.body[1]!;
      expect(ids(oldJson.children as Json[])).to.deep.equal([reply2.id, reply1.id]);
      const reply1Json = (oldJson.children as Json[])[1]!;
      expect(ids(reply1Json.children as Json[])).to.deep.equal([nested.id]);
      expect(oldJson.created).to.equal("2026-02-01T10:00:00+00:00");
      expect((oldJson.creator as Json).id).to.equal(cast.ada.id);
      expect((oldJson.creator as { profile: Json }).profile.first_name).to.equal("Ada");
      expect((res.json.body[0]!.modifier as Json).id).to.equal(cast.betty.id);

      const bare = await get<Json[]>(
        server.url,
        `/comments/resource/${r.id}.json`,
        await sessionFor(server, "ada"),
      );
      expect(bare.json.body[0]).not.to.have.property("creator");
      expect(bare.json.body[0]!.children).to.deep.equal([]);
    });

    it("404 for a resource the caller cannot read; 400 for a malformed id or contain value", async () => {
      const r = await buildResource(server, { owner: "ada" });
      await insertComment(r.id, "ada", "2026-02-01T10:00:00Z");
      const carol = await sessionFor(server, "carol");
      expectError(await get(server.url, `/comments/resource/${r.id}.json`, carol), 404);
      expectError(await get(server.url, "/comments/resource/abc.json", carol), 400);
      expectError(
        await get(
          server.url,
          `/comments/resource/${r.id}.json?contain[creator]=maybe`,
          await sessionFor(server, "ada"),
        ),
        400,
      );
    });
  });

  describe("PUT /comments/:id.json", () => {
    it("changes the author's comment: content, modified, modified_by", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const c = await insertComment(r.id, "betty", "2026-02-01T10:00:00Z");
      const res = await put<Json>(server.url, `/comments/${c.id}.json`, {
        ...(await sessionFor(server, "betty")),
        body: { content: "edited", user_id: cast.ada.id },
      });
      expectSuccess(res);
      expect(res.json.header.message).to.equal("The comment was successfully updated.");
      expect(res.json.body).to.include({ id: c.id, content: "edited", user_id: cast.betty.id });
      expect(res.json.body.modified).not.to.equal("2026-02-01T10:00:00+00:00");
      expect((await commentRow(c.id))!.content).to.equal("edited");
    });

    it("403 for a reader of the resource who is not the author (even its owner); unchanged", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const c = await insertComment(r.id, "betty", "2026-02-01T10:00:00Z");
      const res = await put(server.url, `/comments/${c.id}.json`, {
        ...(await sessionFor(server, "ada")),
        body: { content: "mine now" },
      });
      expectError(res, 403, "You are not allowed to edit this comment.");
      expect((await commentRow(c.id))!.content).to.equal(c.content);
    });

    it("404 when the caller cannot read the resource (the author who lost access too), or no such comment", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const c = await insertComment(r.id, "carol", "2026-02-01T10:00:00Z");
      const creds = await sessionFor(server, "carol");
      expectError(await put(server.url, `/comments/${c.id}.json`, { ...creds, body: { content: "x" } }), 404);
      expectError(
        await put(server.url, `/comments/${UNKNOWN}.json`, { ...creds, body: { content: "x" } }),
        404,
      );
    });

    it("400 with the rule for bad content", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const c = await insertComment(r.id, "ada", "2026-02-01T10:00:00Z");
      const res = await put<Json>(server.url, `/comments/${c.id}.json`, {
        ...(await sessionFor(server, "ada")),
        body: { content: "" },
      });
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("content._empty");
    });
  });

  describe("DELETE /comments/:id.json", () => {
    it("deletes the author's comment; its replies stay, listed at the top level", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const parent = await insertComment(r.id, "betty", "2026-02-01T10:00:00Z");
      const reply = await insertComment(r.id, "ada", "2026-02-01T11:00:00Z", parent.id);
      const res = await del(server.url, `/comments/${parent.id}.json`, await sessionFor(server, "betty"));
      expectSuccess(res);
      expect(res.json.body).to.equal(null);
      expect(await commentRow(parent.id)).to.equal(null);
      const list = await get<Json[]>(
        server.url,
        `/comments/resource/${r.id}.json`,
        await sessionFor(server, "ada"),
      );
      expect(list.json.body.map((c) => c.id)).to.deep.equal([reply.id]);
    });

    it("404 for someone else's comment (as Passbolt), or one on a resource the caller cannot read; kept", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const c = await insertComment(r.id, "ada", "2026-02-01T10:00:00Z");
      expectError(await del(server.url, `/comments/${c.id}.json`, await sessionFor(server, "betty")), 404);
      expectError(await del(server.url, `/comments/${c.id}.json`, await sessionFor(server, "carol")), 404);
      expectError(await del(server.url, "/comments/x.json", await sessionFor(server, "ada")), 400);
      expect(await commentRow(c.id)).not.to.equal(null);
    });
  });
});

import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { ResourceEntity } from "../../../src/db/entities/Resource.ts";
import { FavoriteEntity } from "../../../src/db/entities/Favorite.ts";
import { del, get, post } from "../../helpers/api.ts";
import { bearerFor, sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectError, expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource } from "../../helpers/resourceFactories.ts";

type Json = Record<string, unknown>;
const UNKNOWN = "0e9c6a4f-1b7d-4c3e-9a2f-5d8b7c6e4f3a";

describe("favorites", function () {
  this.timeout(30_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  const favoritesOf = (resourceId: string) =>
    server.db.read((m) => m.getRepository(FavoriteEntity).findBy({ foreignKey: resourceId }));

  describe("POST /favorites/resource/:resourceId.json", () => {
    it("marks a resource the caller can read (a reader too) as favorite, in the table contain[favorite] reads", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"] });
      const creds = await sessionFor(server, "betty");
      const res = await post<Json>(server.url, `/favorites/resource/${r.id}.json`, creds);
      expectSuccess(res);
      expect(res.json.header.message).to.equal("The resource was marked as favorite.");
      expect(Object.keys(res.json.body).sort()).to.deep.equal(
        ["created", "foreign_key", "foreign_model", "id", "modified", "user_id"].sort(),
      );
      expect(res.json.body).to.include({
        user_id: cast.betty.id,
        foreign_key: r.id,
        foreign_model: "Resource",
      });

      const view = await get<Json>(server.url, `/resources/${r.id}.json?contain[favorite]=1`, creds);
      expect(view.json.body.favorite).to.deep.equal(res.json.body);
      const mine = await get<Json[]>(server.url, "/resources.json?filter[is-favorite]=1", creds);
      expect(mine.json.body.map((x) => x.id)).to.include(r.id);
      const adas = await get<Json[]>(
        server.url,
        "/resources.json?filter[is-favorite]=1",
        await sessionFor(server, "ada"),
      );
      expect(adas.json.body.map((x) => x.id)).not.to.include(r.id);
    });

    it("400 user_id.favorite_unique when it is already a favorite; nothing is added", async () => {
      const r = await buildResource(server, { owner: "ada", favoriteOf: ["ada"] });
      const res = await post<Json>(
        server.url,
        `/favorites/resource/${r.id}.json`,
        await bearerFor(server, "ada"),
      );
      expectError(res, 400, "This record is already marked as favorite.");
      expect(res.json.body).to.have.nested.property("user_id.favorite_unique");
      expect(await favoritesOf(r.id)).to.have.length(1);
    });

    it("400 with the uuid rule for a malformed id", async () => {
      const res = await post<Json>(
        server.url,
        "/favorites/resource/not-a-uuid.json",
        await sessionFor(server, "ada"),
      );
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("resourceId.uuid");
    });

    it("404 for a resource the caller cannot read, a deleted one, or none", async () => {
      const r = await buildResource(server, { owner: "ada" });
      const gone = await buildResource(server, { owner: "carol" });
      await server.db.tx((m) => m.getRepository(ResourceEntity).update({ id: gone.id }, { deleted: true }));
      const creds = await sessionFor(server, "carol");
      for (const id of [r.id, gone.id, UNKNOWN])
        expectError(
          await post(server.url, `/favorites/resource/${id}.json`, creds),
          404,
          "The resource does not exist.",
        );
      expect(await favoritesOf(r.id)).to.have.length(0);
    });

    it("401 without credentials", async () => {
      const r = await buildResource(server, { owner: "ada" });
      expectError(await post(server.url, `/favorites/resource/${r.id}.json`), 401);
    });
  });

  describe("DELETE /favorites/:id.json", () => {
    it("removes the caller's favorite: contain[favorite] is null again", async () => {
      const r = await buildResource(server, { owner: "ada", favoriteOf: ["ada"] });
      const [fav] = await favoritesOf(r.id);
      const creds = await sessionFor(server, "ada");
      const res = await del(server.url, `/favorites/${fav!.id}.json`, creds);
      expectSuccess(res);
      expect(res.json.header.message).to.equal("The favorite was deleted.");
      expect(res.json.body).to.equal(null);
      const view = await get<Json>(server.url, `/resources/${r.id}.json?contain[favorite]=1`, creds);
      expect(view.json.body.favorite).to.equal(null);
    });

    it("404 for someone else's favorite (kept), or an unknown one", async () => {
      const r = await buildResource(server, { owner: "ada", readers: ["betty"], favoriteOf: ["ada"] });
      const [fav] = await favoritesOf(r.id);
      const creds = await sessionFor(server, "betty");
      expectError(
        await del(server.url, `/favorites/${fav!.id}.json`, creds),
        404,
        "The favorite does not exist.",
      );
      expectError(await del(server.url, `/favorites/${UNKNOWN}.json`, creds), 404);
      expect(await favoritesOf(r.id)).to.have.length(1);
    });

    it("400 with the uuid rule for a malformed id", async () => {
      const res = await del<Json>(server.url, "/favorites/123.json", await sessionFor(server, "ada"));
      expectError(res, 400);
      expect(res.json.body).to.have.nested.property("id.uuid");
    });
  });
});

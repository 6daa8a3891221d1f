/**
 * Usernames are unique among non-deleted users, also when requests race: concurrent
 * POST /users.json with one username (in different cases) create one user; the others answer
 * 400 username.uniqueUsername (503 allowed under a lock timeout). Both databases.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { roleId } from "../../../src/db/ids.ts";
import { post } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { uniqueEmail } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";

describe("usernames under concurrent creates", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  for (let round = 1; round <= 3; round++)
    it(`round ${round}: 8 creates of one username make one user`, async () => {
      const ada = await sessionFor(server, "ada");
      const username = uniqueEmail("raced");
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          post(server.url, "/users.json", {
            ...ada,
            body: {
              username: i % 2 ? username : username.toUpperCase(),
              role_id: roleId("user"),
              profile: { first_name: "Raced", last_name: `Number ${i}` },
            },
          }),
        ),
      );
      for (const a of answers) {
        expect([200, 400, 503], JSON.stringify(a.json.header)).to.include(a.status);
        if (a.status === 400) expect(a.json.body).to.have.nested.property("username.uniqueUsername");
      }
      expect(answers.filter((a) => a.status === 200)).to.have.length(1);
      const rows: { n: number | string }[] = await server.db.read((m) =>
        m.query("SELECT COUNT(*) AS n FROM users WHERE LOWER(username) = LOWER(?) AND deleted = 0", [
          username,
        ]),
      );
      expect(Number(rows[0]!.n)).to.equal(1);
    });
});

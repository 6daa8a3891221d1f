/**
 * Request validation compiles each route's schemas once. ajv keeps every schema it compiles for
 * the life of the process, and a query schema used to be rebuilt, so compiled again, on every
 * request with a query string: the list's CPU and an unbounded memory growth (about 3 KB per
 * request). After a first request of each kind, no request compiles anything.
 */
import { expect } from "chai";
import { validationStats } from "../../src/http/validate.ts";
import type { RunningServer } from "../../src/server.ts";
import { get } from "../helpers/api.ts";
import { sessionFor, type Credentials } from "../helpers/auth.ts";
import { expectError, expectSuccess } from "../helpers/expectEnvelope.ts";
import { sharedServer } from "../helpers/server.ts";

describe("request validation compiles each route's schemas once", function () {
  this.timeout(30_000);
  let server: RunningServer;
  let ada: Credentials;

  before(async () => {
    server = await sharedServer();
    ada = await sessionFor(server, "ada");
  });

  const paths = [
    "/resources.json?contain[permission]=1&filter[is-favorite]=0",
    "/users.json?contain[profile]=1",
    "/groups.json?filter[has-users]=" + "00000000-0000-4000-8000-000000000000",
    "/folders.json?contain[children_resources]=1",
  ];

  it("compiles nothing more after the first request of each route, valid or not", async () => {
    for (const p of paths) expectSuccess(await get(server.url, p, ada));
    expectError(await get(server.url, "/resources.json?filter[is-favorite]=maybe", ada), 400);
    const after = validationStats.compiled;
    for (let i = 0; i < 10; i++) {
      for (const p of paths) expectSuccess(await get(server.url, p, ada));
      expectError(await get(server.url, "/resources.json?filter[is-favorite]=maybe", ada), 400);
    }
    expect(validationStats.compiled).to.equal(after);
  });
});

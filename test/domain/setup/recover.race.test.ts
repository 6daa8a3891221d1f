/**
 * One recovery token used twice at the same moment: the guarded UPDATE lets exactly one
 * request through (200) and the other answers 400 (503 allowed under a lock timeout); one
 * audit entry of the recovery, the token row inactive. Both databases.
 */
import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { AuditLogEntity } from "../../../src/db/entities/AuditLog.ts";
import { post, put, type ApiResponse } from "../../helpers/api.ts";
import { buildUser } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { extensionBody } from "./setup.helpers.ts";
import { recoverAbort, recoverComplete, recoveryToken, tokenRows } from "./recover.helpers.ts";

describe("one recovery token used twice at once", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  const recoveries = (userId: string) =>
    server.db.read((m) =>
      m.getRepository(AuditLogEntity).countBy({ action: "user.recover", targetId: userId }),
    );

  function expectOneWinner(answers: ApiResponse[]) {
    for (const r of answers) expect([200, 400, 503], JSON.stringify(r.json.header)).to.include(r.status);
    expect(answers.filter((r) => r.status === 200)).to.have.length(1);
    const refused = answers.find((r) => r.status === 400);
    if (refused)
      expect(refused.json.header.message).to.equal("The authentication token is not valid or has expired.");
  }

  for (let round = 1; round <= 3; round++)
    it(`round ${round}: two completions, one 200 and one 400; one audit entry`, async () => {
      const user = await buildUser(server);
      const token = await recoveryToken(server, user);
      const body = extensionBody(token, user.publicKey!);
      const answers = await Promise.all([
        post(server.url, recoverComplete(user.id), { body }),
        put(server.url, recoverComplete(user.id), { body }),
      ]);
      expectOneWinner(answers);
      expect(await tokenRows(server, user.id)).to.deep.equal([false]);
      expect(await recoveries(user.id)).to.equal(1);
    });

  it("a completion and an abort at once: exactly one of them goes through", async () => {
    const user = await buildUser(server);
    const token = await recoveryToken(server, user);
    const answers = await Promise.all([
      post(server.url, recoverComplete(user.id), { body: extensionBody(token, user.publicKey!) }),
      post(server.url, recoverAbort(user.id), { body: { authentication_token: { token } } }),
    ]);
    expectOneWinner(answers);
    expect(await tokenRows(server, user.id)).to.deep.equal([false]);
    expect(await recoveries(user.id)).to.equal(answers[0]!.status === 200 ? 1 : 0);
  });
});

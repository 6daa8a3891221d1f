import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { describeArmoredKey } from "../../../src/crypto/keys.ts";
import { GpgkeyEntity } from "../../../src/db/entities/Gpgkey.ts";
import { ProfileEntity } from "../../../src/db/entities/Profile.ts";
import { UserEntity } from "../../../src/db/entities/User.ts";
import { newId, roleId } from "../../../src/db/ids.ts";
import { chunks, nowSeconds, placeholders } from "../../../src/db/rawRows.ts";
import { post, put } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { makeKey } from "../../helpers/factories.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildResource, encryptFor } from "../../helpers/resourceFactories.ts";
import { expectInvariant, holdersOf } from "./share.helpers.ts";

const RECIPIENTS = 500;

/**
 * Throwaway active users inserted directly (setup would refuse 500 copies of one key): they
 * share ONE Curve25519 public key, so the secret is encrypted once and sent 500 times.
 */
async function insertThrowawayUsers(server: RunningServer, n: number, publicKey: string): Promise<string[]> {
  const info = await describeArmoredKey(publicKey);
  const now = nowSeconds();
  const ids = Array.from({ length: n }, () => newId());
  await server.db.tx(async (m) => {
    for (const part of chunks(ids, 100)) {
      await m.getRepository(UserEntity).insert(
        part.map((id) => ({
          id,
          roleId: roleId("user"),
          username: `bulk-${id}@watchword.test`,
          active: true,
          deleted: false,
          disabled: null,
          lastLoggedIn: null,
          created: now,
          modified: now,
        })),
      );
      await m.getRepository(ProfileEntity).insert(
        part.map((id) => ({
          id: newId(),
          userId: id,
          firstName: "Bulk",
          lastName: id.slice(0, 8),
          created: now,
          modified: now,
        })),
      );
      await m.getRepository(GpgkeyEntity).insert(
        part.map((id) => ({
          id: newId(),
          userId: id,
          armoredKey: publicKey,
          bits: info.bits,
          uid: info.uid,
          keyId: info.keyId,
          fingerprint: info.fingerprint,
          type: info.type,
          expires: info.expires,
          keyCreated: info.created,
          deleted: false,
          created: now,
          modified: now,
        })),
      );
    }
  });
  return ids;
}

async function removeThrowawayUsers(server: RunningServer, ids: string[]): Promise<void> {
  await server.db.tx(async (m) => {
    for (const part of chunks(ids, 200)) {
      const list = placeholders(part.length);
      await m.query(`DELETE FROM secrets WHERE user_id IN (${list})`, part);
      await m.query(`DELETE FROM permissions WHERE aro_foreign_key IN (${list})`, part);
      await m.query(`DELETE FROM gpgkeys WHERE user_id IN (${list})`, part);
      await m.query(`DELETE FROM profiles WHERE user_id IN (${list})`, part);
      await m.query(`DELETE FROM users WHERE id IN (${list})`, part);
    }
  });
}

describe("PUT /share/resource/:resourceId at size", function () {
  this.timeout(120_000);
  let server: RunningServer;
  let ids: string[] = [];
  before(async () => {
    server = await sharedServer();
  });
  after(async () => {
    if (ids.length) await removeThrowawayUsers(server, ids);
  });

  it(`shares with ${RECIPIENTS} new recipients in one request`, async () => {
    const { publicKey } = await makeKey("Bulk Recipient", "bulk@watchword.test");
    ids = await insertThrowawayUsers(server, RECIPIENTS, publicKey);
    const r = await buildResource(server, { owner: "ada" });
    const data = await encryptFor({ id: ids[0]!, publicKey }, "one password for everyone");
    const permissions = ids.map((id) => ({ aro: "User", aro_foreign_key: id, type: 1 }));
    const session = await sessionFor(server, "ada");

    let t = performance.now();
    const sim = await post<{ changes: { added: unknown[] } }>(
      server.url,
      `/share/simulate/resource/${r.id}.json`,
      {
        ...session,
        body: { permissions },
      },
    );
    const simulateMs = performance.now() - t;
    expectSuccess(sim);
    expect(sim.json.body.changes.added).to.have.length(RECIPIENTS);

    t = performance.now();
    const res = await put(server.url, `/share/resource/${r.id}.json`, {
      ...session,
      body: { permissions, secrets: ids.map((id) => ({ user_id: id, data })) },
    });
    const shareMs = performance.now() - t;
    expectSuccess(res);
    expect(await holdersOf(server, r.id)).to.have.length(RECIPIENTS + 1);
    await expectInvariant(server, r.id);
    // informal timing; the benchmarks measure this properly
    process.stdout.write(
      `      ${RECIPIENTS} recipients: simulate ${simulateMs.toFixed(0)} ms, share ${shareMs.toFixed(0)} ms\n`,
    );
  });
});

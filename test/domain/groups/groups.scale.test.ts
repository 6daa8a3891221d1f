import { expect } from "chai";
import type { RunningServer } from "../../../src/server.ts";
import { put } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { cast } from "../../helpers/cast.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";
import { sharedServer } from "../../helpers/server.ts";
import { buildGroup, encryptFor } from "../../helpers/resourceFactories.ts";
import {
  buildGroupResources,
  decryptAs,
  expectInvariant,
  readSecret,
  type DryRunJson,
  type GroupJson,
} from "./groups.helpers.ts";

const COUNT = 1000;

describe("PUT /groups/{id}.json at scale", function () {
  this.timeout(180_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
  });

  it(`adds a member to a group that reaches ${COUNT} resources in one request`, async () => {
    // frances manages the group, betty is a member; edith joins
    const group = await buildGroup(server, { members: ["frances", "betty"] });
    const ids = await buildGroupResources(server, {
      groupId: group.id,
      members: ["frances", "betty"],
      count: COUNT,
      plaintext: "bulk password",
    });
    const manager = await sessionFor(server, "frances");
    const add = [{ user_id: cast.edith.id, is_admin: false }];

    let t = Date.now();
    const dry = await put<DryRunJson>(server.url, `/groups/${group.id}/dry-run.json`, {
      ...manager,
      body: { groups_users: add },
    });
    const dryMs = Date.now() - t;
    expectSuccess(dry);
    const { SecretsNeeded, Secrets } = dry.json.body["dry-run"];
    expect(SecretsNeeded).to.have.length(COUNT);
    expect(Secrets).to.have.length(COUNT);
    // the client decrypts its own copies (identical here: decrypt each distinct one once) ...
    const plain = new Map<string, string>();
    for (const { Secret } of Secrets)
      if (!plain.has(Secret[0]!.data))
        plain.set(Secret[0]!.data, await decryptAs("frances", Secret[0]!.data));
    const byResource = new Map(
      Secrets.map(({ Secret }) => [Secret[0]!.resource_id, plain.get(Secret[0]!.data)!]),
    );
    // ... and encrypts one message per resource for the new member
    t = Date.now();
    const secrets = [];
    for (const { Secret } of SecretsNeeded)
      secrets.push({
        resource_id: Secret.resource_id,
        user_id: Secret.user_id,
        data: await encryptFor("edith", byResource.get(Secret.resource_id)!),
      });
    const encryptMs = Date.now() - t;

    t = Date.now();
    const res = await put<GroupJson>(server.url, `/groups/${group.id}.json`, {
      ...manager,
      body: { groups_users: add, secrets },
    });
    const putMs = Date.now() - t;
    expectSuccess(res);
    process.stdout.write(
      `      (${COUNT} resources: dry run ${dryMs} ms, client encryption ${encryptMs} ms, update ${putMs} ms)\n`,
    );

    const edith = await sessionFor(server, "edith");
    for (const id of [ids[0]!, ids[COUNT - 1]!])
      expect(await readSecret(server, "edith", edith, id)).to.equal("bulk password");
    const edithSecrets = async () => {
      const [row] = await server.db.read((m) =>
        m.query(
          "SELECT COUNT(*) AS n FROM secrets WHERE user_id = ? AND resource_id IN (SELECT aco_foreign_key FROM permissions WHERE aro_foreign_key = ?)",
          [cast.edith.id, group.id],
        ),
      );
      return Number(row.n);
    };
    expect(await edithSecrets()).to.equal(COUNT);
    await expectInvariant(server, ids);

    // and removing them takes their 1,000 secrets away in one request too
    const rows: { id: string }[] = await server.db.read((m) =>
      m.query("SELECT id FROM groups_users WHERE group_id = ? AND user_id = ?", [group.id, cast.edith.id]),
    );
    t = Date.now();
    expectSuccess(
      await put(server.url, `/groups/${group.id}.json`, {
        ...manager,
        body: { groups_users: [{ id: rows[0]!.id, delete: true }] },
      }),
    );
    process.stdout.write(`      (removing that member: ${Date.now() - t} ms)\n`);
    expect(await edithSecrets()).to.equal(0);
    await expectInvariant(server, ids);
  });
});

/**
 * `watchword setup-link --username EMAIL` for a user who completed setup: an account recovery
 * link (first line says so), which replaces the earlier one; deleted and disabled users are refused.
 */
import { expect } from "chai";
import { runCli } from "../helpers/proc.ts";
import { sharedServer } from "../helpers/server.ts";
import { buildUser } from "../helpers/factories.ts";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

describe("watchword setup-link for an active user (account recovery)", function () {
  this.timeout(60_000);

  it("prints a recovery link that the server accepts; a second one replaces it", async () => {
    const server = await sharedServer();
    const user = await buildUser(server);
    const first = await runCli(["setup-link", "--username", user.username.toUpperCase()]);
    expect(first.code, first.stderr).to.equal(0);
    const lines = first.stdout.trim().split("\n");
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^account RECOVERY link for /);
    expect(lines[0]).to.include(user.username).and.include(user.id);
    expect(lines[1]).to.match(new RegExp(`/setup/recover/start/${user.id}/${UUID}$`));

    const second = await runCli(["setup-link", "--username", user.username]);
    expect(second.code, second.stderr).to.equal(0);
    const newLink = second.stdout.trim().split("\n").pop()!;
    expect(newLink).not.to.equal(lines[1]);
    const path = (link: string) => new URL(link).pathname + ".json";
    expect((await fetch(server.url + path(newLink))).status).to.equal(200);
    expect((await fetch(server.url + path(lines[1]!))).status).to.equal(400);
  });

  it("refuses a deleted and a disabled user", async () => {
    const server = await sharedServer();
    const deleted = await buildUser(server, { state: "deleted" });
    const gone = await runCli(["setup-link", "--username", deleted.username]);
    expect(gone.code).to.equal(1);
    expect(gone.stderr).to.match(/No user has the username/);
    expect(gone.stdout).to.equal("");
    const disabled = await buildUser(server, { state: "disabled" });
    const off = await runCli(["setup-link", "--username", disabled.username]);
    expect(off.code).to.equal(1);
    expect(off.stderr).to.match(/is disabled/);
    expect(off.stdout).to.equal("");
  });

  it("describes both kinds of link in the usage text", async () => {
    const r = await runCli(["--help"]);
    expect(r.stdout).to.match(
      /setup-link --username EMAIL\s+print a new setup link for an invited user, or an account recovery/,
    );
  });
});

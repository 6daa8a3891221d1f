/** `watchword mfa providers totp|none`: the organisation's MFA setting from the command line. */
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { get } from "../helpers/api.ts";
import { sessionFor } from "../helpers/auth.ts";
import { runCli } from "../helpers/proc.ts";
import { sharedServer } from "../helpers/server.ts";
import { clearMfa } from "../domain/mfa/mfa.helpers.ts";

describe("watchword mfa providers", function () {
  this.timeout(60_000);
  let server: RunningServer;
  before(async () => {
    server = await sharedServer();
    await clearMfa(server);
  });
  after(() => clearMfa(server));

  const flag = async () =>
    (
      await get<{ passbolt: { plugins: Record<string, unknown> } }>(
        server.url,
        "/settings.json",
        await sessionFor(server, "betty"),
      )
    ).json.body.passbolt.plugins.multiFactorAuthentication;

  it("allows TOTP, prints it, and allows none again; the servers see it at once", async () => {
    const shown = await runCli(["mfa", "providers"]);
    expect(shown.code, shown.stderr).to.equal(0);
    expect(shown.stdout).to.equal("multi-factor providers allowed: none\n");
    const on = await runCli(["mfa", "providers", "totp"]);
    expect(on.code, on.stderr).to.equal(0);
    expect(on.stdout).to.match(/^multi-factor providers allowed: totp /);
    expect(await flag()).to.deep.equal({ version: "1.1.0", enabled: true });
    expect((await runCli(["mfa", "providers"])).stdout).to.equal("multi-factor providers allowed: totp\n");
    const off = await runCli(["mfa", "providers", "none"]);
    expect(off.code, off.stderr).to.equal(0);
    expect(await flag()).to.equal(undefined);
  });

  it("usage errors exit 2 without opening the database", async () => {
    for (const args of [
      ["mfa"],
      ["mfa", "reset"],
      ["mfa", "providers", "yubikey"],
      ["mfa", "providers", "totp", "x"],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).to.equal(2);
      expect(r.stderr).to.match(/mfa/);
    }
    const help = await runCli(["mfa", "--help"]);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.include("mfa providers [totp|none]");
  });
});

import { expect } from "chai";
import { get } from "../../helpers/api.ts";
import { sessionFor } from "../../helpers/auth.ts";
import { sharedServer } from "../../helpers/server.ts";

describe("GET /settings.json: the plugins of issue 6", () => {
  it("advertises tags, auditLog (the activity tab) and passwordExpiry; not Pro's passwordExpiryPolicies", async () => {
    const server = await sharedServer();
    const res = await get<{ passbolt: { plugins: Record<string, { enabled: boolean }> } }>(
      server.url,
      "/settings.json",
      await sessionFor(server, "betty"),
    );
    const plugins = res.json.body.passbolt.plugins;
    for (const name of ["tags", "auditLog", "passwordExpiry"])
      expect(plugins[name], name).to.include({ enabled: true });
    expect(plugins).not.to.have.property("passwordExpiryPolicies");
  });
});

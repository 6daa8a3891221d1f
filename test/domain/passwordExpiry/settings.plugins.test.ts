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

  it("lights up the client features that need no endpoint, and rememberMe with its choices (issue 14)", async () => {
    const server = await sharedServer();
    const res = await get<{ passbolt: { plugins: Record<string, { enabled: boolean; options?: object }> } }>(
      server.url,
      "/settings.json",
      await sessionFor(server, "betty"),
    );
    const plugins = res.json.body.passbolt.plugins;
    for (const name of [
      "inFormIntegration",
      "passwordGenerator",
      "previewPassword",
      "totpResourceTypes",
      "import",
      "export",
      "disableUser",
      "emailNotificationSettings",
    ])
      expect(plugins[name], name).to.deep.equal({ version: "1.0.0", enabled: true });
    // the extension shows "remember until I log out" only with the "-1" choice
    expect(plugins.rememberMe!.options).to.have.property("-1", "until I log out");
    // flags whose endpoints do not exist stay off: the extension would call them
    for (const name of ["accountSettings", "locale", "mobile", "desktop", "smtpSettings", "mfa", "metadata"])
      expect(plugins, name).not.to.have.property(name);
  });
});

import path from "node:path";
import { expect } from "chai";
import { cliCommand } from "../../src/cliName.ts";

describe("cliCommand: the command a message tells the operator to run", () => {
  const install = path.join(path.sep, "opt", "watchword");

  it("is npx watchword inside the install, in any folder under it", () => {
    expect(cliCommand(install, install)).to.equal("npx watchword");
    expect(cliCommand(path.join(install, "var", "backups"), install)).to.equal("npx watchword");
  });

  it("names the entry point by its path anywhere else, where npx would find another package", () => {
    const entry = `node ${path.join(install, "src", "bin", "watchword.mjs")}`;
    expect(cliCommand(path.join(path.sep, "root"), install)).to.equal(entry);
    expect(cliCommand(path.join(path.sep, "opt", "watchword-old"), install)).to.equal(entry);
    expect(cliCommand(path.sep, install)).to.equal(entry);
  });
});

/**
 * `.env.example` and the README's configuration table document every variable the configuration
 * reads (src/config.ts, src/mailConfig.ts, src/envFile.ts), and nothing else.
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { repoRoot } from "./helpers/env.ts";

const read = (file: string): string => fs.readFileSync(path.join(repoRoot, file), "utf8");

/** The names read: string literals in capitals (`integer(env, "PORT", ...)`) and `env.NAME`. */
function variablesRead(): string[] {
  const names = new Set<string>();
  for (const file of ["src/config.ts", "src/mailConfig.ts", "src/envFile.ts"])
    for (const m of read(file).matchAll(/"([A-Z][A-Z0-9_]{2,})"|env\.([A-Z][A-Z0-9_]+)/g))
      names.add(m[1] ?? m[2]!);
  return [...names].sort();
}

describe(".env.example and the README document every setting", () => {
  const variables = variablesRead();
  const example = read(".env.example");
  const documented = [...example.matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);

  it("finds the variables (the extraction works)", () => {
    expect(variables).to.include.members([
      "PORT",
      "DATABASE_URL",
      "SMTP_URL",
      "TRUSTED_PROXY",
      "WATCHWORD_ENV_FILE",
    ]);
    expect(variables.length).to.be.greaterThan(40);
  });

  it(".env.example has a commented line for each, and names no other", () => {
    // WATCHWORD_ENV_FILE names the file itself: explained in prose, it cannot be set in it
    const settable = variables.filter((v) => v !== "WATCHWORD_ENV_FILE");
    expect(
      documented.filter((v, i) => documented.indexOf(v) !== i),
      "listed twice",
    ).to.deep.equal([]);
    expect([...documented].sort()).to.deep.equal(settable);
    expect(example).to.include("WATCHWORD_ENV_FILE");
  });

  it("the README's configuration table has a row for each", () => {
    const readme = read("README.md");
    const rows = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` +\|/gm)].map((m) => m[1]!);
    expect([...new Set(rows)].sort()).to.deep.equal(variables);
  });
});

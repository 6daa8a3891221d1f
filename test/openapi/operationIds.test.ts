/**
 * operationIds are the function names of every generated SDK: renaming or removing one breaks
 * its users. The lock holds the ids as published; an operation whose id differs from the lock
 * fails here unless CHANGELOG.md says so ("`old` → `new`" or "`old` removed"). A new operation
 * is added to the lock (adding breaks nobody).
 */
import fs from "node:fs";
import path from "node:path";
import { expect } from "chai";
import { generateOpenApiDocument, repoRoot } from "../../src/openapi/generate.ts";
import { koaPath } from "../../src/openapi/document.ts";

const lock = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "test", "openapi", "operationIds.lock.json"), "utf8"),
) as Record<string, string>;
const changelog = fs.readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8");

describe("operationIds (stable for generated SDKs)", () => {
  const current = new Map<string, string>();
  for (const [p, ops] of Object.entries(generateOpenApiDocument().paths))
    for (const [method, op] of Object.entries(ops))
      current.set(`${method.toUpperCase()} ${koaPath(p)}`, (op as { operationId: string }).operationId);

  it("keeps every published operationId, or CHANGELOG.md names the change", () => {
    const unannounced: string[] = [];
    for (const [route, id] of Object.entries(lock)) {
      const now = current.get(route);
      if (now === id) continue;
      const note = now === undefined ? `\`${id}\` removed` : `\`${id}\` → \`${now}\``;
      if (!changelog.includes(note)) unannounced.push(`${route}: ${note}`);
    }
    expect(unannounced, "changed without a CHANGELOG.md line").to.deep.equal([]);
  });

  it("has every operation in the lock", () => {
    const missing = [...current.keys()].filter((route) => !(route in lock));
    expect(missing, "add these to test/openapi/operationIds.lock.json").to.deep.equal([]);
  });

  it("reads as verbs on nouns: no HTTP method prefix, no path slug", () => {
    for (const [route, id] of current) {
      expect(id, route).to.match(/^[a-z]+[A-Za-z0-9]*$/);
      expect(id, route).not.to.match(
        /^(get|post|put|delete)[A-Z][a-z]+(Index|View|Add|Edit|Delete|Update)\b/,
      );
    }
  });
});

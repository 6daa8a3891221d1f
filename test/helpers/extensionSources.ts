/**
 * The sources of the Passbolt browser extension and of its styleguide (both AGPL-3.0, like
 * Watchword), from the npm registry, for tests that check our answers with the extension's own
 * entity classes. Fetched once into var/cache/ (gitignored), never into src/ or the repository:
 * `npm pack` of the two packages, unpacked under node_modules/, plus `validator`, the one runtime
 * dependency the entity schemas load.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The extension version these tests follow, and the styleguide it was built with. */
export const EXTENSION_VERSION = "5.11.1";
const STYLEGUIDE_VERSION = "5.11.4";
const VALIDATOR_VERSION = "13.15.26";

const ROOT = path.resolve(import.meta.dirname, "../../var/cache", `passbolt-sources-${EXTENSION_VERSION}`);
const MODULES = path.join(ROOT, "node_modules");

function unpack(pkg: string, version: string, into: string): void {
  if (fs.existsSync(path.join(into, "package.json"))) return;
  const tmp = fs.mkdtempSync(path.join(ROOT, ".pack-"));
  try {
    const file = execFileSync("npm", ["pack", `${pkg}@${version}`, "--silent"], {
      cwd: tmp,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .pop()!;
    execFileSync("tar", ["xzf", file], { cwd: tmp });
    fs.mkdirSync(path.dirname(into), { recursive: true });
    fs.renameSync(path.join(tmp, "package"), into);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Ensures the sources are there (a few seconds the first time) and returns their node_modules. */
export function extensionSources(): string {
  fs.mkdirSync(MODULES, { recursive: true });
  // its own package.json, or npm would install into the nearest one up the tree (Watchword's)
  const manifest = path.join(ROOT, "package.json");
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "private": true }\n');
  if (!fs.existsSync(path.join(MODULES, "validator", "package.json")))
    execFileSync(
      "npm",
      [
        "install",
        "--no-save",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        `validator@${VALIDATOR_VERSION}`,
      ],
      { cwd: ROOT, stdio: "ignore" },
    );
  unpack("passbolt-styleguide", STYLEGUIDE_VERSION, path.join(MODULES, "passbolt-styleguide"));
  unpack("passbolt-browser-extension", EXTENSION_VERSION, path.join(MODULES, "passbolt-browser-extension"));
  return MODULES;
}

/** The default export of a module of one of the two packages: "passbolt-styleguide/src/...". */
export async function importFromSources<T = unknown>(specifier: string): Promise<T> {
  const file = path.join(extensionSources(), `${specifier}.js`);
  const mod = (await import(pathToFileURL(file).href)) as { default: T };
  return mod.default;
}

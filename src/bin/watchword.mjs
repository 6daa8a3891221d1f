#!/usr/bin/env node
// Entry point of `npm start` and `npx watchword`: runs the compiled JavaScript in dist/, which
// `npm ci` builds (the prepare script; `npm run build` again after editing src/). Stack traces
// point into src/ through the source maps. In a checkout whose src/ is newer than its build,
// the sources run through tsx instead (a development dependency; ./dev.mjs), so an edit is never
// run stale; an install without tsx and without a current build stops with one line.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const built = path.join(root, "dist", ".tsbuildinfo");

/** The newest modification time under a folder, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newest(file) : statSync(file).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

const current = existsSync(built) && statSync(built).mtimeMs >= newest(path.join(root, "src"));
let main;
if (current) {
  process.setSourceMapsEnabled(true);
  ({ main } = await import("../../dist/cli.js"));
} else {
  ({ main } = await import("./dev.mjs").catch((err) => {
    // only tsx missing means "no development setup here"; any other error is the program's own
    if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.message).includes("'tsx")) throw err;
    const why = existsSync(built) ? "the build in dist/ is older than src/" : "dist/ is not built";
    console.error(`watchword: ${why}: run \`npm ci\` (or \`npm run build\`) in ${root}`);
    process.exit(1);
  }));
}
await main(process.argv.slice(2));

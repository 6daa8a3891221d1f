// What both entry points share (watchword.mjs, the server and its operator commands, and
// client.mjs, the command-line client): run the compiled JavaScript in dist/, which `npm ci`
// builds (the prepare script; `npm run build` again after editing src/), with stack traces
// pointing into src/ through the source maps. In a checkout whose src/ is newer than its build,
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

/**
 * Loads the program's main() from dist/ or, in development, from the sources, and runs it
 * with the command line.
 * @param {string} name the command, for the one-line refusal
 * @param {{ dist: () => Promise<{ main: (argv: string[]) => Promise<void> }>,
 *           dev: () => Promise<{ main: (argv: string[]) => Promise<void> }> }} loaders
 *   `dist` imports the compiled module, `dev` the source through ./dev.mjs
 */
export async function launch(name, { dist, dev }) {
  const current = existsSync(built) && statSync(built).mtimeMs >= newest(path.join(root, "src"));
  let main;
  if (current) {
    process.setSourceMapsEnabled(true);
    ({ main } = await dist());
  } else {
    ({ main } = await dev().catch((err) => {
      // only tsx missing means "no development setup here"; any other error is the program's own
      if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.message).includes("'tsx")) throw err;
      const why = existsSync(built) ? "the build in dist/ is older than src/" : "dist/ is not built";
      console.error(`${name}: ${why}: run \`npm ci\` (or \`npm run build\`) in ${root}`);
      process.exit(1);
    }));
  }
  await main(process.argv.slice(2));
}

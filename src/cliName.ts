/**
 * How an operator runs the CLI from where they are, for messages that tell them a command to
 * run. `npx watchword` resolves to the install's own bin only inside the install (README,
 * "Running the command"); anywhere else it would fetch or find another package, so the message
 * names the entry point by its path instead.
 */
import path from "node:path";
import { INSTALL_DIR } from "./envFile.ts";

/** `npx watchword` inside the install directory, `node <install>/src/bin/watchword.mjs` elsewhere. */
export function cliCommand(cwd: string = process.cwd(), installDir: string = INSTALL_DIR): string {
  const rel = path.relative(installDir, path.resolve(cwd));
  const inside = rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  return inside ? "npx watchword" : `node ${path.join(installDir, "src", "bin", "watchword.mjs")}`;
}

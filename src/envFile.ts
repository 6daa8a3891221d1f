/**
 * The settings file the server and every CLI command read: `.env` in the install directory (the
 * folder holding package.json), whatever the working directory, or the file WATCHWORD_ENV_FILE
 * names. A variable set in the environment wins over the file, as with `node --env-file` and
 * Docker. The file is parsed with Node's own dotenv parser (util.parseEnv) and never changes
 * process.env: the merged variables go to loadConfig() only.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/** The install directory: relative paths in settings are resolved against it, not the working directory. */
export const INSTALL_DIR = path.resolve(import.meta.dirname, "..");

export const ENV_FILE_VARIABLE = "WATCHWORD_ENV_FILE";

type Env = Record<string, string | undefined>;

export interface Settings {
  /** The environment with the file's variables added where the environment has none. */
  env: Env;
  /** The file read, or undefined when there is none. */
  file: string | undefined;
}

/** A settings file named but unreadable: the message names WATCHWORD_ENV_FILE. */
export class EnvFileError extends Error {}

/**
 * The environment plus the settings file. Without WATCHWORD_ENV_FILE a missing `.env` is
 * simply not read; a file WATCHWORD_ENV_FILE names must be there.
 * @throws EnvFileError when the file named cannot be read
 */
export function readSettings(env: Env, installDir: string = INSTALL_DIR): Settings {
  const named = env[ENV_FILE_VARIABLE]?.trim();
  const file = path.resolve(installDir, named || ".env");
  if (!named && !existsSync(file)) return { env, file: undefined };
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new EnvFileError(
      named ? `${ENV_FILE_VARIABLE}: cannot read "${file}" (${code})` : `cannot read ${file} (${code})`,
    );
  }
  const fromFile = parseEnv(content);
  const merged: Env = { ...env };
  for (const [name, value] of Object.entries(fromFile)) if (merged[name] === undefined) merged[name] = value;
  return { env: merged, file };
}

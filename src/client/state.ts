/**
 * What the client keeps between runs, one file per server:
 * $XDG_CONFIG_HOME/watchword-client/<host>.json (~/.config by default; a port joins the host
 * with "_"), mode 0600 in a 0700 folder, written whole through a temporary file and a rename.
 * It holds the pinned server key fingerprint, the user, and the access and refresh tokens;
 * logout removes the tokens and keeps the pin.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ClientError, EXIT, usageError } from "./clientError.ts";

export interface ClientState {
  /** The server's base URL, as given to login (no trailing slash). */
  server: string;
  /** The fingerprint of the server's OpenPGP key, pinned on the first login. */
  server_fingerprint: string;
  /** The domain the server signs challenges for (settings app.url). */
  domain?: string;
  user_id?: string;
  /** The user's key in their gpg keyring. */
  key_fingerprint?: string;
  access_token?: string;
  refresh_token?: string;
}

export function stateDir(): string {
  const base = process.env.XDG_CONFIG_HOME?.trim() || path.join(os.homedir(), ".config");
  return path.join(base, "watchword-client");
}

/** The server URL without a trailing slash; refuses what is not http(s). */
export function normalizeServer(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw usageError(`--server: "${raw}" is not a URL (for example https://vault.example.com)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw usageError(`--server: "${raw}" is not an http or https URL`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export function stateFile(server: string): string {
  return path.join(stateDir(), `${new URL(server).host.replace(/:/g, "_")}.json`);
}

export function readState(server: string): ClientState | undefined {
  const file = stateFile(server);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ClientError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as ClientState;
  } catch {
    throw new ClientError(`${file} is not JSON: remove it and log in again`);
  }
}

export function writeState(state: ClientState): void {
  const dir = stateDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = stateFile(state.server);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state, null, 2) + "\n", { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

/** Every saved server state that holds tokens. */
function loggedIn(): ClientState[] {
  let names: string[];
  try {
    names = fs.readdirSync(stateDir()).filter((n) => n.endsWith(".json"));
  } catch {
    return [];
  }
  const out: ClientState[] = [];
  for (const name of names) {
    try {
      const s = JSON.parse(fs.readFileSync(path.join(stateDir(), name), "utf8")) as ClientState;
      if (s.server && s.refresh_token) out.push(s);
    } catch {
      // not ours, or damaged: readState says so when that server is asked for
    }
  }
  return out;
}

/**
 * The server a command talks to: --server, else WATCHWORD_SERVER, else the one server logged in.
 * @throws ClientError when none or several servers are logged in and none is named
 */
export function chooseServer(flag: string | undefined): string {
  const named = flag ?? process.env.WATCHWORD_SERVER;
  if (named) return normalizeServer(named);
  const all = loggedIn();
  if (all.length === 1) return all[0]!.server;
  if (all.length === 0)
    throw new ClientError(
      "not logged in: run `watchword-client login --server URL --key FINGERPRINT`",
      EXIT.unauthenticated,
    );
  throw usageError(
    `logged in to ${all.length} servers (${all.map((s) => s.server).join(", ")}): pass --server URL`,
  );
}

/**
 * An exclusive lock on a server's state file (a `.lock` file beside it, created with O_EXCL), for
 * the read-refresh-write of a token refresh. A lock older than 30 s is a crashed client's.
 * @returns the release function
 */
export async function lockState(server: string): Promise<() => void> {
  fs.mkdirSync(stateDir(), { recursive: true, mode: 0o700 });
  const lock = `${stateFile(server)}.lock`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, "wx", 0o600));
      return () => fs.rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > 30_000) fs.rmSync(lock, { force: true });
    } catch {
      // released meanwhile
    }
    if (Date.now() > deadline)
      throw new ClientError(`another watchword-client holds ${lock}: remove it if none is running`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

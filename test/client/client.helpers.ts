/**
 * The command-line client as a person runs it: `watchword-client` as a child process, with
 * their own GNUPGHOME (keys made by gpg) and their own config folder, against a real server.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import type { RunningServer } from "../../src/server.ts";
import { post } from "../helpers/api.ts";
import { expectSuccess } from "../helpers/expectEnvelope.ts";
import { buildUser, uniqueEmail } from "../helpers/factories.ts";
import { createGpgHome, gpgGenerateKey, type GpgAlgo, type GpgHome } from "../helpers/gpg.ts";
import { repoRoot } from "../helpers/env.ts";
import { startTestServer } from "../helpers/server.ts";

const BIN = path.join(repoRoot, "src", "bin", "client.mjs");

export interface ClientRun {
  code: number | null;
  stdout: Buffer;
  out: string;
  stderr: string;
}

/** A person at a terminal: a registered user with a gpg key, a GNUPGHOME and a config folder. */
export interface Person {
  id: string;
  username: string;
  fingerprint: string;
  home: GpgHome;
  /** $XDG_CONFIG_HOME of this person. */
  config: string;
  /** Extra environment for their runs (WATCHWORD_CLIENT_GPG, ...). */
  env: Record<string, string>;
  run(args: string[], input?: string | Buffer): Promise<ClientRun>;
  /**
   * Runs the client at a (pseudo-)terminal, through script(1): `answers` maps what appears on
   * the screen to what is then typed. Returns everything the terminal showed.
   */
  inTerminal(
    args: string[],
    answers?: Record<string, string>,
  ): Promise<{ code: number | null; screen: string }>;
  /** The state file the client keeps for `server`. */
  stateFile(server: string): string;
  state(server: string): Record<string, string>;
  cleanup(): void;
}

export function runClient(
  args: string[],
  env: Record<string, string | undefined>,
  input: string | Buffer = "",
  timeoutMs = 60_000,
): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    const base: NodeJS.ProcessEnv = { ...process.env };
    delete base.WATCHWORD_SERVER;
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete base[k];
      else base[k] = v;
    }
    const child = spawn(process.execPath, [BIN, ...args], { env: base, stdio: "pipe" });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.stdin.on("error", () => {});
    child.stdin.end(input);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`watchword-client ${args.join(" ")} did not finish in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out);
      resolve({ code, stdout, out: stdout.toString("utf8"), stderr });
    });
  });
}

/** A user set up through /setup/complete with a key gpg generated in their own GNUPGHOME. */
export async function person(
  server: RunningServer,
  o: { algo?: GpgAlgo; passphrase?: string; expire?: string; firstName?: string } = {},
): Promise<Person> {
  const first = o.firstName ?? "Gnu";
  const user = await buildUser(server, {
    state: "inactive",
    firstName: first,
    username: uniqueEmail(first.toLowerCase()),
  });
  const home = await createGpgHome();
  const passphrase = o.passphrase ?? "";
  const { fingerprint, armoredPublic } = await gpgGenerateKey(
    home,
    `${o.firstName ?? "Gnu"} User <${user.username}>`,
    o.algo ?? "ed25519",
    passphrase,
    o.expire ?? "1y",
  );
  if (passphrase) {
    // as after the user typed it into pinentry once: gpg-agent has it cached
    await home.run(["--passphrase", passphrase, "--local-user", fingerprint, "--clear-sign"], "warm up");
  }
  expectSuccess(
    await post(server.url, `/setup/complete/${user.id}.json?api-version=v2`, {
      body: {
        authenticationtoken: { token: user.token },
        authentication_token: { token: user.token },
        gpgkey: { armored_key: armoredPublic },
        user: {},
      },
    }),
  );
  const config = fs.mkdtempSync(path.join(os.tmpdir(), "ww-client-config-"));
  const p: Person = {
    id: user.id,
    username: user.username,
    fingerprint,
    home,
    config,
    env: {},
    run: (args, input) => runClient(args, { GNUPGHOME: home.dir, XDG_CONFIG_HOME: config, ...p.env }, input),
    inTerminal: (args, answers = {}) =>
      new Promise((resolve) => {
        const command = [process.execPath, BIN, ...args]
          .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
          .join(" ");
        const child = spawn("script", ["-qec", command, "/dev/null"], {
          env: { ...process.env, GNUPGHOME: home.dir, XDG_CONFIG_HOME: config, ...p.env },
        });
        let screen = "";
        const pending = new Map(Object.entries(answers));
        child.stdout.on("data", (d: Buffer) => {
          screen += d.toString("utf8");
          for (const [prompt, typed] of pending)
            if (screen.includes(prompt)) {
              pending.delete(prompt);
              child.stdin.write(typed);
            }
        });
        child.on("close", (code) => resolve({ code, screen }));
      }),
    stateFile: (s) => path.join(config, "watchword-client", `${new URL(s).host.replace(/:/g, "_")}.json`),
    state: (s) => JSON.parse(fs.readFileSync(p.stateFile(s), "utf8")),
    cleanup: () => {
      home.cleanup();
      fs.rmSync(config, { recursive: true, force: true });
    },
  };
  return p;
}

/** Logs the person in and checks it worked. */
export async function loginAs(p: Person, server: string): Promise<ClientRun> {
  const r = await p.run(["login", "--server", server, "--key", p.fingerprint]);
  expect(r.stderr, "login stderr").to.equal("");
  expect(r.code, "login exit").to.equal(0);
  return r;
}

/** One line on stderr, the exit status, nothing on stdout. */
export function expectFailure(r: ClientRun, code: number, message: string | RegExp): void {
  expect(r.out, "stdout of a failure").to.equal("");
  expect(r.stderr.split("\n").filter(Boolean), "one line on stderr").to.have.length(1);
  if (typeof message === "string") expect(r.stderr).to.equal(`watchword-client: ${message}\n`);
  else expect(r.stderr).to.match(message);
  expect(r.code, `exit status (${r.stderr.trim()})`).to.equal(code);
}

/**
 * For a describe() of client tests: builds dist/ first (the client runs compiled, as installed),
 * and gives people and extra servers that are cleaned up after the suite.
 */
export function clientSuite() {
  const people: Person[] = [];
  const servers: RunningServer[] = [];
  before(() => {
    execFileSync("npm", ["run", "--silent", "build"], { cwd: repoRoot, stdio: "ignore" });
  });
  after(async () => {
    for (const p of people) p.cleanup();
    for (const s of servers) await s.close().catch(() => {});
  });
  return {
    someone: async (server: RunningServer, o: Parameters<typeof person>[1] = {}) => {
      const p = await person(server, o);
      people.push(p);
      return p;
    },
    extraServer: async (env: Record<string, string> = {}) => {
      const s = await startTestServer(env);
      servers.push(s);
      return s;
    },
  };
}

/**
 * Every OpenPGP operation of the client, done by the `gpg` binary (GnuPG 2.2 or later): the
 * user's private key stays in their keyring, gpg-agent asks for its passphrase (or a smartcard
 * does the work). Plaintext goes to and comes from gpg over pipes only, never through argv or
 * a file. GNUPGHOME is honoured as gpg itself honours it; WATCHWORD_CLIENT_GPG names another
 * binary. Public keys of others (the server, recipients) are written to a private temporary
 * folder for gpg's --recipient-file and --keyring, and removed afterwards.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ClientError, EXIT } from "./clientError.ts";

const gpgBinary = (): string => process.env.WATCHWORD_CLIENT_GPG || "gpg";

/**
 * The environment of gpg: ours, plus GPG_TTY when unset and one of our standard streams is a
 * terminal, so that gpg-agent's text pinentry can ask for the passphrase there even though
 * gpg's own stdin is a pipe (Linux: the terminal's name from /proc).
 */
function gpgEnv(): NodeJS.ProcessEnv {
  if (process.env.GPG_TTY) return process.env;
  for (const fd of [0, 2, 1]) {
    const stream = [process.stdin, process.stdout, process.stderr][fd] as { isTTY?: boolean };
    if (!stream.isTTY) continue;
    try {
      return { ...process.env, GPG_TTY: fs.readlinkSync(`/proc/self/fd/${fd}`) };
    } catch {
      return process.env;
    }
  }
  return process.env;
}

interface GpgRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** The [GNUPG:] status lines (--status-fd), without the prefix. */
  status: string[][];
}

/** Runs gpg with `input` on its stdin; status lines come over a separate pipe (fd 3). */
function run(args: string[], input: string | Buffer = ""): Promise<GpgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(gpgBinary(), ["--batch", "--no-greeting", "--status-fd", "3", ...args], {
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      env: gpgEnv(),
    });
    const out: Buffer[] = [];
    let stderr = "";
    let status = "";
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (d: Buffer) => (status += d.toString("utf8")));
    child.on("error", (err: NodeJS.ErrnoException) =>
      reject(
        err.code === "ENOENT"
          ? new ClientError(`${gpgBinary()} not found: install GnuPG 2.2 or later`, EXIT.key)
          : err,
      ),
    );
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out),
        stderr,
        status: status
          .split("\n")
          .filter((l) => l.startsWith("[GNUPG:] "))
          .map((l) => l.slice(9).split(" ")),
      }),
    );
    // gpg may exit before reading all of its input (a bad key): that is its answer, not ours
    child.stdin!.on("error", () => {});
    child.stdin!.end(input);
  });
}

/** gpg's own reason, in one line: its last "gpg: ..." line that says what went wrong. */
function reason(r: GpgRun): string {
  const lines = r.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter(
      (l) => l.startsWith("gpg: ") && !/^gpg: (WARNING: Using untrusted key|encrypted with|\s)/.test(l),
    );
  return lines.at(-1)?.slice(5) ?? `exit status ${r.code}`;
}

const fail = (what: string, r: GpgRun) => new ClientError(`gpg: ${what}: ${reason(r)}`, EXIT.key);

export interface KeyInfo {
  /** Primary key fingerprint, upper-case hex. */
  fingerprint: string;
  /** Fingerprint of every key and subkey. */
  all: string[];
  uids: string[];
  /** Validity field of the primary key: e expired, r revoked, ... */
  validity: string;
}

function parseColons(text: string, primaryTag: "pub" | "sec"): KeyInfo[] {
  const keys: KeyInfo[] = [];
  let current: KeyInfo | undefined;
  let expectPrimaryFpr = false;
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f[0] === primaryTag) {
      current = { fingerprint: "", all: [], uids: [], validity: f[1] ?? "" };
      keys.push(current);
      expectPrimaryFpr = true;
    } else if (f[0] === "fpr" && current) {
      const fpr = (f[9] ?? "").toUpperCase();
      current.all.push(fpr);
      if (expectPrimaryFpr) current.fingerprint = fpr;
      expectPrimaryFpr = false;
    } else if (f[0] === "uid" && current) {
      current.uids.push(f[9] ?? "");
    }
  }
  return keys;
}

/** What gpg reads in an armored public key, without importing it anywhere. */
export async function describeKey(armored: string): Promise<KeyInfo> {
  const r = await run(["--with-colons", "--import-options", "show-only", "--import"], armored);
  const keys = parseColons(r.stdout.toString("utf8"), "pub");
  if (r.code !== 0 || keys.length !== 1) throw fail("not one readable public key", r);
  return keys[0]!;
}

/**
 * The user's own key pair, which must be in the keyring with its secret part.
 * @throws ClientError when gpg has no secret key for `fingerprint`, or it is expired or revoked
 */
export async function ownSecretKey(given: string): Promise<KeyInfo> {
  // as gpg prints it, in groups of four, or in one piece
  const fingerprint = given.replace(/\s+/g, "");
  if (!/^[0-9A-Fa-f]{40}$/.test(fingerprint))
    throw new ClientError(`--key: "${given}" is not a 40-hex-digit fingerprint`, EXIT.usage);
  const r = await run(["--with-colons", "--with-fingerprint", "--list-secret-keys", fingerprint]);
  const key = parseColons(r.stdout.toString("utf8"), "sec")[0];
  if (r.code !== 0 || !key || key.fingerprint !== fingerprint.toUpperCase())
    throw new ClientError(
      `gpg has no secret key ${fingerprint.toUpperCase()} (GNUPGHOME=${process.env.GNUPGHOME ?? "~/.gnupg"})`,
      EXIT.key,
    );
  if (key.validity === "e") throw new ClientError(`your key ${key.fingerprint} has expired`, EXIT.key);
  if (key.validity === "r") throw new ClientError(`your key ${key.fingerprint} is revoked`, EXIT.key);
  return key;
}

/**
 * Public keys of others, for one operation: recipient files and a keyring to verify
 * signatures with, in a private temporary folder removed by `dispose()`.
 */
export class ForeignKeys {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "watchword-client-"));
  private count = 0;
  private ring: string | undefined;

  /** Writes an armored public key to a file for --recipient-file. */
  file(armored: string): string {
    const file = path.join(this.dir, `key-${++this.count}.asc`);
    fs.writeFileSync(file, armored, { mode: 0o600 });
    return file;
  }

  /** A keyring holding only `armored`, for checking a signature by that key. */
  async keyring(armored: string): Promise<string> {
    this.ring = path.join(this.dir, `ring-${++this.count}.kbx`);
    const r = await run(["--no-default-keyring", "--keyring", this.ring, "--import"], armored);
    if (r.code !== 0) throw fail("cannot read the server key", r);
    return this.ring;
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface EncryptOptions {
  /** Recipients in the user's keyring, by fingerprint. */
  recipients?: string[];
  /** Recipients' public keys as files (ForeignKeys.file). */
  recipientFiles?: string[];
  /** Sign with this key of the user's keyring (gpg-agent may ask for its passphrase). */
  signer?: string;
}

/** Encrypts (and signs) `plaintext`; returns the armored message. */
export async function encrypt(plaintext: string | Buffer, o: EncryptOptions): Promise<string> {
  const args = ["--armor", "--trust-model", "always", "--encrypt"];
  for (const r of o.recipients ?? []) args.push("--recipient", r);
  for (const f of o.recipientFiles ?? []) args.push("--recipient-file", f);
  if (o.signer) args.push("--sign", "--local-user", o.signer);
  const r = await run(args, plaintext);
  if (r.code !== 0 || !r.stdout.toString("utf8").startsWith("-----BEGIN PGP MESSAGE-----"))
    throw fail("encryption failed", r);
  return r.stdout.toString("utf8");
}

export interface DecryptOptions {
  /** A keyring with the expected signer's key (ForeignKeys.keyring). */
  keyring?: string;
  /** The primary fingerprint that must have signed the message. */
  signedBy?: string;
}

/** Decrypts an armored message with the user's keyring (gpg-agent may ask for a passphrase). */
export async function decrypt(armored: string, o: DecryptOptions = {}): Promise<Buffer> {
  const args = ["--trust-model", "always"];
  if (o.keyring) args.push("--keyring", o.keyring);
  args.push("--decrypt");
  const r = await run(args, armored);
  const has = (tag: string) => r.status.some((s) => s[0] === tag);
  if (r.code !== 0 && !has("DECRYPTION_OKAY")) {
    if (has("NO_SECKEY")) throw new ClientError("gpg: this secret is not encrypted for your key", EXIT.key);
    throw fail("decryption failed", r);
  }
  if (!has("DECRYPTION_OKAY")) throw fail("decryption failed", r);
  if (o.signedBy) {
    const valid = r.status.find((s) => s[0] === "VALIDSIG");
    // VALIDSIG <sig fpr> <date> <ts> <expire> <ver> <reserved> <pk algo> <hash algo> <class> <primary fpr>
    const primary = (valid?.[10] ?? valid?.[1] ?? "").toUpperCase();
    if (primary !== o.signedBy.toUpperCase())
      throw new ClientError(`the server's answer is not signed by its key ${o.signedBy}`, EXIT.key);
  }
  return r.stdout;
}

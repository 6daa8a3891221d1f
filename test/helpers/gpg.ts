/**
 * The real GnuPG binary in a temporary GNUPGHOME: key generation, import, encryption and
 * decryption, exactly as a user would run them on the command line.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface GpgHome {
  dir: string;
  run(args: string[], input?: string): Promise<string>;
  cleanup(): void;
}

export async function createGpgHome(): Promise<GpgHome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-gnupg-"));
  fs.chmodSync(dir, 0o700);
  const run = (args: string[], input?: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(
        "gpg",
        ["--homedir", dir, "--batch", "--yes", "--no-tty", "--pinentry-mode", "loopback", ...args],
        { maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) =>
          err ? reject(new Error(`gpg ${args.join(" ")}: ${stderr || err.message}`)) : resolve(stdout),
      );
      if (input !== undefined) child.stdin!.end(input);
    });
  return {
    dir,
    run,
    cleanup: () => {
      // stop the agent this home started, then remove the folder
      execFile("gpgconf", ["--homedir", dir, "--kill", "gpg-agent"], () =>
        fs.rmSync(dir, { recursive: true, force: true }),
      );
    },
  };
}

export type GpgAlgo = "ed25519" | "rsa3072" | "rsa4096";

/**
 * Generates a key pair with gpg's defaults for the algorithm (an encryption subkey, and the
 * default expiry date of 2 years when `expire` is omitted). TEST ONLY passphrase.
 */
export async function gpgGenerateKey(
  home: GpgHome,
  uid: string,
  algo: GpgAlgo,
  passphrase: string,
  expire = "2y",
): Promise<{ fingerprint: string; armoredPublic: string }> {
  const [primary, sub] = algo === "ed25519" ? ["ed25519", "cv25519"] : [algo, algo];
  await home.run(["--passphrase", passphrase, "--quick-generate-key", uid, primary, "sign,cert", expire]);
  const fingerprint = await fingerprintOf(home, uid);
  await home.run(["--passphrase", passphrase, "--quick-add-key", fingerprint, sub, "encr", expire]);
  return { fingerprint, armoredPublic: await home.run(["--armor", "--export", fingerprint]) };
}

export async function fingerprintOf(home: GpgHome, who: string): Promise<string> {
  const out = await home.run(["--with-colons", "--fingerprint", who]);
  const line = out.split("\n").find((l) => l.startsWith("fpr:"));
  if (!line) throw new Error(`gpg has no key for ${who}`);
  return line.split(":")[9]!;
}

/** Imports an armored key (public, or private with its passphrase). */
export async function gpgImport(home: GpgHome, armored: string, passphrase?: string): Promise<void> {
  await home.run([...(passphrase ? ["--passphrase", passphrase] : []), "--import"], armored);
}

/** `gpg --encrypt --armor -r <recipient>` (trusting the recipient key, as a script would). */
export async function gpgEncrypt(home: GpgHome, recipient: string, plaintext: string): Promise<string> {
  return home.run(["--trust-model", "always", "--encrypt", "--armor", "-r", recipient], plaintext);
}

/** `gpg --decrypt` with the key's passphrase. */
export async function gpgDecrypt(home: GpgHome, armored: string, passphrase: string): Promise<string> {
  return home.run(["--passphrase", passphrase, "--decrypt"], armored);
}

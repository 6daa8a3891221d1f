/**
 * OpenPGP keys of the bench users: v4 Ed25519/Curve25519 made by OpenPGP.js (what the browser
 * extension makes), generated once and cached in var/bench/keys.json (gitignored: var/). The
 * private keys are unprotected bench material, never committed.
 */
import fs from "node:fs";
import path from "node:path";
import * as openpgp from "openpgp";

export interface BenchKey {
  publicKey: string;
  privateKey: string;
}

interface KeyFile {
  version: 1;
  keys: Record<string, BenchKey>;
}

/** The key of each email (its only user id), loading the cache and generating the missing ones. */
export async function keysFor(
  file: string,
  people: { email: string; name: string }[],
  progress: (line: string) => void,
): Promise<Map<string, BenchKey>> {
  let cache: KeyFile = { version: 1, keys: {} };
  if (fs.existsSync(file)) {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as KeyFile;
      if (parsed.version === 1) cache = parsed;
    } catch {
      // a broken cache is regenerated
    }
  }
  const missing = people.filter((p) => !cache.keys[p.email]);
  if (missing.length) {
    progress(
      `generating ${missing.length} OpenPGP keys (Curve25519, cached in ${path.relative(process.cwd(), file)})`,
    );
    const started = Date.now();
    for (let i = 0; i < missing.length; i += 50) {
      const batch = missing.slice(i, i + 50);
      const made = await Promise.all(
        batch.map((p) =>
          openpgp.generateKey({
            type: "ecc",
            curve: "curve25519Legacy",
            userIDs: [{ name: p.name, email: p.email }],
            format: "armored",
          }),
        ),
      );
      batch.forEach((p, j) => {
        cache.keys[p.email] = { publicKey: made[j]!.publicKey, privateKey: made[j]!.privateKey };
      });
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(cache), { mode: 0o600 });
    progress(`  ${missing.length} keys in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return new Map(people.map((p) => [p.email, cache.keys[p.email]!]));
}

const parsedPublic = new Map<string, Promise<openpgp.Key>>();
const parsedPrivate = new Map<string, Promise<openpgp.PrivateKey>>();

export function publicKeyOf(k: BenchKey): Promise<openpgp.Key> {
  let p = parsedPublic.get(k.publicKey);
  if (!p) parsedPublic.set(k.publicKey, (p = openpgp.readKey({ armoredKey: k.publicKey })));
  return p;
}

export function privateKeyOf(k: BenchKey): Promise<openpgp.PrivateKey> {
  let p = parsedPrivate.get(k.privateKey);
  if (!p) parsedPrivate.set(k.privateKey, (p = openpgp.readPrivateKey({ armoredKey: k.privateKey })));
  return p;
}

/** A real OpenPGP message encrypted for this key, as the extension makes it. */
export async function encryptFor(k: BenchKey, text: string): Promise<string> {
  return (await openpgp.encrypt({
    message: await openpgp.createMessage({ text }),
    encryptionKeys: await publicKeyOf(k),
  })) as string;
}

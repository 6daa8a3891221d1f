/**
 * A small process-local cache of parsed public keys, keyed by gpgkey row id. A gpgkey row never
 * changes its armored key (a new key is a new row), so the parsed key can be reused across
 * requests: a share with hundreds of recipients, or the same recipients again, parses each key
 * once. The armored text is compared on every hit anyway, so a row that did change would simply
 * be parsed again. Parse failures are not cached. Bounded; the least recently used entry goes first.
 */
import { readPublicKey, type Key } from "./openpgp.ts";

const MAX_ENTRIES = 10_000;
const cache = new Map<string, { armored: string; key: Promise<Key> }>();

/**
 * The parsed key of a gpgkey row.
 * @throws Error when the armored key does not parse
 */
export function readPublicKeyCached(gpgkeyId: string, armored: string): Promise<Key> {
  const hit = cache.get(gpgkeyId);
  if (hit && hit.armored === armored) {
    cache.delete(gpgkeyId); // move to the most recently used end
    cache.set(gpgkeyId, hit);
    return hit.key;
  }
  const key = readPublicKey(armored);
  cache.set(gpgkeyId, { armored, key });
  key.catch(() => {
    if (cache.get(gpgkeyId)?.key === key) cache.delete(gpgkeyId);
  });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return key;
}

/** Empties the cache (tests). */
export function clearPublicKeyCache(): void {
  cache.clear();
}

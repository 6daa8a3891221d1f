/**
 * Other users' keys, as the server keeps them, each used only when the armored key has the
 * fingerprint the server states for it; and a secret encrypted for each of them by gpg.
 */
import { ClientError, EXIT } from "./clientError.ts";
import { describeKey, encrypt, ForeignKeys } from "./gpg.ts";
import type { Api } from "./http.ts";

interface Gpgkey {
  user_id: string;
  armored_key: string;
  fingerprint: string;
  deleted?: boolean;
}

/**
 * The users' keys as the server keeps them, each checked: the armored key's own fingerprint
 * must be the one the server states. Returns user id -> armored key.
 */
const keyrings = new WeakMap<Api, Promise<Map<string, Gpgkey>>>();
const checked = new WeakMap<Api, Map<string, string>>();

export async function checkedKeys(api: Api, userIds: string[]): Promise<Map<string, string>> {
  // once per command: a folder share asks for the same users' keys item after item
  if (!keyrings.has(api))
    keyrings.set(
      api,
      api
        .get<Gpgkey[]>("/gpgkeys.json")
        .then(({ body }) => new Map(body.filter((k) => !k.deleted).map((k) => [k.user_id, k]))),
    );
  const byUser = await keyrings.get(api)!;
  if (!checked.has(api)) checked.set(api, new Map());
  const known = checked.get(api)!;
  const out = new Map<string, string>();
  for (const id of userIds) {
    const seen = known.get(id);
    if (seen) {
      out.set(id, seen);
      continue;
    }
    const k = byUser.get(id);
    if (!k) throw new ClientError(`the server has no key for user ${id}`, EXIT.key);
    const info = await describeKey(k.armored_key);
    const stated = k.fingerprint.replace(/\s+/g, "").toUpperCase();
    if (info.fingerprint !== stated)
      throw new ClientError(
        `the key the server gives for user ${id} has the fingerprint ${info.fingerprint}, not the ${stated} it states: refusing to encrypt for it`,
        EXIT.key,
      );
    out.set(id, k.armored_key);
    known.set(id, k.armored_key);
  }
  return out;
}

/** Encrypts `plaintext` for each user (signed by the user's own key), with progress on a terminal. */
export async function encryptForEach(
  api: Api,
  userIds: string[],
  plaintext: string | Buffer,
  resourceId: string,
): Promise<{ user_id: string; resource_id: string; data: string }[]> {
  const keys = await checkedKeys(api, userIds);
  const files = new ForeignKeys();
  const progress = process.stderr.isTTY && userIds.length > 1;
  try {
    const out = [];
    for (const [i, id] of userIds.entries()) {
      if (progress) process.stderr.write(`\rencrypting for ${i + 1} of ${userIds.length} users`);
      const data = await encrypt(plaintext, {
        recipientFiles: [files.file(keys.get(id)!)],
        signer: api.state!.key_fingerprint!,
      });
      out.push({ user_id: id, resource_id: resourceId, data });
    }
    if (progress) process.stderr.write("\n");
    return out;
  } finally {
    files.dispose();
  }
}

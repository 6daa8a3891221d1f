/**
 * The resource commands: ls, get, create, edit, rm (share.ts shares). Secrets are encrypted and
 * decrypted by gpg (gpg.ts); other users' keys are checked in recipients.ts.
 */
import { ClientError, EXIT, usageError } from "./clientError.ts";
import { decrypt, encrypt } from "./gpg.ts";
import { Api } from "./http.ts";
import { encryptForEach } from "./recipients.ts";
import { readState } from "./state.ts";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Resource {
  id: string;
  name: string | null;
  username: string | null;
  uri: string | null;
  description: string | null;
  resource_type_id: string;
  folder_parent_id: string | null;
  personal?: boolean;
  permission?: { type: number };
}

export interface Folder {
  id: string;
  name: string;
}
interface User {
  id: string;
}

export const LEVELS = { read: 1, update: 7, owner: 15 } as const;
const LEVEL_NAMES: Record<number, string> = { 1: "read", 7: "update", 15: "owner" };

/** The secret layouts this client writes: the plaintext is the password, or JSON. */
const WRITABLE_TYPES = ["password-string", "password-and-description"] as const;

/** The saved session for `server`, or a one-line refusal. */
export function session(server: string): Api {
  const state = readState(server);
  if (!state?.refresh_token)
    throw new ClientError(
      `not logged in to ${server}: run \`watchword-client login --server ${server} --key FINGERPRINT\``,
      EXIT.unauthenticated,
    );
  return new Api(server, state);
}

/** Resource type id <-> slug. */
async function resourceTypes(api: Api): Promise<Map<string, string>> {
  const { body } = await api.get<{ id: string; slug: string }[]>("/resource-types.json");
  const map = new Map<string, string>();
  for (const t of body) {
    map.set(t.id, t.slug);
    map.set(t.slug, t.id);
  }
  return map;
}

/**
 * A resource by id, or by its exact name among those the user can reach.
 * @throws ClientError 5 when there is none; 2 when several have that name
 */
export async function findResource(api: Api, ref: string): Promise<Resource> {
  if (UUID.test(ref)) return (await api.get<Resource>(`/resources/${ref.toLowerCase()}.json`)).body;
  const { body } = await api.get<Resource[]>("/resources.json");
  const named = body.filter((r) => r.name === ref);
  if (named.length === 0) throw new ClientError(`no resource named "${ref}"`, EXIT.notFound);
  if (named.length > 1)
    throw usageError(
      `${named.length} resources are named "${ref}": use an id (${named.map((r) => r.id).join(", ")})`,
    );
  return named[0]!;
}

export async function findFolder(api: Api, ref: string): Promise<Folder> {
  const { body } = await api.get<Folder[]>("/folders.json");
  const found = body.filter((f) => f.id === ref.toLowerCase() || f.name === ref);
  if (found.length === 0) throw new ClientError(`no folder "${ref}"`, EXIT.notFound);
  if (found.length > 1)
    throw usageError(
      `${found.length} folders are named "${ref}": use an id (${found.map((f) => f.id).join(", ")})`,
    );
  return found[0]!;
}

export interface ListOptions {
  json?: boolean;
  search?: string;
  folder?: string;
  owned?: boolean;
  sharedWithMe?: boolean;
  favorite?: boolean;
}

export async function ls(api: Api, o: ListOptions): Promise<string> {
  const query: Record<string, string> = { "contain[permission]": "1" };
  if (o.owned) query["filter[is-owned-by-me]"] = "1";
  if (o.sharedWithMe) query["filter[is-shared-with-me]"] = "1";
  if (o.favorite) query["filter[is-favorite]"] = "1";
  const [{ body: resources }, { body: folders }] = await Promise.all([
    api.get<Resource[]>("/resources.json", { query }),
    api.get<Folder[]>("/folders.json"),
  ]);
  const folderName = new Map(folders.map((f) => [f.id, f.name]));
  let rows = resources;
  if (o.folder) {
    const folder = await findFolder(api, o.folder);
    rows = rows.filter((r) => r.folder_parent_id === folder.id);
  }
  if (o.search) {
    const needle = o.search.toLowerCase();
    rows = rows.filter((r) =>
      [r.name, r.username, r.uri].some((v) => typeof v === "string" && v.toLowerCase().includes(needle)),
    );
  }
  const view = rows.map((r) => ({
    id: r.id,
    // null on a Passbolt v5 resource, whose metadata is encrypted (not read by this client)
    name: r.name ?? null,
    username: r.username,
    uri: r.uri,
    folder_parent_id: r.folder_parent_id,
    folder: r.folder_parent_id ? (folderName.get(r.folder_parent_id) ?? null) : null,
    permission: LEVEL_NAMES[r.permission?.type ?? 0] ?? null,
  }));
  if (o.json) return JSON.stringify(view, null, 2);
  if (view.length === 0) return "";
  const table = [
    ["ID", "NAME", "USERNAME", "URI", "FOLDER", "ACCESS"],
    ...view.map((v) => [
      v.id,
      v.name ?? "(encrypted metadata)",
      v.username ?? "",
      v.uri ?? "",
      v.folder ?? "",
      v.permission ?? "",
    ]),
  ].map((cells) => cells.map((c) => c.replace(/[\t\n\r]/g, " ")));
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table
    .map((row) =>
      row
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export async function ownArmoredSecret(api: Api, resourceId: string): Promise<string> {
  const { body } = await api.get<{ data: string }>(`/secrets/resource/${resourceId}.json`);
  return body.data;
}

/**
 * `get`: the armored secret as stored, or (decrypt) the password or the JSON secret fields.
 * Both are data, printed as they are (main.ts cleans only its own messages).
 */
export async function get(api: Api, ref: string, decryptIt: boolean): Promise<Buffer> {
  const resource = await findResource(api, ref);
  const armored = await ownArmoredSecret(api, resource.id);
  // as stored, byte for byte: `... | gpg -d` reads exactly what the server keeps
  if (!decryptIt) return Buffer.from(armored, "utf8");
  const clear = (await decrypt(armored)).toString("utf8");
  const slug = (await resourceTypes(api)).get(resource.resource_type_id);
  const line = (text: string) => Buffer.from(text.endsWith("\n") ? text : `${text}\n`, "utf8");
  if (slug === "password-string" || slug === "v5-password-string") return line(clear);
  try {
    return line(JSON.stringify(JSON.parse(clear), null, 2));
  } catch {
    return line(clear);
  }
}

export interface CreateOptions {
  name: string;
  username?: string;
  uri?: string;
  description?: string;
  folder?: string;
  type?: string;
  secret: string;
}

function secretPlaintext(slug: string, password: string, description: string | null): string {
  return slug === "password-string" ? password : JSON.stringify({ password, description: description ?? "" });
}

/** `create`: the secret encrypted by gpg for the user's own key (and signed by it). */
export async function create(api: Api, o: CreateOptions): Promise<string> {
  const slug = o.type ?? "password-string";
  if (!(WRITABLE_TYPES as readonly string[]).includes(slug))
    throw usageError(`--type: one of ${WRITABLE_TYPES.join(", ")}`);
  const typeId = (await resourceTypes(api)).get(slug);
  if (!typeId) throw new ClientError(`${api.server} does not offer the resource type ${slug}`);
  const folder = o.folder ? await findFolder(api, o.folder) : undefined;
  const own = api.state!.key_fingerprint!;
  const description = o.description ?? null;
  const data = await encrypt(secretPlaintext(slug, o.secret, description), {
    recipients: [own],
    signer: own,
  });
  const { body } = await api.post<Resource>("/resources.json", {
    body: {
      name: o.name,
      username: o.username ?? null,
      uri: o.uri ?? null,
      // password-and-description keeps the description in the encrypted secret
      description: slug === "password-string" ? description : null,
      resource_type_id: typeId,
      ...(folder ? { folder_parent_id: folder.id } : {}),
      secrets: [{ data }],
    },
  });
  return body.id;
}

export interface EditOptions {
  name?: string;
  username?: string;
  uri?: string;
  description?: string;
  /** A new secret (read from stdin). */
  secret?: string;
}

/** `edit`: changes the metadata; a new secret (or description kept in it) is encrypted for everyone with access. */
export async function edit(api: Api, ref: string, o: EditOptions): Promise<string> {
  const resource = await findResource(api, ref);
  const slug = (await resourceTypes(api)).get(resource.resource_type_id);
  const inSecret = slug === "password-and-description";
  const body: Record<string, unknown> = {};
  if (o.name !== undefined) body.name = o.name;
  if (o.username !== undefined) body.username = o.username;
  if (o.uri !== undefined) body.uri = o.uri;
  if (o.description !== undefined && !inSecret) body.description = o.description;
  const secretChanges = o.secret !== undefined || (o.description !== undefined && inSecret);
  if (secretChanges) {
    if (slug !== "password-string" && !inSecret)
      throw usageError(`this client does not edit secrets of ${slug} resources`);
    let password = o.secret;
    let description: string | null = o.description ?? null;
    if (inSecret && (password === undefined || o.description === undefined)) {
      const current = JSON.parse((await decrypt(await ownArmoredSecret(api, resource.id))).toString("utf8"));
      password ??= String(current.password ?? "");
      description = o.description ?? (current.description as string | null) ?? null;
    }
    const { body: users } = await api.get<User[]>("/users.json", {
      query: { "filter[has-access]": resource.id },
    });
    body.secrets = await encryptForEach(
      api,
      users.map((u) => u.id),
      secretPlaintext(slug!, password!, description),
      resource.id,
    );
  }
  if (Object.keys(body).length === 0)
    throw usageError("nothing to change: give --name, --username, --uri, --description or --secret");
  await api.put(`/resources/${resource.id}.json`, { body });
  return `updated ${o.name ?? resource.name ?? "(encrypted metadata)"} (${resource.id})`;
}

export async function rm(api: Api, ref: string): Promise<string> {
  const resource = await findResource(api, ref);
  await api.delete(`/resources/${resource.id}.json`);
  return `deleted ${resource.name ?? "(encrypted metadata)"} (${resource.id})`;
}

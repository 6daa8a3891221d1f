/**
 * The resource commands: ls, get, create, edit, rm, share. Secrets are encrypted and decrypted
 * by gpg (gpg.ts); recipients' keys come from the server and are used only when the armored key
 * has the fingerprint the server states for it.
 */
import { ClientError, EXIT, usageError } from "./errors.ts";
import { decrypt, describeKey, encrypt, ForeignKeys } from "./gpg.ts";
import { Api } from "./http.ts";
import { readState } from "./state.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Resource {
  id: string;
  name: string;
  username: string | null;
  uri: string | null;
  description: string | null;
  resource_type_id: string;
  folder_parent_id: string | null;
  personal?: boolean;
  permission?: { type: number };
}

interface Folder {
  id: string;
  name: string;
}
interface Gpgkey {
  user_id: string;
  armored_key: string;
  fingerprint: string;
  deleted?: boolean;
}
interface User {
  id: string;
  username: string;
  profile?: { first_name?: string; last_name?: string };
}
interface Group {
  id: string;
  name: string;
}
interface Permission {
  id: string;
  aro: "User" | "Group";
  aro_foreign_key: string;
  type: number;
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

async function findFolder(api: Api, ref: string): Promise<Folder> {
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
      [r.name, r.username, r.uri].some((v) => v !== null && v.toLowerCase().includes(needle)),
    );
  }
  const view = rows.map((r) => ({
    id: r.id,
    name: r.name,
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
    ...view.map((v) => [v.id, v.name, v.username ?? "", v.uri ?? "", v.folder ?? "", v.permission ?? ""]),
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

async function ownArmoredSecret(api: Api, resourceId: string): Promise<string> {
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

/** The secret from stdin: one trailing newline (echo's, or the Enter key) removed unless raw. */
export async function readSecret(raw: boolean): Promise<string> {
  let text = process.stdin.isTTY ? await readHidden("secret: ") : await readAll();
  if (!raw) text = text.replace(/\r?\n$/, "");
  if (text.length === 0) throw usageError("the secret read from stdin is empty");
  return text;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** One line typed at the terminal, not echoed (Enter ends it, Ctrl-C or Ctrl-D gives up). */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  // no echo before the prompt shows: whatever is typed after it stays hidden
  stdin.setRawMode(true);
  stdin.resume();
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003" || ch === "\u0004") return done(usageError("cancelled: nothing was sent"));
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else typed += ch;
      }
    };
    stdin.on("data", onData);
  });
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

/**
 * The users' keys as the server keeps them, each checked: the armored key's own fingerprint
 * must be the one the server states. Returns user id -> armored key.
 */
const keyrings = new WeakMap<Api, Promise<Map<string, Gpgkey>>>();
const checked = new WeakMap<Api, Map<string, string>>();

async function checkedKeys(api: Api, userIds: string[]): Promise<Map<string, string>> {
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
async function encryptForEach(
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
  return `updated ${o.name ?? resource.name} (${resource.id})`;
}

export async function rm(api: Api, ref: string): Promise<string> {
  const resource = await findResource(api, ref);
  await api.delete(`/resources/${resource.id}.json`);
  return `deleted ${resource.name} (${resource.id})`;
}

type Aro = { aro: "User"; id: string; label: string } | { aro: "Group"; id: string; label: string };

/** A user (id or username) or a group (id or name). */
async function findAro(api: Api, ref: string): Promise<Aro> {
  const lower = ref.toLowerCase();
  if (UUID.test(ref) || ref.includes("@")) {
    const { body: users } = await api.get<User[]>("/users.json", {
      query: UUID.test(ref) ? {} : { "filter[search]": ref },
    });
    const user = users.find((u) => u.id === lower || u.username.toLowerCase() === lower);
    if (user) return { aro: "User", id: user.id, label: user.username };
  }
  const { body: groups } = await api.get<Group[]>("/groups.json");
  const named = groups.filter((g) => g.id === lower || g.name === ref);
  if (named.length > 1) throw usageError(`${named.length} groups are named "${ref}": use an id`);
  if (named.length === 1) return { aro: "Group", id: named[0]!.id, label: `group ${named[0]!.name}` };
  throw new ClientError(`no user or group "${ref}"`, EXIT.notFound);
}

export interface ShareOptions {
  with: string[];
  as: keyof typeof LEVELS;
}

/** The permission changes that give each aro `type` on something with these permissions. */
function changesFor(
  existing: Permission[],
  aros: Aro[],
  type: number,
  aco: "Resource" | "Folder",
  acoId: string,
) {
  const changes = [];
  for (const a of aros) {
    const current = existing.find((p) => p.aro === a.aro && p.aro_foreign_key === a.id);
    if (current?.type === type) continue;
    changes.push(
      current
        ? { id: current.id, type }
        : { aro: a.aro, aro_foreign_key: a.id, aco, aco_foreign_key: acoId, type },
    );
  }
  return changes;
}

/**
 * One resource shared: the permission changes, simulated to learn who gains access; the secret
 * decrypted once and encrypted for each of them; then one PUT /share/resource. Returns how
 * many users got a secret, or undefined when nothing needed to change.
 */
async function shareResource(
  api: Api,
  resource: Resource,
  aros: Aro[],
  type: number,
): Promise<number | undefined> {
  const { body: existing } = await api.get<Permission[]>(`/permissions/resource/${resource.id}.json`);
  const permissions = changesFor(existing, aros, type, "Resource", resource.id);
  if (permissions.length === 0) return undefined;
  const { body: sim } = await api.post<{ changes: { added: { User: { id: string } }[] } }>(
    `/share/simulate/resource/${resource.id}.json`,
    { body: { permissions } },
  );
  const added = sim.changes.added.map((a) => a.User.id);
  let secrets: { user_id: string; resource_id: string; data: string }[] = [];
  if (added.length > 0) {
    // decrypted once, the bytes as they are, encrypted for each new reader
    const clear = await decrypt(await ownArmoredSecret(api, resource.id));
    secrets = await encryptForEach(api, added, clear, resource.id);
  }
  await api.put(`/share/resource/${resource.id}.json`, { body: { permissions, secrets } });
  return secrets.length;
}

const users = (n: number) => `${n} new user${n === 1 ? "" : "s"}`;

/** `share`: one resource, with each user or group given. */
export async function share(api: Api, ref: string, o: ShareOptions): Promise<string> {
  const resource = await findResource(api, ref);
  const aros = [];
  for (const w of o.with) aros.push(await findAro(api, w));
  const who = aros.map((a) => a.label).join(", ");
  const n = await shareResource(api, resource, aros, LEVELS[o.as]);
  if (n === undefined) return `${resource.name} is already shared with ${who} (${o.as})`;
  return `shared ${resource.name} with ${who} (${o.as}); encrypted for ${users(n)}`;
}

/**
 * `share-folder`: the folder's permissions (PUT /share/folder), then every resource in it and
 * in its subfolders that the user owns, one by one as `share` does, with progress on a terminal.
 * Items the user may not share are counted and left as they are.
 */
export async function shareFolder(api: Api, ref: string, o: ShareOptions): Promise<string> {
  const folder = await findFolder(api, ref);
  const aros = [];
  for (const w of o.with) aros.push(await findAro(api, w));
  const type = LEVELS[o.as];

  // the folder's content in the user's tree: the folders below it, their resources and its own
  const [{ body: folders }, { body: resources }] = await Promise.all([
    api.get<(Folder & { folder_parent_id: string | null; permission?: { type: number } })[]>(
      "/folders.json",
      {
        query: { "contain[permission]": "1" },
      },
    ),
    api.get<Resource[]>("/resources.json", { query: { "contain[permission]": "1" } }),
  ]);
  const inside = [folder.id];
  for (let grew = true; grew;) {
    grew = false;
    for (const f of folders)
      if (f.folder_parent_id && inside.includes(f.folder_parent_id) && !inside.includes(f.id)) {
        inside.push(f.id);
        grew = true;
      }
  }
  // the folders first, parents before children (each lands in the new users' trees under its parent)
  const below = folders.filter((f) => inside.includes(f.id) && f.id !== folder.id);
  const ownedBelow = below.filter((f) => f.permission?.type === LEVELS.owner);
  for (const id of [folder.id, ...inside.filter((i) => ownedBelow.some((f) => f.id === i))]) {
    const { body: view } = await api.get<Folder & { permissions?: Permission[] }>(`/folders/${id}.json`, {
      query: { "contain[permissions]": "1" },
    });
    const changes = changesFor(view.permissions ?? [], aros, type, "Folder", id);
    if (changes.length > 0) await api.put(`/share/folder/${id}.json`, { body: { permissions: changes } });
  }

  const items = resources.filter((r) => r.folder_parent_id && inside.includes(r.folder_parent_id));
  const mine = items.filter((r) => r.permission?.type === LEVELS.owner);
  const progress = process.stderr.isTTY;
  let shared = 0;
  let encrypted = 0;
  for (const [i, r] of mine.entries()) {
    if (progress)
      process.stderr.write(`\rsharing ${i + 1} of ${mine.length}: ${r.name.slice(0, 40).padEnd(40)}`);
    const n = await shareResource(api, r, aros, type);
    if (n !== undefined) {
      shared += 1;
      encrypted += n;
    }
  }
  if (progress && mine.length > 0) process.stderr.write("\n");
  const who = aros.map((a) => a.label).join(", ");
  const skipped = items.length - mine.length + below.length - ownedBelow.length;
  const subfolders = below.length ? `${below.length} folder${below.length === 1 ? "" : "s"} below it, ` : "";
  return (
    `shared folder ${folder.name} with ${who} (${o.as}): ${subfolders}${shared} of ${items.length} resources changed, ` +
    `${encrypted} secrets encrypted` +
    (skipped ? `; ${skipped} items not yours to share, left as they are` : "")
  );
}

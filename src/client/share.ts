/**
 * share and share-folder: permission changes as the browser extension makes them (simulate to
 * learn who gains access, the secret decrypted once and encrypted for each of them, then one
 * PUT /share/resource), and for a folder the same for everything in it and below it.
 */
import { ClientError, EXIT, usageError } from "./clientError.ts";
import { decrypt } from "./gpg.ts";
import type { Api } from "./http.ts";
import { encryptForEach } from "./recipients.ts";
import {
  findFolder,
  findResource,
  LEVELS,
  ownArmoredSecret,
  UUID,
  type Folder,
  type Resource,
} from "./resources.ts";

interface User {
  id: string;
  username: string;
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
  if (n === undefined) return `${resource.name ?? resource.id} is already shared with ${who} (${o.as})`;
  return `shared ${resource.name ?? resource.id} with ${who} (${o.as}); encrypted for ${users(n)}`;
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
      process.stderr.write(
        `\rsharing ${i + 1} of ${mine.length}: ${(r.name ?? r.id).slice(0, 40).padEnd(40)}`,
      );
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

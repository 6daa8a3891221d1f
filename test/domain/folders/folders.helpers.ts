import type { RunningServer } from "../../../src/server.ts";
import { post, put } from "../../helpers/api.ts";
import type { Credentials } from "../../helpers/auth.ts";
import { cast, type CastName } from "../../helpers/cast.ts";
import { expectSuccess } from "../../helpers/expectEnvelope.ts";

export type Json = Record<string, unknown>;

export async function createFolder(
  server: RunningServer,
  who: Credentials,
  name: string,
  parent: string | null = null,
): Promise<string> {
  const res = await post<Json>(server.url, "/folders.json?contain[permission]=1", {
    headers: who.headers,
    body: parent ? { name, folder_parent_id: parent } : { name },
  });
  expectSuccess(res);
  return res.json.body.id as string;
}

export async function shareFolderWith(
  server: RunningServer,
  owner: Credentials,
  folderId: string,
  user: CastName,
  type: 1 | 7 | 15,
): Promise<void> {
  const res = await put(server.url, `/share/folder/${folderId}.json`, {
    headers: owner.headers,
    body: { permissions: [{ aro: "User", aro_foreign_key: cast[user].id, type }] },
  });
  expectSuccess(res);
}

export async function moveTo(
  server: RunningServer,
  who: Credentials,
  model: "resource" | "folder",
  id: string,
  parent: string | null,
) {
  return put<Json>(server.url, `/move/${model}/${id}.json`, {
    headers: who.headers,
    body: { folder_parent_id: parent },
  });
}

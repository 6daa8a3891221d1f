import { v5 as uuidv5 } from "uuid";

/** UuidFactory::PASSBOLT_SEED: header.action and the resource type ids are v5 UUIDs in it. */
export const PASSBOLT_NAMESPACE = "d5447ca1-950f-459d-8b20-86ddfdd0f922";

const cache = new Map<string, string>();

/** `header.action` for a route name such as "ResourcesIndex.index". */
export function actionId(name: string): string {
  let id = cache.get(name);
  if (!id) {
    id = uuidv5(name, PASSBOLT_NAMESPACE);
    cache.set(name, id);
  }
  return id;
}

export const ERROR_ACTION = "Error.error";

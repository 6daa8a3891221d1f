/** The checks of PUT /resources/{id} that come before its transaction. */
import type { Db } from "../../db/db.ts";
import { addError, validationFailed, type ErrorTree } from "../../http/errors.ts";
import { assertUsableResourceType } from "../resourceTypes/resourceTypes.service.ts";
import { findCurrentKeys } from "../secrets/secrets.rules.ts";
import type { ResourceBody, SecretBody } from "./resources.schemas.ts";
import { assertCan, findUserIdsWithAccess } from "../access/index.ts";

export interface UpdateContext {
  /** Users who must each get exactly one secret (when secrets are sent). */
  usersWithAccess: string[];
  keys: Awaited<ReturnType<typeof findCurrentKeys>>;
}

/**
 * Read phase: answers 404/403 before any crypto work, checks a new type, and loads the users
 * with access and their keys when secrets are sent.
 * @throws AppError 404, 403, 400 resource_type_id
 */
export async function findUpdateContext(
  db: Db,
  actorId: string,
  resourceId: string,
  body: ResourceBody,
  message = "Could not validate resource data.",
): Promise<UpdateContext> {
  return db.read(async (m) => {
    await assertCan(m, actorId, "Resource", resourceId, "update", {
      forbidden: "You are not allowed to update this resource.",
    });
    if (body.resource_type_id) await assertUsableResourceType(m, body.resource_type_id, message);
    if (!body.secrets) return { usersWithAccess: [], keys: new Map() };
    const usersWithAccess = await findUserIdsWithAccess(m, resourceId);
    return { usersWithAccess, keys: await findCurrentKeys(m, usersWithAccess) };
  });
}

/**
 * Pure: the secrets are exactly one per user with access (same set, no duplicate, no extra),
 * each for this resource when it says so (Passbolt's isSecretsProvidedRule).
 * @throws AppError 400 secrets.secrets_provided, secrets.<i>.resource_id.same_resource
 */
export function assertSecretsMatchAccess(
  secrets: SecretBody[],
  resourceId: string,
  usersWithAccess: string[],
  message: string,
): void {
  const tree: ErrorTree = {};
  secrets.forEach((s, i) => {
    if (s.resource_id !== undefined && s.resource_id.toLowerCase() !== resourceId)
      addError(
        tree,
        ["secrets", i, "resource_id"],
        "same_resource",
        "The secret should be for this resource.",
      );
  });
  const sent = secrets.map((s) => (s.user_id ?? "").toLowerCase());
  const expected = new Set(usersWithAccess);
  const sameSet =
    new Set(sent).size === sent.length &&
    sent.length === expected.size &&
    sent.every((id) => expected.has(id));
  if (!sameSet)
    addError(
      tree,
      ["secrets"],
      "secrets_provided",
      "One secret per user with access is required: no user missing, none without access, none twice.",
    );
  if (Object.keys(tree).length) throw validationFailed(message, tree);
}

/** Marking resources as favorite: one row per (user, resource), in the table contain[favorite] reads. */
import type { Db } from "../../db/db.ts";
import { isDuplicateKey } from "../../db/dbErrors.ts";
import { FavoriteEntity, type Favorite } from "../../db/entities/Favorite.ts";
import { newId } from "../../db/ids.ts";
import { nowSeconds } from "../../db/rawRows.ts";
import { notFound, validationFailed } from "../../http/errors.ts";
import { assertCan } from "../access/index.ts";
import { insertRows } from "../../db/insert.ts";

export const FAVORITE_NOT_FOUND = "The favorite does not exist.";
const ALREADY_FAVORITE = "This record is already marked as favorite.";

const alreadyFavorite = () =>
  validationFailed(ALREADY_FAVORITE, { user_id: { favorite_unique: ALREADY_FAVORITE } });

/**
 * Marks a resource the actor can read as their favorite.
 * @throws AppError 404 (no such resource, deleted, or no access), 400 user_id.favorite_unique
 */
export async function addFavorite(db: Db, actorId: string, resourceId: string): Promise<Favorite> {
  try {
    return await db.tx(async (m) => {
      await assertCan(m, actorId, "Resource", resourceId, "read");
      const repo = m.getRepository(FavoriteEntity);
      if (await repo.existsBy({ userId: actorId, foreignKey: resourceId })) throw alreadyFavorite();
      const now = nowSeconds();
      const favorite: Favorite = {
        id: newId(),
        userId: actorId,
        foreignKey: resourceId,
        foreignModel: "Resource",
        created: now,
        modified: now,
      };
      await insertRows(m, FavoriteEntity, favorite);
      return favorite;
    });
  } catch (err) {
    // a concurrent request inserted the same favorite first (ux_favorites_user_id_foreign_key)
    if (isDuplicateKey(err)) throw alreadyFavorite();
    throw err;
  }
}

/**
 * Removes one of the actor's favorites; someone else's answers 404, as one that does not exist.
 * @throws AppError 404
 */
export async function deleteFavorite(db: Db, actorId: string, favoriteId: string): Promise<void> {
  await db.tx(async (m) => {
    const repo = m.getRepository(FavoriteEntity);
    const favorite = await repo.findOneBy({ id: favoriteId });
    if (!favorite || favorite.userId !== actorId)
      throw notFound(FAVORITE_NOT_FOUND, favorite ? "someone else's favorite" : "no such favorite");
    await repo.delete({ id: favoriteId });
  });
}

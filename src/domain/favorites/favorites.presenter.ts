import type { Favorite } from "../../db/entities/Favorite.ts";
import { isoDate, isoDateOrNull } from "../../http/dates.ts";

/** The wire shape of a favorite (the same as resources' contain[favorite]). */
export const presentFavorite = (f: Favorite) => ({
  id: f.id,
  user_id: f.userId,
  foreign_key: f.foreignKey,
  foreign_model: f.foreignModel,
  created: isoDate(f.created),
  modified: isoDateOrNull(f.modified),
});

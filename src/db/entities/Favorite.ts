import { EntitySchema } from "typeorm";

export interface Favorite {
  id: string;
  userId: string;
  foreignKey: string;
  foreignModel: "Resource";
  created: Date;
  modified: Date | null;
}

export const FavoriteEntity = new EntitySchema<Favorite>({
  name: "Favorite",
  tableName: "favorites",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    userId: { name: "user_id", type: "varchar", length: 36 },
    foreignKey: { name: "foreign_key", type: "varchar", length: 36 },
    foreignModel: { name: "foreign_model", type: "varchar", length: 36 },
    created: { type: "datetime" },
    modified: { type: "datetime", nullable: true },
  },
});

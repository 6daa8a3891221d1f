import { EntitySchema } from "typeorm";

/** One failed-attempt counter of the throttle (src/http/throttle.ts). */
export interface Throttle {
  key: string;
  points: number;
  /** Unix time in milliseconds when the window ends; null: never. */
  expiresMs: number | null;
}

const bigintAsNumber = { to: (v: unknown) => v, from: (v: unknown) => (v === null ? null : Number(v)) };

export const ThrottleEntity = new EntitySchema<Throttle>({
  name: "Throttle",
  tableName: "throttle",
  columns: {
    key: { name: "throttle_key", type: "varchar", length: 191, primary: true },
    points: { type: "int" },
    // bigint on MySQL, INTEGER on SQLite (the migration decides); numbers either way
    expiresMs: { name: "expires_ms", type: "integer", nullable: true, transformer: bigintAsNumber },
  },
});

/**
 * Column and table helpers so that one migration runs on MariaDB/MySQL and on SQLite.
 * UUIDs are CHAR-like varchar(36); datetimes are stored in UTC; text is utf8mb4 on MySQL.
 */
import {
  Table,
  TableIndex,
  type QueryRunner,
  type TableColumnOptions,
  type TableIndexOptions,
} from "typeorm";

export const uuid = (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: "varchar",
  length: "36",
  isNullable: false,
  ...opts,
});
export const primaryUuid = (name = "id"): TableColumnOptions => uuid(name, { isPrimary: true });
export const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
export const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: "text",
  isNullable: nullable,
});
/** MEDIUMTEXT on MySQL (16 MiB), TEXT on SQLite. */
export const longText = (qr: QueryRunner, name: string, nullable = false): TableColumnOptions => ({
  name,
  type: qr.connection.options.type === "mysql" ? "mediumtext" : "text",
  isNullable: nullable,
});
export const datetime = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: "datetime",
  isNullable: nullable,
});
export const bool = (name: string, dflt: boolean): TableColumnOptions => ({
  name,
  type: "boolean",
  isNullable: false,
  default: dflt ? 1 : 0,
});
export const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: "int",
  isNullable: nullable,
});

/** Creates a table: InnoDB + utf8mb4 on MySQL, plain on SQLite. Index names say which query uses them. */
export async function createTable(
  qr: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  indices: TableIndexOptions[] = [],
): Promise<void> {
  const mysql = qr.connection.options.type === "mysql";
  await qr.createTable(
    new Table({
      name,
      columns,
      // TypeORM writes "ENGINE=<engine>" verbatim: this is how the table charset is set.
      engine: mysql ? "InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci" : undefined,
    }),
  );
  for (const index of indices) await qr.createIndex(name, new TableIndex(index));
}

/**
 * What a migration compares: the table model's tables, native enums and the
 * updated_at function, as recorded in each migration's snapshot.json.
 */
import type { SqlEnum, Table, TableModel } from "./table-model";

export interface Schema {
  readonly tables: readonly Table[];
  readonly enums: readonly SqlEnum[];
  readonly updatedAtFunction?: string;
}

export const EMPTY_SCHEMA: Schema = { tables: [], enums: [] };

export function schemaOf(model: TableModel): Schema {
  return { tables: model.tables, enums: model.enums, ...(model.updatedAtFunction ? { updatedAtFunction: model.updatedAtFunction } : {}) };
}

/**
 * Declared renames, resolved against the old schema: new table name -> old
 * table name, and per new table name, new column name -> old column name.
 */
export interface Renames {
  readonly tables: ReadonlyMap<string, string>;
  readonly columns: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export const NO_RENAMES: Renames = { tables: new Map(), columns: new Map() };

/** The same renames seen from the other side, for down.sql. */
export function invertRenames(renames: Renames): Renames {
  const tables = new Map([...renames.tables].map(([n, o]) => [o, n] as const));
  const columns = new Map<string, Map<string, string>>();
  for (const [newTable, cols] of renames.columns) {
    const oldTable = renames.tables.get(newTable) ?? newTable;
    columns.set(oldTable, new Map([...cols].map(([n, o]) => [o, n] as const)));
  }
  return { tables, columns };
}

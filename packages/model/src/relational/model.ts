/**
 * The table model: every table, column, key, constraint and index that
 * schema.sql creates, derived once from the IR. The markdown "Database Schema"
 * section, the ER diagram and the checker read this instead of the IR's models.
 * All names are unquoted identifiers (already shortened to the dialect's limit).
 */
import type { RelationNode } from "@specloom/core";

export type ReferentialAction = NonNullable<RelationNode["onDelete"]>;

export interface ColumnReference {
  readonly table: string;
  readonly column: string;
}

export interface Column {
  readonly name: string;
  /** IR field name; absent for join-table columns. */
  readonly field?: string;
  /** Type as written in the DDL, e.g. `VARCHAR(255)`, `user_role`, `TEXT[]`. */
  readonly sqlType: string;
  readonly notNull: boolean;
  /** Default as SQL text: `'user'`, `0`, `now()`, `gen_random_uuid()`. */
  readonly default?: string;
  readonly primaryKey: boolean;
  /** Unique on its own (constraint, or partial index on soft-deleted tables). */
  readonly unique: boolean;
  readonly comment?: string;
  readonly references?: ColumnReference;
  /** Native enum type name when the column uses one. */
  readonly enumType?: string;
}

export interface ForeignKey {
  /** `fk_<table>_<column>`. */
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  /** The FK may be null: the parent is optional. */
  readonly optional: boolean;
  /** At most one child per parent (one-to-one). */
  readonly unique: boolean;
  /** Navigation name for docs and ER labels (`author`). */
  readonly label: string;
}

export interface UniqueConstraint {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
}

export type CheckKind = "range" | "multiple" | "length" | "pattern" | "values" | "items";

export interface CheckConstraint {
  readonly name: string;
  readonly table: string;
  readonly column?: string;
  readonly kind: CheckKind;
  /** Boolean SQL expression, with identifiers quoted. */
  readonly expression: string;
}

export type IndexOrigin = "explicit" | "fk" | "unique" | "field";

export interface IndexColumnRef {
  readonly name: string;
  readonly order: "asc" | "desc";
}

export interface Index {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly IndexColumnRef[];
  readonly unique: boolean;
  /** Partial-index predicate, as SQL. */
  readonly where?: string;
  /** Why it exists: declared, FK lookup, soft-delete-aware unique, or `indexed: true`. */
  readonly origin: IndexOrigin;
}

export interface Table {
  readonly name: string;
  /** Declaring model; absent for implicit many-to-many join tables. */
  readonly modelName?: string;
  readonly kind: "model" | "join";
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** UNIQUE constraints; on soft-deleted tables uniques are partial indexes instead. */
  readonly uniques: readonly UniqueConstraint[];
  readonly checks: readonly CheckConstraint[];
  readonly indexes: readonly Index[];
  readonly comment?: string;
  readonly softDeleteColumn?: string;
  /** Column the shared set_updated_at() trigger maintains. */
  readonly updatedAtColumn?: string;
}

export interface SqlEnum {
  /** Type name in SQL. */
  readonly name: string;
  /** IR enum name. */
  readonly enumName: string;
  readonly values: readonly string[];
  readonly comment?: string;
}

/** A many-to-many relation and the table that stores it. */
export interface JoinTable {
  readonly table: string;
  /** `implicit`: generated from `relation.joinTable`; `through`: an explicit join model. */
  readonly kind: "implicit" | "through";
  readonly throughModel?: string;
  /** The two related models and the join table's columns pointing at each. */
  readonly left: { readonly model: string; readonly table: string; readonly columns: readonly string[] };
  readonly right: { readonly model: string; readonly table: string; readonly columns: readonly string[] };
  /** `Model.relation` names that declare it. */
  readonly relations: readonly string[];
}

export interface TableModel {
  /** Model tables in declaration order, then implicit join tables. */
  readonly tables: readonly Table[];
  /** Native enum types used by some column (empty with `enums: 'check'`). */
  readonly enums: readonly SqlEnum[];
  readonly joinTables: readonly JoinTable[];
  /** Every table's FKs, in table order. */
  readonly foreignKeys: readonly ForeignKey[];
  /** Name of the trigger function, set when some table has an updated-at column. */
  readonly updatedAtFunction?: string;
}

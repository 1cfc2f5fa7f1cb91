/** One planned change: its SQL, where it runs, and the facts the safety lint reads. */
export type ChangeKind =
  | "create-table"
  | "drop-table"
  | "rename-table"
  | "add-column"
  | "drop-column"
  | "rename-column"
  | "alter-column-type"
  | "set-not-null"
  | "drop-not-null"
  | "set-default"
  | "drop-default"
  | "add-identity"
  | "drop-identity"
  | "alter-identity"
  | "add-primary-key"
  | "drop-primary-key"
  | "rename-primary-key"
  | "rename-constraint"
  | "rename-index"
  | "add-foreign-key"
  | "drop-foreign-key"
  | "add-unique"
  | "drop-unique"
  | "add-check"
  | "drop-check"
  | "create-index"
  | "drop-index"
  | "create-enum"
  | "drop-enum"
  | "add-enum-value"
  | "rewrite-enum"
  | "comment"
  | "updated-at-trigger"
  | "updated-at-function";

/**
 * `before`: outside and ahead of the transaction (ALTER TYPE … ADD VALUE, whose
 * value a transaction could not use); `after`: outside and after it (CREATE
 * INDEX CONCURRENTLY cannot run in a transaction block).
 */
export type Phase = "before" | "transaction" | "after";

export interface Change {
  readonly kind: ChangeKind;
  readonly phase: Phase;
  readonly statements: readonly string[];
  /** Table (name after this migration, or the dropped table's), column, and constraint/index/type name. */
  readonly table?: string;
  readonly column?: string;
  /** Uniques and indexes: their columns. */
  readonly columns?: readonly string[];
  readonly name?: string;
  /** The table existed before this migration, so it may hold rows. */
  readonly existingTable?: boolean;
  /** Old name (renames), old type (type changes), removed values (enums). */
  readonly from?: string;
  readonly to?: string;
  readonly removedValues?: readonly string[];
  /** A new column or SET NOT NULL: whether a default fills existing rows. */
  readonly hasDefault?: boolean;
  /** A new column: declared NOT NULL. */
  readonly notNull?: boolean;
  /** Type changes: every old value fits the new type. */
  readonly widening?: boolean;
  /** PostgreSQL rewrites the table (and its indexes) under an ACCESS EXCLUSIVE lock. */
  readonly rewrite?: boolean;
  /** Indexes: a unique one. */
  readonly unique?: boolean;
  /** Indexes: built with CONCURRENTLY. */
  readonly concurrent?: boolean;
}

/**
 * The per-table facts the entity builder needs, read once from the catalog:
 * keys, single-column FKs, unique groups, parsed checks, indexes by role, and
 * whether the table uses specloom's timestamps / soft-delete conventions.
 */
import { sqlExpressionProblem } from "@specloom/core";
import { parseCheck, tableCheckExpression, type ColumnFact } from "./checks";
import type { CatalogConstraint, CatalogIndex, CatalogTable } from "./catalog";

/** The name specloom gives a constraint it generates, or undefined when it generates none of this shape. */
export function specloomConstraintName(table: string, c: CatalogConstraint): string | undefined {
  if (c.kind === "primary") return `${table}_pkey`;
  if (c.kind === "unique") return `uq_${table}_${c.columns.join("_")}`;
  if (c.kind === "foreign") return `fk_${table}_${c.columns.join("_")}`;
  if (c.kind !== "check") return undefined;
  const parsed = parseCheck(c.definition);
  if (!parsed) return undefined;
  const kinds = new Set(parsed.facts.map((f) => (f.kind === "minimum" || f.kind === "maximum" ? "range" : f.kind === "minLength" ? "length" : f.kind)));
  return kinds.size === 1 ? `ck_${table}_${parsed.column}_${[...kinds][0]}` : undefined;
}

export interface TableFacts {
  readonly primaryKey: readonly string[];
  readonly foreignKeys: ReadonlyMap<string, CatalogConstraint>;
  /** Single-column uniques (constraint, or live-rows partial index under soft delete). */
  readonly uniqueColumns: ReadonlySet<string>;
  /** Multi-column unique groups. */
  readonly uniqueGroups: readonly (readonly string[])[];
  readonly facts: ReadonlyMap<string, readonly ColumnFact[]>;
  /** Checks that are no column tag: `Entity<{ checks }>`, by name, as PostgreSQL prints them. */
  readonly tableChecks: readonly { readonly name: string; readonly expression: string }[];
  /** `Indexed` fields: plain single-column ascending indexes named as specloom names them. */
  readonly indexedColumns: ReadonlySet<string>;
  /** Indexes that need an explicit `indexes` entry. */
  readonly explicitIndexes: readonly CatalogIndex[];
  readonly timestamps: boolean;
  readonly softDelete: boolean;
  /** Constraints, indexes and triggers that are not expressible, with the reason. */
  readonly unsupported: readonly { readonly what: string; readonly detail: string }[];
  /** Constraints that come back under another name or shape. */
  readonly renamed: readonly { readonly what: string; readonly detail: string }[];
}

const LIVE_ROWS = /^\(?deleted_at IS NULL\)?$/;

function isUpdatedAtTrigger(table: CatalogTable, name: string, functionName: string): boolean {
  return functionName === "set_updated_at" && name === `trg_${table.name}_updated_at` && table.columns.some((c) => c.name === "updated_at");
}

/** True when every column is a plain column name and the order ascending or descending. */
const plainColumns = (ix: CatalogIndex): boolean => ix.columns.every((c) => c.isColumn);

/** Whether every single-column FK has an index (or key) leading with its column, as specloom would add. */
export function foreignKeysIndexed(table: CatalogTable): boolean {
  const leading = new Set(table.indexes.filter((i) => !i.where && i.columns[0]?.isColumn).map((i) => i.columns[0]!.expression));
  return table.constraints.filter((c) => c.kind === "foreign" && c.columns.length === 1).every((c) => leading.has(c.columns[0]!));
}

/** `autoFkIndexes`: the project lets specloom add FK indexes (then they are not declared). */
export function tableFacts(table: CatalogTable, autoFkIndexes = true): TableFacts {
  const unsupported: { what: string; detail: string }[] = [];
  const renamed: { what: string; detail: string }[] = [];
  const at = (what: string, detail: string) => unsupported.push({ what: `${what} on table '${table.name}'`, detail });
  const primary = table.constraints.find((c) => c.kind === "primary");
  const primaryKey = primary?.columns ?? [];
  const foreignKeys = new Map<string, CatalogConstraint>();
  const uniqueGroups: string[][] = [];
  const uniqueColumns = new Set<string>();
  const facts = new Map<string, ColumnFact[]>();
  const tableChecks: { name: string; expression: string }[] = [];
  for (const c of table.constraints) {
    if (c.deferrable) at(`constraint '${c.name}'`, "DEFERRABLE is not in the DSL; it is imported as immediate");
    const expected = specloomConstraintName(table.name, c);
    if (c.kind === "check" && parseCheck(c.definition) && !expected) {
      renamed.push({
        what: `check constraint '${c.name}' on table '${table.name}'`,
        detail: "it combines checks of different kinds, which specloom writes as one constraint per kind",
      });
    } else if (expected && expected !== c.name && c.kind !== "foreign") {
      renamed.push({ what: `constraint '${c.name}' on table '${table.name}'`, detail: `specloom names it '${expected}'` });
    }
    if (c.kind === "foreign") {
      if (c.columns.length === 1 && !foreignKeys.has(c.columns[0]!)) foreignKeys.set(c.columns[0]!, c);
      else at(`foreign key '${c.name}'`, "only single-column foreign keys (BelongsTo) are in the DSL");
    } else if (c.kind === "unique") {
      if (c.columns.length === 1) uniqueColumns.add(c.columns[0]!);
      else uniqueGroups.push([...c.columns]);
    } else if (c.kind === "check") {
      const parsed = parseCheck(c.definition);
      const expression = tableCheckExpression(c.definition);
      if (parsed && table.columns.some((col) => col.name === parsed.column))
        facts.set(parsed.column, [...(facts.get(parsed.column) ?? []), ...parsed.facts]);
      else if (expression !== undefined && sqlExpressionProblem(expression) === undefined) tableChecks.push({ name: c.name, expression });
      else at(`check constraint '${c.name}'`, `${c.definition} is neither a column check nor one SQL expression a table check can hold`);
    } else if (c.kind === "exclusion") {
      at(`exclusion constraint '${c.name}'`, c.definition);
    }
  }
  const hasPlainUnique = table.constraints.some((c) => c.kind === "unique");
  const deleted = table.columns.find((c) => c.name === "deleted_at");
  const softDelete = !!deleted && deleted.type === "timestamp with time zone" && !deleted.notNull && deleted.default === null && !hasPlainUnique;

  const indexedColumns = new Set<string>();
  const explicitIndexes: CatalogIndex[] = [];
  const fkColumns = new Set(foreignKeys.keys());
  for (const ix of table.indexes) {
    if (ix.constraint) continue;
    if (ix.method !== "btree" || !plainColumns(ix)) {
      at(`index '${ix.name}'`, ix.method !== "btree" ? `${ix.method} indexes are not in the DSL (btree only)` : "expression indexes are not in the DSL");
      continue;
    }
    const cols = ix.columns.map((c) => c.expression);
    const single = cols.length === 1 && ix.columns[0]!.order === "asc";
    if (
      ix.unique &&
      softDelete &&
      ix.where &&
      LIVE_ROWS.test(ix.where) &&
      ix.name === `uq_${table.name}_${cols.join("_")}` &&
      ix.columns.every((c) => c.order === "asc")
    ) {
      if (cols.length === 1) uniqueColumns.add(cols[0]!);
      else uniqueGroups.push(cols);
      continue;
    }
    // The FK index specloom adds by itself is regenerated, not declared.
    if (autoFkIndexes && !ix.unique && !ix.where && single && fkColumns.has(cols[0]!) && ix.name === `idx_${table.name}_${cols[0]}`) continue;
    if (!ix.unique && !ix.where && single && ix.name === `idx_${table.name}_${cols[0]}`) {
      indexedColumns.add(cols[0]!);
      continue;
    }
    explicitIndexes.push(ix);
  }
  let timestamps = false;
  for (const t of table.triggers) {
    if (isUpdatedAtTrigger(table, t.name, t.functionName)) timestamps = true;
    else at(`trigger '${t.name}'`, `${t.definition}; only specloom's updated_at trigger is in the DSL`);
  }
  return {
    primaryKey,
    foreignKeys,
    uniqueColumns,
    uniqueGroups,
    facts,
    tableChecks,
    indexedColumns,
    explicitIndexes,
    timestamps,
    softDelete,
    unsupported,
    renamed,
  };
}

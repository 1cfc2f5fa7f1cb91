/**
 * The tables the naming and FK-index rules look at. Interim: derived from the
 * IR's `model.table` / `field.column`; switch to emitter-sql's
 * `buildTableModel` once it lands so the rules see exactly what is emitted.
 */
import type { ModelNode, SourceLocation, SpecIR, SpecloomConfig } from "@specloom/core";
import { storedFields } from "./util/models";

export interface CheckerColumn {
  readonly name: string;
  readonly field: string;
  readonly loc: SourceLocation;
}

export interface CheckerForeignKey {
  readonly columns: readonly string[];
  readonly references: string;
  readonly loc: SourceLocation;
}

export interface CheckerTable {
  readonly name: string;
  /** Declaring model; absent for implicit many-to-many join tables. */
  readonly model?: string;
  readonly loc: SourceLocation;
  readonly columns: readonly CheckerColumn[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly CheckerForeignKey[];
  /** Column lists of every index, unique constraint included. */
  readonly indexes: readonly (readonly string[])[];
}

export interface CheckerTables {
  readonly tables: readonly CheckerTable[];
  /** False when emitter-sql adds FK indexes itself, so none can be missing. */
  readonly fkIndexesComplete: boolean;
}

function columnsOf(model: ModelNode): CheckerColumn[] {
  return storedFields(model).map((f) => ({ name: f.column ?? f.name, field: f.name, loc: f.loc }));
}

function tableOf(model: ModelNode, ir: SpecIR): CheckerTable {
  const columns = columnsOf(model);
  const col = (field: string) => columns.find((c) => c.field === field)?.name ?? field;
  const foreignKeys = model.relations.flatMap((r) => {
    if (r.type !== "belongsTo" || !r.foreignKey) return [];
    const target = ir.models.find((m) => m.name === r.target);
    return [{ columns: [col(r.foreignKey)], references: target?.table ?? r.target, loc: r.loc }];
  });
  const indexes = [
    ...model.indexes.map((i) => i.columns.map((c) => col(c.field))),
    ...model.uniques.map((u) => u.map(col)),
    ...model.fields.filter((f) => f.unique || f.indexed).map((f) => [col(f.name)]),
  ];
  return {
    name: model.table,
    model: model.name,
    loc: model.loc,
    columns,
    primaryKey: model.fields.filter((f) => f.primaryKey).map((f) => col(f.name)),
    foreignKeys,
    indexes,
  };
}

/** Implicit join tables, once per pair even when both sides declare the relation. */
function joinTables(ir: SpecIR): CheckerTable[] {
  const byName = new Map<string, CheckerTable>();
  for (const model of ir.models) {
    for (const r of model.relations) {
      if (r.type !== "manyToMany" || r.through || !r.joinTable) continue;
      if (!byName.has(r.joinTable)) {
        byName.set(r.joinTable, { name: r.joinTable, loc: r.loc, columns: [], primaryKey: [], foreignKeys: [], indexes: [] });
      }
    }
  }
  return [...byName.values()];
}

export function buildCheckerTables(ir: SpecIR, config: SpecloomConfig): CheckerTables {
  return {
    tables: [...ir.models.map((m) => tableOf(m, ir)), ...joinTables(ir)],
    fkIndexesComplete: config.sql.autoIndexForeignKeys !== false,
  };
}

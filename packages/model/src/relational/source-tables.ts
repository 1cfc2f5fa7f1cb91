/**
 * The tables the naming, key and FK-index rules look at: emitter-sql's
 * `buildTableModel` (exactly what schema.sql creates, after naming and
 * identifier shortening), with each table, column and FK mapped back to the
 * declaration it came from so diagnostics point at source.
 */
import type { ModelNode, RelationNode, SourceLocation, SpecIR, SpecloomConfig } from "@specloom/core";
import { irIndex } from "../ir-index";
import { buildTableModel } from "./build-tables";
import { nodeMemoWith } from "../node-cache";
import type { Table, TableModel } from "./model";

export interface SourceColumn {
  readonly name: string;
  /** IR field; absent for join-table columns. */
  readonly field?: string;
  readonly loc: SourceLocation;
}

export interface SourceForeignKey {
  readonly columns: readonly string[];
  /** Referenced table. */
  readonly references: string;
  /** Nullable FK column(s): the parent row may be absent. */
  readonly optional: boolean;
  readonly loc: SourceLocation;
}

export interface SourceTable {
  readonly name: string;
  /** Declaring model; absent for implicit many-to-many join tables. */
  readonly model?: string;
  readonly loc: SourceLocation;
  readonly columns: readonly SourceColumn[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly SourceForeignKey[];
  /** Column lists of the PK, UNIQUE constraints and non-partial indexes: what can serve a lookup. */
  readonly lookups: readonly (readonly string[])[];
  /** Join tables: the declared name, when emitter-sql had to rename it because a table already used it. */
  readonly renamedFrom?: string;
}

export interface SourceTables {
  readonly tables: readonly SourceTable[];
  /** The underlying table model, for rules that need more. */
  readonly model: TableModel;
}

function relationAt(ir: SpecIR, qualified: string | undefined): RelationNode | undefined {
  if (!qualified) return undefined;
  const [modelName, relationName] = qualified.split(".");
  return irIndex(ir)
    .models.get(modelName ?? "")
    ?.relations.find((r) => r.name === relationName);
}

function lookupsOf(table: Table): string[][] {
  return [
    [...table.primaryKey],
    ...table.uniques.map((u) => [...u.columns]),
    ...table.indexes.filter((i) => !i.where).map((i) => i.columns.map((c) => c.name)),
  ].filter((l) => l.length > 0);
}

// By the table's identity (kept across watch rebuilds for unchanged models) and its model node.
const modelTable = nodeMemoWith<Table, readonly [ModelNode], ModelNode, SourceTable>((table, model) => deriveModelTable(table, model));

function deriveModelTable(table: Table, model: ModelNode): SourceTable {
  const fieldLoc = (name?: string) => model.fields.find((f) => f.name === name)?.loc ?? model.loc;
  const columns = table.columns.map((c) => ({ name: c.name, ...(c.field ? { field: c.field } : {}), loc: fieldLoc(c.field) }));
  const foreignKeys = table.foreignKeys.map((fk) => {
    const field = columns.find((c) => c.name === fk.columns[0])?.field;
    const relation = model.relations.find((r) => r.relationKind === "belongsTo" && r.foreignKey === field);
    return { columns: fk.columns, references: fk.refTable, optional: fk.optional, loc: relation?.loc ?? fieldLoc(field) };
  });
  return { name: table.name, model: model.name, loc: model.loc, columns, primaryKey: table.primaryKey, foreignKeys, lookups: lookupsOf(table) };
}

function joinTable(table: Table, tm: TableModel, ir: SpecIR): SourceTable {
  const join = tm.joinTables.find((j) => j.table === table.name);
  const relation = relationAt(ir, join?.relations[0]);
  const loc = relation?.loc ?? ir.models[0]?.loc ?? { file: "", line: 1, column: 1 };
  const declared = relation?.joinTable;
  const renamed = declared !== undefined && declared.toLowerCase() !== table.name.toLowerCase() && table.name.startsWith(declared);
  return {
    name: table.name,
    loc,
    columns: table.columns.map((c) => ({ name: c.name, loc })),
    primaryKey: table.primaryKey,
    foreignKeys: table.foreignKeys.map((fk) => ({ columns: fk.columns, references: fk.refTable, optional: fk.optional, loc })),
    lookups: lookupsOf(table),
    ...(renamed ? { renamedFrom: declared } : {}),
  };
}

export function buildSourceTables(ir: SpecIR, config: SpecloomConfig): SourceTables {
  const model = buildTableModel(ir, config.sql);
  const { models } = irIndex(ir);
  const tables = model.tables.map((t) => {
    const source = t.modelName ? models.get(t.modelName) : undefined;
    return source ? modelTable(t, [source], source) : joinTable(t, model, ir);
  });
  return { tables, model };
}

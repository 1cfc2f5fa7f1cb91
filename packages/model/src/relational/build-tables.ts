/** buildTableModel: the single derivation of tables from the IR, shared by every SQL-shaped artifact. */
import type { EnumNode, ModelNode, SpecIR } from "@specloom/core";
import { irIndex } from "../ir-index";
import { buildColumns, modelColumnsFields, softDeleteField, tableChecks, updatedAtField } from "./columns";
import { columnName, docText, nativeEnumNames, primaryKeyFields, tableName, type BuildContext, type SqlConfig } from "./context";
import { postgresDialect, type Dialect } from "./dialect";
import { buildForeignKeys, uniqueGroups } from "./keys";
import { coveringLists, explicitIndexes, fieldIndexes, foreignKeyIndexes, leadsWith, liveRowsPredicate, uniqueKeys } from "./indexes";
import { buildJoinTables } from "./join-tables";
import { cachedModelTable } from "./model-table-cache";
import type { Column, SqlEnum, Table, TableModel } from "./model";

export const UPDATED_AT_FUNCTION = "set_updated_at";

function modelTable(ctx: BuildContext, model: ModelNode): Table {
  const table = tableName(ctx, model);
  const fields = modelColumnsFields(model);
  const primaryKey = primaryKeyFields(model).map((f) => columnName(ctx, model, f.name));
  const built = buildColumns(ctx, model, table, fields, primaryKey);
  const columns = built.columns;
  const checks = [...built.checks, ...tableChecks(ctx, model, table)];
  const softDelete = softDeleteField(model, fields);
  const softDeleteColumn = softDelete && columnName(ctx, model, softDelete.name);
  const updatedAt = updatedAtField(fields);
  const fks = buildForeignKeys(ctx, model, table, fields, columns);

  const explicit = explicitIndexes(ctx, model, table, softDeleteColumn);
  const { uniques, indexes: uniqueIndexes } = uniqueKeys(ctx, table, uniqueGroups(ctx, model, fields, primaryKey), softDeleteColumn);
  const declared = [...explicit, ...uniqueIndexes];
  const byField = fieldIndexes(ctx, model, table, () => coveringLists(primaryKey, uniques, declared));
  const fkIndexes = ctx.config.autoIndexForeignKeys ? foreignKeyIndexes(ctx, table, fks, primaryKey, uniques, [...declared, ...byField]) : [];
  const indexes = [...explicit, ...byField, ...uniqueIndexes, ...fkIndexes];

  // Unique column sets: constraints, full unique indexes, and soft-delete ones (unique among live rows).
  const livePredicate = softDeleteColumn && liveRowsPredicate(ctx, softDeleteColumn);
  const wholeTable = indexes.filter((i) => i.unique && (!i.where || i.where === livePredicate));
  const uniqueLists = [...uniques.map((u) => u.columns), ...wholeTable.map((i) => i.columns.map((c) => c.name))];
  const singleUnique = new Set(uniqueLists.filter((l) => l.length === 1).map((l) => l[0]!));
  const finalColumns: Column[] = columns.map((c) => {
    const fk = fks.find((f) => f.columns.length === 1 && f.columns[0] === c.name);
    return { ...c, unique: singleUnique.has(c.name) && !c.primaryKey, ...(fk ? { references: { table: fk.refTable, column: fk.refColumns[0]! } } : {}) };
  });
  const foreignKeys = fks.map((fk) => ({
    ...fk,
    unique: uniqueLists.concat([primaryKey]).some((l) => l.length === fk.columns.length && leadsWith(l, fk.columns)),
  }));
  const comment = docText(model.docs);
  return {
    name: table,
    modelName: model.name,
    kind: "model",
    columns: finalColumns,
    primaryKey,
    foreignKeys,
    uniques,
    checks,
    indexes,
    ...(comment ? { comment } : {}),
    ...(softDeleteColumn ? { softDeleteColumn } : {}),
    ...(updatedAt ? { updatedAtColumn: columnName(ctx, model, updatedAt.name) } : {}),
  };
}

function sqlEnums(ir: SpecIR, native: ReadonlyMap<string, string>): SqlEnum[] {
  return ir.enums.flatMap((e: EnumNode) => {
    const name = native.get(e.name);
    if (!name) return [];
    const comment = docText(e.docs);
    return [{ name, enumName: e.name, values: e.values.map(String), ...(comment ? { comment } : {}) }];
  });
}

/** Every table, key, constraint, index and enum type that schema.sql creates, in output order. */
/**
 * Table models by IR, config and dialect. The IR is immutable and the checker,
 * SQL, Mermaid and markdown all ask for the same model: derive it once.
 */
const tableModels = new WeakMap<SpecIR, Map<string, TableModel>>();

export function buildTableModel(ir: SpecIR, sqlConfig: SqlConfig, dialect: Dialect = postgresDialect): TableModel {
  const perIr = tableModels.get(ir) ?? new Map<string, TableModel>();
  tableModels.set(ir, perIr);
  const key = `${dialect.constructor.name}\0${JSON.stringify(sqlConfig)}`;
  let model = perIr.get(key);
  if (!model) perIr.set(key, (model = deriveTableModel(ir, sqlConfig, dialect)));
  return model;
}

function deriveTableModel(ir: SpecIR, sqlConfig: SqlConfig, dialect: Dialect): TableModel {
  const { models, enums } = irIndex(ir);
  const base = { ir, config: sqlConfig, dialect, models, enums, nativeEnums: new Map<string, string>(), usedNames: new Set<string>() };
  const tableNames = new Set(ir.models.map((m) => tableName(base, m)));
  const ctx: BuildContext = { ...base, nativeEnums: nativeEnumNames(ir, sqlConfig, dialect, tableNames), usedNames: new Set(tableNames) };
  for (const name of ctx.nativeEnums.values()) ctx.usedNames.add(name);
  // PostgreSQL names primary-key indexes <table>_pkey; keep generated names clear of them.
  for (const t of tableNames) ctx.usedNames.add(`${t}_pkey`);

  const settings = JSON.stringify(sqlConfig);
  const modelTables = ir.models.map((m) => cachedModelTable(ctx, settings, m, modelTable));
  const { tables: joinTables, joins } = buildJoinTables(ctx, modelTables);
  const tables = [...modelTables, ...joinTables];
  const hasUpdatedAt = tables.some((t) => t.updatedAtColumn);
  return {
    tables,
    enums: sqlEnums(ir, ctx.nativeEnums),
    joinTables: joins,
    foreignKeys: tables.flatMap((t) => t.foreignKeys),
    ...(hasUpdatedAt ? { updatedAtFunction: UPDATED_AT_FUNCTION } : {}),
  };
}

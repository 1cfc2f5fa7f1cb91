/**
 * Many-to-many relations: an implicit join table per `relation.joinTable`
 * (once, even when both sides declare it), with a composite primary key and
 * both FKs indexed; explicit `through` models are ordinary tables, only recorded.
 */
import type { ModelNode, RelationNode } from "@specloom/core";
import { inverseRelation } from "../entities";
import { fieldColumnType } from "./columns";
import { columnName, keyColumnName, primaryKeyFields, tableName, uniqueName, type BuildContext } from "./context";
import { foreignKeyIndexes } from "./indexes";
import type { Column, ForeignKey, JoinTable, Table } from "./model";

interface Side {
  readonly model: ModelNode;
  readonly table: string;
  readonly columns: Column[];
}

/** The join columns for `model`'s key: `<prefix>_<pk>`, or the one declared name (single-column keys only). */
function side(ctx: BuildContext, model: ModelNode, prefix: string, declared?: string): Side {
  const keys = primaryKeyFields(model);
  const columns = keys.map((pk) => {
    const name = declared !== undefined && keys.length === 1 ? ctx.dialect.identifier(declared) : keyColumnName(ctx, prefix, pk.name);
    const { sqlType, enumType } = fieldColumnType(ctx, model, pk);
    return {
      name,
      sqlType,
      notNull: true,
      primaryKey: true,
      unique: false,
      references: { table: tableName(ctx, model), column: columnName(ctx, model, pk.name) },
      ...(enumType ? { enumType } : {}),
    };
  });
  return { model, table: tableName(ctx, model), columns };
}

function sideForeignKey(ctx: BuildContext, table: string, s: Side, label: string): ForeignKey {
  return {
    name: ctx.dialect.identifier(`fk_${table}_${s.columns.map((c) => c.name).join("_")}`),
    table,
    columns: s.columns.map((c) => c.name),
    refTable: s.table,
    refColumns: s.columns.map((c) => c.references!.column),
    // A link row means nothing without both ends.
    onDelete: "cascade",
    onUpdate: "no action",
    optional: false,
    unique: false,
    label,
  };
}

/** Same rule as the front end: both table names, sorted, joined by `_`. */
function defaultJoinTableName(ctx: BuildContext, a: ModelNode, b: ModelNode): string {
  const tables = [tableName(ctx, a), tableName(ctx, b)].sort();
  return `${tables[0]}_${tables[1]}`;
}

function implicitJoinTable(
  ctx: BuildContext,
  model: ModelNode,
  target: ModelNode,
  relation: RelationNode,
  name: string,
): { table: Table; join: JoinTable } {
  const back = inverseRelation(model, target, relation);
  // Join columns either side declared (the inverse names them the other way round).
  const left = side(ctx, model, model.name, relation.joinColumn ?? back?.inverseJoinColumn);
  // A self-relation (users following users) needs a second prefix: the relation's name.
  const right = side(ctx, target, target === model ? relation.name : target.name, relation.inverseJoinColumn ?? back?.joinColumn);
  const fks = [sideForeignKey(ctx, name, left, relation.name), sideForeignKey(ctx, name, right, back?.name ?? tableName(ctx, target))];
  const columns = [...left.columns, ...right.columns];
  const primaryKey = columns.map((c) => c.name);
  const table: Table = {
    name,
    kind: "join",
    columns,
    primaryKey,
    foreignKeys: fks,
    uniques: [],
    checks: [],
    indexes: foreignKeyIndexes(ctx, name, fks, primaryKey, [], []),
    comment: `Join table for ${model.name}.${relation.name} and ${target.name}${back ? `.${back.name}` : ""}.`,
  };
  const join: JoinTable = {
    table: name,
    kind: "implicit",
    left: { model: model.name, table: left.table, columns: left.columns.map((c) => c.name) },
    right: { model: target.name, table: right.table, columns: right.columns.map((c) => c.name) },
    relations: [`${model.name}.${relation.name}`, ...(back ? [`${target.name}.${back.name}`] : [])],
  };
  return { table, join };
}

function throughJoin(
  ctx: BuildContext,
  model: ModelNode,
  target: ModelNode,
  relation: RelationNode,
  through: ModelNode,
  tables: readonly Table[],
): JoinTable | undefined {
  const table = tables.find((t) => t.modelName === through.name);
  if (!table) return undefined;
  const pointing = (to: string, skip?: ForeignKey) => table.foreignKeys.find((fk) => fk.refTable === to && fk !== skip);
  const leftFk = pointing(tableName(ctx, model));
  const rightFk = pointing(tableName(ctx, target), leftFk);
  const back = inverseRelation(model, target, relation);
  return {
    table: table.name,
    kind: "through",
    throughModel: through.name,
    left: { model: model.name, table: tableName(ctx, model), columns: [...(leftFk?.columns ?? [])] },
    right: { model: target.name, table: tableName(ctx, target), columns: [...(rightFk?.columns ?? [])] },
    relations: [`${model.name}.${relation.name}`, ...(back ? [`${target.name}.${back.name}`] : [])],
  };
}

/** Join tables in model then relation declaration order; each pair once. */
export function buildJoinTables(ctx: BuildContext, modelTables: readonly Table[]): { tables: Table[]; joins: JoinTable[] } {
  const tables: Table[] = [];
  const joins: JoinTable[] = [];
  const seen = new Set<string>();
  for (const model of ctx.ir.models) {
    for (const relation of model.relations) {
      const target = relation.relationKind === "manyToMany" ? ctx.models.get(relation.targetModel) : undefined;
      if (!target) continue;
      const through = relation.through ? ctx.models.get(relation.through) : undefined;
      if (through) {
        const key = `through:${through.name}`;
        const join = seen.has(key) ? undefined : throughJoin(ctx, model, target, relation, through, modelTables);
        seen.add(key);
        if (join) joins.push(join);
        continue;
      }
      const wanted = ctx.dialect.identifier(relation.joinTable ?? defaultJoinTableName(ctx, model, target));
      if (seen.has(wanted)) continue;
      seen.add(wanted);
      const name = uniqueName(ctx, wanted);
      const { table, join } = implicitJoinTable(ctx, model, target, relation, name);
      tables.push(table);
      joins.push(join);
    }
  }
  return { tables, joins };
}

/** `interface X extends Entity<{…}>` → ModelNode. */
import ts from "typescript";
import {
  columnNameFor,
  didYouMean,
  snakeCase,
  sqlExpressionProblem,
  tableNameFor,
  type CheckNode,
  type FieldNode,
  type IndexNode,
  type ModelNode,
  type RelationNode,
  type TypeNode,
} from "@specloom/core";
import { inverseRelation, referencedField } from "@specloom/model";
import type { FrontendContext } from "./context";
import { readDocs } from "./docs";
import { convertField, representableName } from "./fields";
import { declOf } from "./locate";
import { isAuthoringFile } from "./program";
import { checkOptionKeys } from "./option-keys";
import { readTableChecks } from "./table-checks";
import { entitySchemaName } from "./schema-name-marker";
import { nonNullableTypeOf, asRecord, asString, isTypeHandle, markerOptions, type LiteralValue } from "./type-values";

const ENTITY_PROPERTY = "specloom.entity";

export function isEntity(type: ts.Type, checker: ts.TypeChecker): boolean {
  return !!checker.getPropertyOfType(type, ENTITY_PROPERTY);
}

/**
 * Only a direct `extends Entity<…>` makes a table. An interface that inherits the
 * marker through `Omit<User, …>` is a shape; one that extends a model is reported.
 */
export function entityHeritage(decl: ts.InterfaceDeclaration, checker: ts.TypeChecker): { model: boolean; base?: { name: string; node: ts.Node } } {
  let base: { name: string; node: ts.Node } | undefined;
  for (const clause of decl.heritageClauses ?? []) {
    for (const t of clause.types) {
      const sym = checker.getTypeAtLocation(t).getSymbol();
      const d = sym?.declarations?.[0];
      if (!sym || !d) continue;
      if (isAuthoringFile(d.getSourceFile().fileName)) {
        if (sym.getName() === "Entity") return { model: true };
      } else if (ts.isInterfaceDeclaration(d) && isEntity(checker.getDeclaredTypeOfSymbol(sym), checker)) {
        base ??= { name: sym.getName(), node: t };
      }
    }
  }
  return base ? { model: false, base } : { model: false };
}

interface PendingFk {
  readonly model: ModelNode;
  readonly index: number;
  readonly target: string;
  readonly references?: string;
}

export function convertModel(decl: ts.InterfaceDeclaration, ctx: FrontendContext, pending: PendingFk[]): ModelNode {
  const { checker, config } = ctx;
  const { symbol: sym, type, options, marker } = markerOptions(decl, checker, ENTITY_PROPERTY);
  checkOptionKeys(marker, ctx, decl.name);
  const name = decl.name.text;
  const naming = config.sql.naming;
  const fields: FieldNode[] = [];
  const relations: RelationNode[] = [];
  const fks: { index: number; target: string; references?: string }[] = [];
  for (const prop of checker.getPropertiesOfType(type)) {
    if (prop.getName().startsWith("specloom.") || !representableName(prop, ctx, declOf(prop) ?? decl)) continue;
    const { field, converted } = convertField(prop, checker.getTypeOfSymbol(prop), ctx, name, 0, decl);
    const rel = converted.facts.relation;
    const column = columnNameFor(field.name, naming, converted.facts.column);
    if (!rel) {
      fields.push({ ...field, column });
      continue;
    }
    const targetSym = rel.target.getSymbol();
    if (!targetSym || !isEntity(rel.target, checker)) {
      const targetName = ctx.typeText(rel.target);
      ctx.report("relation-target-not-model", { field: field.name, target: targetName, hint: didYouMean(targetName, ctx.modelNames()) }, field.loc);
      continue;
    }
    const target = targetSym.getName();
    const o = rel.options;
    const through = isTypeHandle(o.through) ? o.through.typeHandle.getSymbol()?.getName() : undefined;
    relations.push({
      kind: "relation",
      relationKind: rel.type,
      name: field.name,
      targetModel: target,
      ...(rel.type === "belongsTo" ? { foreignKey: field.name } : asString(o.foreignKey) ? { foreignKey: asString(o.foreignKey) } : {}),
      ...(asString(o.references) ? { references: asString(o.references) } : {}),
      ...(asString(o.onDelete) ? { onDelete: asString(o.onDelete) as RelationNode["onDelete"] } : {}),
      ...(asString(o.onUpdate) ? { onUpdate: asString(o.onUpdate) as RelationNode["onUpdate"] } : {}),
      ...(asString(o.as) ? { as: asString(o.as) } : {}),
      ...(through ? { through } : {}),
      ...(rel.type === "manyToMany" && !through ? { joinTable: asString(o.table) ?? "" } : {}),
      ...(asString(o.joinColumn) ? { joinColumn: asString(o.joinColumn) } : {}),
      ...(asString(o.inverseJoinColumn) ? { inverseJoinColumn: asString(o.inverseJoinColumn) } : {}),
      optional: field.optional || field.nullable,
      docs: field.docs,
      loc: field.loc,
    });
    if (rel.type === "belongsTo") {
      fks.push({ index: fields.length, target, ...(asString(o.references) ? { references: asString(o.references) } : {}) });
      fields.push({ ...field, column });
    }
  }
  const timestamps = options.timestamps === true;
  const softDelete = options.softDelete === true;
  const declared = new Set(fields.map((f) => f.name));
  const implicit = (fieldName: string, origin: "timestamps" | "softDelete"): FieldNode => ({
    kind: "field",
    name: fieldName,
    column: columnNameFor(fieldName, naming),
    type: { kind: "primitive", name: "string", constraints: { format: "date-time" } },
    optional: origin === "softDelete",
    nullable: origin === "softDelete",
    visibility: "readOnly",
    ...(origin === "timestamps" ? { default: { kind: "sqlDefault", expr: "now()" } as const } : {}),
    origin,
    docs: { summary: origin === "softDelete" ? "Soft delete marker" : fieldName === "created_at" ? "Creation time" : "Last update time" },
    loc: ctx.loc(decl.name),
  });
  if (timestamps) {
    for (const f of ["created_at", "updated_at"]) {
      const own = fields.find((x) => x.name === f);
      if (!own) fields.push(implicit(f, "timestamps"));
      else if (!(own.type.kind === "primitive" && own.type.name === "string" && own.type.constraints?.format === "date-time")) {
        // The update trigger writes now() into it; anything but a timestamp breaks at run time.
        ctx.report(
          "invalid-option",
          { what: "entity option", detail: `timestamps: true manages '${f}', which is declared with another type; declare it as DateTime or drop it` },
          own.loc,
        );
      }
    }
  }
  if (softDelete && !declared.has("deleted_at")) fields.push(implicit("deleted_at", "softDelete"));

  const model: ModelNode = {
    kind: "model",
    name,
    table: tableNameFor(name, naming, asString(options.table)),
    ...withSchemaName(entitySchemaName(options.schemaName, name, ctx, schemaNameNode(marker, ctx) ?? decl.name)),
    fields,
    relations,
    indexes: readIndexes(options.indexes, ctx, optionEntryNodes(marker, "indexes", ctx) ?? [], decl),
    uniques: Array.isArray(options.unique)
      ? options.unique.filter(Array.isArray).map((g) => (g as LiteralValue[]).filter((x): x is string => typeof x === "string"))
      : [],
    ...withChecks(readTableChecks(marker, ctx, decl)),
    softDelete,
    timestamps,
    docs: readDocs(sym, checker).docs,
    loc: ctx.loc(decl.name),
  };
  for (const fk of fks) pending.push({ model, ...fk });
  return model;
}

/** `schemaName` only when declared, so IRs without it stay as they were. */
function withSchemaName(schemaName: string | undefined): { schemaName?: string } {
  return schemaName ? { schemaName } : {};
}

/** `checks` only when some are declared, so IRs without them stay as they were. */
function withChecks(checks: CheckNode[]): { checks?: CheckNode[] } {
  return checks.length > 0 ? { checks } : {};
}

/** Where `schemaName` is written, for its diagnostic. */
function schemaNameNode(marker: ts.Symbol | undefined, ctx: FrontendContext): ts.Node | undefined {
  const options = marker && nonNullableTypeOf(marker, ctx.checker);
  return (options && ctx.checker.getPropertyOfType(options, "schemaName"))?.declarations?.[0];
}

/** The declarations of an option's tuple entries (`indexes: [{…}, {…}]`), for positions. */
function optionEntryNodes(marker: ts.Symbol | undefined, key: string, ctx: FrontendContext): (ts.Node | undefined)[] | undefined {
  const { checker } = ctx;
  const options = marker && nonNullableTypeOf(marker, checker);
  const prop = options && checker.getPropertyOfType(options, key);
  if (!prop) return undefined;
  const list = nonNullableTypeOf(prop, checker);
  if (!checker.isTupleType(list)) return [];
  return checker.getTypeArguments(list as ts.TypeReference).map((t) => t.getSymbol()?.declarations?.[0] ?? declOf(prop));
}

function readIndexes(
  value: LiteralValue | undefined,
  ctx: FrontendContext,
  nodes: readonly (ts.Node | undefined)[],
  decl: ts.InterfaceDeclaration,
): IndexNode[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i) => {
    const r = asRecord(v);
    const node = nodes[i] ?? decl.name;
    if (!r || !Array.isArray(r.columns)) return [];
    if (r.columns.length === 0) {
      ctx.report("invalid-option", { what: "index", detail: `${asString(r.name) ? `'${asString(r.name)}'` : `#${i + 1}`} has no columns` }, node);
      return [];
    }
    const columns = r.columns.flatMap((c) => {
      if (typeof c === "string") return [{ field: c, order: "asc" as const }];
      if (Array.isArray(c) && typeof c[0] === "string") return [{ field: c[0], order: c[1] === "desc" ? ("desc" as const) : ("asc" as const) }];
      return [];
    });
    // The predicate is written into schema.sql as SQL: it must be one expression and nothing more.
    const whereProblem = asString(r.where) !== undefined ? sqlExpressionProblem(asString(r.where)!) : undefined;
    if (whereProblem) {
      ctx.report("invalid-option", { what: "index 'where' predicate", detail: `${whereProblem}; write one SQL boolean expression` }, decl.name);
      return [];
    }
    return [
      {
        kind: "index" as const,
        ...(asString(r.name) ? { name: asString(r.name) } : {}),
        columns,
        unique: r.unique === true,
        ...(asString(r.where) ? { where: asString(r.where) } : {}),
        loc: ctx.loc(node),
      },
    ];
  });
}

/**
 * Most foreign keys reference a primary key, found once per target model: models are never changed once
 * built, and watch mode keeps unchanged ones, so the answer holds across rebuilds.
 */
const primaryKeys = new WeakMap<ModelNode, ReturnType<typeof referencedField>>();

/** Second pass: FK fields take the target's primary key type; implicit names resolve. */
export function resolveRelations(models: ModelNode[], pending: readonly PendingFk[]): ModelNode[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const fkTypes = new Map<ModelNode, Map<number, TypeNode>>();
  const keyOf = (target: ModelNode, p: PendingFk) => {
    if (p.references) return referencedField(target, p);
    if (!primaryKeys.has(target)) primaryKeys.set(target, referencedField(target, p));
    return primaryKeys.get(target);
  };
  for (const p of pending) {
    const target = byName.get(p.target);
    const pk = target && keyOf(target, p);
    if (!pk) continue;
    const t: TypeNode = pk.type;
    if (!fkTypes.has(p.model)) fkTypes.set(p.model, new Map());
    fkTypes.get(p.model)!.set(p.index, t);
  }
  return models.map((m) => {
    const types = fkTypes.get(m);
    const fields = types ? m.fields.map((f, i) => (types.has(i) ? { ...f, type: types.get(i)! } : f)) : m.fields;
    const relations = m.relations.map((r) => {
      if (r.relationKind === "manyToMany" && r.joinTable === "") {
        const other = byName.get(r.targetModel);
        const tables = [m.table, other?.table ?? snakeCase(r.targetModel)].sort();
        return { ...r, joinTable: `${tables[0]}_${tables[1]}` };
      }
      if ((r.relationKind === "hasMany" || r.relationKind === "hasOne") && !r.foreignKey) {
        const target = byName.get(r.targetModel);
        // Only an unambiguous back reference; several are reported by checkModels.
        const candidates = target?.relations.filter((b) => b.relationKind === "belongsTo" && b.targetModel === m.name) ?? [];
        const back = target && candidates.length === 1 ? inverseRelation(m, target, r) : undefined;
        return back ? { ...r, foreignKey: back.foreignKey } : r;
      }
      return r;
    });
    return { ...m, fields, relations };
  });
}

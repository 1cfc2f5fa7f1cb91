/** Model fields to columns: names, types (FKs take their target's key type), nullability, defaults, checks. */
import type { FieldNode, ModelNode, RelationNode } from "@specloom/core";
import { belongsToFor, referencedField } from "../entities";
import { columnType, type ColumnType } from "./column-types";
import { columnName, docText, storedFields, type BuildContext } from "./context";
import type { CheckConstraint, Column } from "./model";

const SYNTHETIC_DOCS: Record<string, string> = {
  createdAt: "When the row was created.",
  updatedAt: "When the row was last updated; maintained by set_updated_at().",
  deletedAt: "Soft delete: set instead of deleting the row.",
};

function isNamed(field: FieldNode, ...names: string[]): boolean {
  return names.includes(field.name) || (field.column !== undefined && names.includes(field.column));
}

function synthetic(model: ModelNode, name: "createdAt" | "updatedAt" | "deletedAt", origin: "timestamps" | "softDelete"): FieldNode {
  const dateTime = { kind: "primitive", name: "string", constraints: { format: "date-time" } } as const;
  return {
    kind: "field",
    name,
    type: dateTime,
    optional: origin === "softDelete",
    nullable: origin === "softDelete",
    visibility: "readOnly",
    ...(origin === "timestamps" ? { default: { kind: "sqlDefault", expr: "now()" } as const } : {}),
    origin,
    docs: { summary: SYNTHETIC_DOCS[name] },
    loc: model.loc,
  };
}

/** Stored fields plus the entity-option columns the front end did not add (hand-built IR). */
export function modelColumnsFields(model: ModelNode): FieldNode[] {
  const fields = storedFields(model);
  const has = (...names: string[]) => fields.some((f) => isNamed(f, ...names));
  if (model.timestamps && !has("createdAt", "created_at")) fields.push(synthetic(model, "createdAt", "timestamps"));
  if (model.timestamps && !has("updatedAt", "updated_at")) fields.push(synthetic(model, "updatedAt", "timestamps"));
  if (model.softDelete && !has("deletedAt", "deleted_at")) fields.push(synthetic(model, "deletedAt", "softDelete"));
  return fields;
}

export function updatedAtField(fields: readonly FieldNode[]): FieldNode | undefined {
  return fields.find((f) => isNamed(f, "updatedAt", "updated_at"));
}

export function softDeleteField(model: ModelNode, fields: readonly FieldNode[]): FieldNode | undefined {
  if (!model.softDelete) return undefined;
  return fields.find((f) => f.origin === "softDelete") ?? fields.find((f) => isNamed(f, "deletedAt", "deleted_at"));
}

/** The target field a belongsTo points at: `references`, else the target's primary key. */
export function referencedColumnField(ctx: BuildContext, relation: RelationNode): { model: ModelNode; field: FieldNode } | undefined {
  const target = ctx.models.get(relation.targetModel);
  const field = target && referencedField(target, relation);
  return target && field ? { model: target, field } : undefined;
}

/** Column type; a FK column takes the type of the column it references. */
export function fieldColumnType(ctx: BuildContext, model: ModelNode, field: FieldNode, seen = new Set<string>()): ColumnType {
  const relation = belongsToFor(model, field);
  const target = relation ? referencedColumnField(ctx, relation) : undefined;
  const key = `${model.name}.${field.name}`;
  if (target && !seen.has(key)) {
    seen.add(key);
    const { sqlType, enumType } = fieldColumnType(ctx, target.model, target.field, seen);
    return { sqlType, ...(enumType ? { enumType } : {}), checks: [] };
  }
  const column = ctx.dialect.quoteIdent(columnName(ctx, model, field.name));
  return columnType(field.type, { dialect: ctx.dialect, nativeEnums: ctx.nativeEnums, enums: ctx.enums, column });
}

function defaultSql(ctx: BuildContext, field: FieldNode): string | undefined {
  const d = field.default;
  if (!d) return undefined;
  if (d.kind === "sqlDefault") return d.expr;
  return d.value === null ? undefined : ctx.dialect.literal(d.value);
}

export interface ModelColumns {
  readonly columns: Column[];
  readonly checks: CheckConstraint[];
}

export function buildColumns(
  ctx: BuildContext,
  model: ModelNode,
  table: string,
  fields: readonly FieldNode[],
  primaryKey: readonly string[],
): ModelColumns {
  const columns: Column[] = [];
  const checks: CheckConstraint[] = [];
  for (const field of fields) {
    const name = columnName(ctx, model, field.name);
    const type = fieldColumnType(ctx, model, field);
    const isPk = primaryKey.includes(name);
    const comment = docText(field.docs);
    const dflt = defaultSql(ctx, field);
    columns.push({
      name,
      field: field.name,
      sqlType: type.sqlType,
      // PostgreSQL makes an identity column NOT NULL whatever the declaration says.
      notNull: isPk || !!field.identity || !columnNullable(field),
      ...(dflt !== undefined ? { default: dflt } : {}),
      ...(field.identity ? { identity: field.identity } : {}),
      primaryKey: isPk,
      unique: false,
      ...(comment ? { comment } : {}),
      ...(type.enumType ? { enumType: type.enumType } : {}),
    });
    for (const check of type.checks) {
      checks.push({
        name: ctx.dialect.identifier(`ck_${table}_${name}_${check.kind}`),
        table,
        column: name,
        kind: check.kind,
        expression: check.expression,
      });
    }
  }
  return { columns, checks };
}

/** The model's declared table checks, under the names the spec gave them. */
export function tableChecks(ctx: BuildContext, model: ModelNode, table: string): CheckConstraint[] {
  return (model.checks ?? []).map((c) => ({ name: ctx.dialect.identifier(c.name), table, kind: "table", expression: c.expression }));
}

/**
 * API optionality (`?`) and nullability (`| null`) are separate; the column is
 * NULL exactly when a valid create request can leave it without a value: the
 * field is `| null`, or optional with no Default to fill it (the API then omits
 * the property for a NULL). `a?: T & Default<…>` is NOT NULL. README, "Optional,
 * nullable and the column", has the table.
 */
export function columnNullable(field: FieldNode): boolean {
  return field.nullable || (field.optional && field.default === undefined);
}

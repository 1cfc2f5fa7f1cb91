/**
 * IR value types to SQL column types, plus the CHECK expressions a type
 * implies (lengths, bounds, patterns, enum-like literal sets).
 */
import type { EnumNode, PrimitiveType, TypeNode } from "@specloom/core";
import { varcharFits, type Dialect } from "./dialect";
import type { CheckKind } from "./model";

export interface TypeCheck {
  readonly kind: CheckKind;
  readonly expression: string;
}

export interface ColumnType {
  readonly sqlType: string;
  readonly enumType?: string;
  readonly checks: readonly TypeCheck[];
}

export interface TypeContext {
  readonly dialect: Dialect;
  /** IR enum name -> native SQL type name, for enums rendered natively. */
  readonly nativeEnums: ReadonlyMap<string, string>;
  readonly enums: ReadonlyMap<string, EnumNode>;
  /** The column, quoted, as it appears in CHECK expressions. */
  readonly column: string;
}

type Literal = string | number | boolean;

function primitiveChecks(type: PrimitiveType, ctx: TypeContext): TypeCheck[] {
  const c = type.constraints ?? {};
  const { dialect, column } = ctx;
  const checks: TypeCheck[] = [];
  const numeric = type.name === "integer" || type.name === "number" || c.format === "decimal";
  // UUID, date, decimal and binary columns are not text: char_length and ~ do not apply to them.
  const text = type.name === "string" && !["uuid", "date-time", "date", "decimal", "binary"].includes(c.format ?? "");
  const bounds: string[] = [];
  if (c.minimum !== undefined) bounds.push(`${column} >= ${c.minimum}`);
  if (c.maximum !== undefined) bounds.push(`${column} <= ${c.maximum}`);
  if (c.exclusiveMinimum !== undefined) bounds.push(`${column} > ${c.exclusiveMinimum}`);
  if (c.exclusiveMaximum !== undefined) bounds.push(`${column} < ${c.exclusiveMaximum}`);
  if (bounds.length > 0 && numeric) checks.push({ kind: "range", expression: bounds.join(" AND ") });
  if (numeric && c.multipleOf !== undefined) checks.push({ kind: "multiple", expression: dialect.multipleOfExpression(column, c.multipleOf) });
  const lengths: string[] = [];
  if (text && c.minLength !== undefined && c.minLength > 0) lengths.push(`${dialect.lengthExpression(column)} >= ${c.minLength}`);
  // A MaxLength VARCHAR cannot carry (0, or above PostgreSQL's limit: real APIs declare both) is a CHECK on TEXT.
  if (text && c.maxLength !== undefined && !varcharFits(c.maxLength)) lengths.push(`${dialect.lengthExpression(column)} <= ${c.maxLength}`);
  if (lengths.length > 0) checks.push({ kind: "length", expression: lengths.join(" AND ") });
  if (text && c.pattern !== undefined) {
    const match = dialect.regexMatch(column, c.pattern);
    if (match) checks.push({ kind: "pattern", expression: match });
  }
  return checks;
}

/** `col IN ('a', 'b')`, or `col = 'a'` for a single value. */
function valuesCheck(values: readonly Literal[], ctx: TypeContext): TypeCheck {
  // Mixed sets are stored as text, so every value is compared as text.
  const mixed = new Set(values.map((v) => typeof v)).size > 1;
  const list = values.map((v) => ctx.dialect.literal(mixed ? String(v) : v));
  const expression = list.length === 1 ? `${ctx.column} = ${list[0]}` : `${ctx.column} IN (${list.join(", ")})`;
  return { kind: "values", expression };
}

/** Base type for a set of literal values stored without a native enum. */
function literalBaseType(values: readonly Literal[], dialect: Dialect): string {
  if (values.every((v) => typeof v === "boolean")) return dialect.primitiveType({ kind: "primitive", name: "boolean" });
  if (values.every((v) => typeof v === "number")) {
    const integer = values.every((v) => Number.isInteger(v));
    return dialect.primitiveType({ kind: "primitive", name: integer ? "integer" : "number" });
  }
  return dialect.primitiveType({ kind: "primitive", name: "string" });
}

function literalSet(type: TypeNode): Literal[] | undefined {
  if (type.kind === "literal") return [type.value];
  if (type.kind !== "union") return undefined;
  const values: Literal[] = [];
  for (const v of type.variants) {
    if (v.kind !== "literal") return undefined;
    values.push(v.value);
  }
  return values;
}

export function columnType(type: TypeNode, ctx: TypeContext): ColumnType {
  const { dialect } = ctx;
  const json: ColumnType = { sqlType: dialect.jsonType, checks: [] };
  switch (type.kind) {
    case "primitive":
      if (type.name === "unknown" || type.name === "null") return json;
      return { sqlType: dialect.primitiveType(type), checks: primitiveChecks(type, ctx) };
    case "literal":
    case "union": {
      const values = literalSet(type);
      if (!values) return json;
      return { sqlType: literalBaseType(values, dialect), checks: [valuesCheck(values, ctx)] };
    }
    case "ref": {
      if (type.refKind !== "enum") return json;
      const native = ctx.nativeEnums.get(type.name);
      if (native) return { sqlType: dialect.quoteIdent(native), enumType: native, checks: [] };
      const values = ctx.enums.get(type.name)?.values ?? [];
      if (values.length === 0) return { sqlType: literalBaseType(values, dialect), checks: [] };
      return { sqlType: literalBaseType(values, dialect), checks: [valuesCheck(values, ctx)] };
    }
    case "array":
      return arrayColumnType(type.items, type.minItems, type.maxItems, ctx);
    case "object":
    case "record":
      return { ...json, checks: propertyCountChecks(type.minProperties, type.maxProperties, ctx) };
    default:
      return json;
  }
}

/** `MinProperties`/`MaxProperties` on a JSON object column. */
function propertyCountChecks(min: number | undefined, max: number | undefined, ctx: TypeContext): TypeCheck[] {
  const count = ctx.dialect.propertyCountExpression(ctx.column);
  const bounds: string[] = [];
  if (count && min !== undefined && min > 0) bounds.push(`${count} >= ${min}`);
  if (count && max !== undefined) bounds.push(`${count} <= ${max}`);
  return bounds.length > 0 ? [{ kind: "properties", expression: bounds.join(" AND ") }] : [];
}

function arrayColumnType(items: TypeNode, minItems: number | undefined, maxItems: number | undefined, ctx: TypeContext): ColumnType {
  const { dialect, column } = ctx;
  const json: ColumnType = { sqlType: dialect.jsonType, checks: [] };
  if (items.kind === "array") return json;
  const inner = columnType(items, { ...ctx, column: "v" });
  const arrayType = inner.sqlType === dialect.jsonType ? undefined : dialect.arrayType(inner.sqlType);
  if (!arrayType) return json;
  const checks: TypeCheck[] = [];
  const count = dialect.cardinalityExpression(column);
  const bounds: string[] = [];
  if (count && minItems !== undefined && minItems > 0) bounds.push(`${count} >= ${minItems}`);
  if (count && maxItems !== undefined) bounds.push(`${count} <= ${maxItems}`);
  if (bounds.length > 0) checks.push({ kind: "items", expression: bounds.join(" AND ") });
  const values = literalSet(items) ?? (items.kind === "ref" && !inner.enumType ? ctx.enums.get(items.name)?.values : undefined);
  if (values && values.length > 0) {
    // Every element must be one of the values: the array is contained in the set.
    const list = values.map((v) => dialect.literal(v)).join(", ");
    checks.push({ kind: "values", expression: `${column} <@ ARRAY[${list}]::${arrayType}` });
  }
  return { sqlType: arrayType, ...(inner.enumType ? { enumType: inner.enumType } : {}), checks };
}

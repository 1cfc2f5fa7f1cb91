/** Shared lookups for building the table model: names, fields, enums. */
import {
  camelCase,
  columnNameFor,
  snakeCase,
  tableNameFor,
  type EnumNode,
  type ModelNode,
  type SpecIR,
  type SpecloomConfig,
  type TypeNode,
} from "@specloom/core";
import { findField, storedFields } from "../entities";
import type { Dialect } from "./dialect";
import { nodeMemo } from "../node-cache";

export { findField, primaryKeyFields, storedFields } from "../entities";

export type SqlConfig = SpecloomConfig["sql"];

export interface BuildContext {
  readonly ir: SpecIR;
  readonly config: SqlConfig;
  readonly dialect: Dialect;
  readonly models: ReadonlyMap<string, ModelNode>;
  readonly enums: ReadonlyMap<string, EnumNode>;
  /** IR enum name -> SQL type name, for enums created with CREATE TYPE. */
  readonly nativeEnums: ReadonlyMap<string, string>;
  /** Relation names already taken in the schema (tables, indexes, constraints backed by indexes). */
  readonly usedNames: NameSet;
}

/** What the build asks of the taken names (a Set; a journal when a model's table may be reused). */
export interface NameSet {
  has(name: string): boolean;
  add(name: string): void;
}

export function tableName(ctx: BuildContext, model: ModelNode): string {
  return ctx.dialect.identifier(model.table || tableNameFor(model.name, ctx.config.naming));
}

export function columnName(ctx: BuildContext, model: ModelNode, fieldName: string): string {
  const field = findField(model, fieldName);
  return ctx.dialect.identifier(field?.column ?? columnNameFor(field?.name ?? fieldName, ctx.config.naming));
}

/** A column name for a generated key column, `post_id` / `postId`, from model and field names. */
export function keyColumnName(ctx: BuildContext, prefix: string, fieldName: string): string {
  const camel = camelCase(prefix) + fieldName[0]!.toUpperCase() + fieldName.slice(1);
  return ctx.dialect.identifier(columnNameFor(camel, ctx.config.naming));
}

function enumRefs(type: TypeNode): string[] {
  if (type.kind === "ref" && type.refKind === "enum") return [type.name];
  if (type.kind === "array") return enumRefs(type.items);
  return [];
}

/** The enums a model's columns use, by node: watch mode keeps unchanged models, so an edit rescans only its own. */
const enumsUsedBy = nodeMemo((model: ModelNode): readonly string[] => storedFields(model).flatMap((f) => enumRefs(f.type)));

/**
 * Enums that get a native type: used by some column, string-valued, every
 * label short enough for the database (longer ones would make CREATE TYPE
 * fail; those enums stay text columns with a CHECK), and the config asks for it.
 */
export function nativeEnumNames(ir: SpecIR, config: SqlConfig, dialect: Dialect, tables: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (config.enums !== "native" || !dialect.supportsNativeEnums) return out;
  const used = new Set<string>();
  for (const m of ir.models) for (const name of enumsUsedBy(m)) used.add(name);
  for (const e of ir.enums) {
    if (
      !used.has(e.name) ||
      e.values.length === 0 ||
      !e.values.every((v) => typeof v === "string" && Buffer.byteLength(v, "utf8") <= dialect.maxIdentifierBytes)
    )
      continue;
    let name = dialect.identifier(config.naming === "snake_case" ? snakeCase(e.name) : e.name);
    // Tables own a row type of the same name, so a clash would fail CREATE TYPE.
    if (tables.has(name)) name = dialect.identifier(`${name}_enum`);
    out.set(e.name, name);
  }
  return out;
}

/** Reserves a schema-wide relation name, adding `_2`, `_3`… when it is taken. */
export function uniqueName(ctx: BuildContext, wanted: string): string {
  let name = ctx.dialect.identifier(wanted);
  for (let n = 2; ctx.usedNames.has(name); n++) name = ctx.dialect.identifier(`${wanted}_${n}`);
  ctx.usedNames.add(name);
  return name;
}

export function docText(docs: { readonly summary?: string; readonly description?: string }): string | undefined {
  const text = (docs.description ?? docs.summary)?.trim();
  return text ? text : undefined;
}

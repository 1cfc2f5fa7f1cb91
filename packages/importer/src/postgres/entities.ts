/**
 * One table to one entity: columns become fields with the DSL's tags, table
 * conventions become entity options, and whatever has no DSL form is
 * collected for a diagnostic instead of being dropped.
 */
import { columnNameFor, snakeCase, tableNameFor, tsStringLiteral } from "@specloom/core";
import type { CatalogColumn, CatalogTable } from "./catalog";
import type { ColumnFact } from "./checks";
import { dslType } from "./column-types";
import { parseDefault } from "./defaults";
import type { TableFacts } from "./table-facts";
import type { OptionValue, SpecEntity, SpecField } from "../spec-model";

export interface EntityContext {
  /** Model name of a table, for BelongsTo targets. */
  modelOf(table: string): string | undefined;
  /** TS enum type name of a SQL enum. */
  readonly enumOf: (sqlName: string) => string | undefined;
  /** Primary-key columns of a table. */
  primaryKeyOf(table: string): readonly string[];
  use(...names: string[]): void;
  useModel(name: string): void;
  lossy(what: string, detail: string): void;
  unsupported(what: string, detail: string): void;
}

const IMPLICIT_DOCS: Record<string, string> = { created_at: "Creation time", updated_at: "Last update time", deleted_at: "Soft delete marker" };

function factTags(facts: readonly ColumnFact[], ctx: EntityContext): { tags: string[]; values?: readonly (string | number)[] } {
  const tags: string[] = [];
  let values: readonly (string | number)[] | undefined;
  for (const f of facts) {
    if (f.kind === "minLength") {
      tags.push(`MinLength<${f.value}>`);
      ctx.use("MinLength");
    } else if (f.kind === "minimum" || f.kind === "maximum") {
      const tag = f.kind === "minimum" ? "Minimum" : "Maximum";
      tags.push(`${tag}<${f.value}>`);
      ctx.use(tag);
    } else if (f.kind === "pattern") {
      tags.push(`Pattern<${tsStringLiteral(f.regex)}>`);
      ctx.use("Pattern");
    } else if (f.kind === "values") values = f.values;
  }
  return { tags, values };
}

function defaultTag(column: CatalogColumn, where: string, ctx: EntityContext): string | undefined {
  if (column.default === null) return undefined;
  const parsed = parseDefault(column.default);
  if (!parsed.ok) {
    ctx.unsupported(`default of ${where}`, parsed.reason);
    return undefined;
  }
  if (parsed.note) ctx.lossy(`default of ${where}`, parsed.note);
  ctx.use("Default");
  const v = parsed.value;
  const literal = v.kind === "sql" ? tsStringLiteral(v.expr) : typeof v.value === "string" ? tsStringLiteral(v.value) : String(v.value);
  return `Default<${literal}>`;
}

function foreignKeyType(column: CatalogColumn, table: CatalogTable, facts: TableFacts, ctx: EntityContext): string | undefined {
  const fk = facts.foreignKeys.get(column.name);
  if (!fk || !fk.refTable) return undefined;
  const target = ctx.modelOf(fk.refTable);
  if (!target) return undefined;
  ctx.use("BelongsTo");
  ctx.useModel(target);
  const options: string[] = [];
  if (fk.onDelete !== "no action") options.push(`onDelete: ${tsStringLiteral(fk.onDelete)}`);
  if (fk.onUpdate !== "no action") options.push(`onUpdate: ${tsStringLiteral(fk.onUpdate)}`);
  const targetKey = ctx.primaryKeyOf(fk.refTable);
  if (!(targetKey.length === 1 && targetKey[0] === fk.refColumns[0])) options.push(`references: ${tsStringLiteral(fk.refColumns[0]!)}`);
  if (fk.name !== `fk_${table.name}_${column.name}`)
    ctx.lossy(`foreign key '${fk.name}' on table '${table.name}'`, `it is named fk_${table.name}_${column.name} by specloom`);
  return options.length > 0 ? `BelongsTo<${target}, { ${options.join("; ")} }>` : `BelongsTo<${target}>`;
}

function field(column: CatalogColumn, table: CatalogTable, facts: TableFacts, ctx: EntityContext): SpecField {
  const where = `column '${table.name}.${column.name}'`;
  if (column.identity)
    ctx.unsupported(`identity of ${where}`, "identity columns are not in the DSL yet; the column is imported without GENERATED … AS IDENTITY");
  if (column.generated) ctx.unsupported(`generation of ${where}`, "generated columns are not in the DSL; the column is imported as a plain column");
  const tags: string[] = [];
  const fkType = foreignKeyType(column, table, facts, ctx);
  let base = fkType;
  if (!base) {
    const mapped = dslType(column, ctx.enumOf);
    if (mapped.lossy) ctx.lossy(`type of ${where}`, mapped.lossy);
    ctx.use(...mapped.imports);
    base = mapped.base;
    tags.push(...mapped.tags);
  }
  const { tags: checkTags, values } = factTags(facts.facts.get(column.name) ?? [], ctx);
  if (values && !fkType) base = values.map((v) => (typeof v === "string" ? tsStringLiteral(v) : String(v))).join(" | ");
  tags.push(...checkTags);
  if (facts.primaryKey.includes(column.name)) {
    tags.push("PrimaryKey");
    ctx.use("PrimaryKey");
  }
  if (facts.uniqueColumns.has(column.name)) {
    tags.push("Unique");
    ctx.use("Unique");
  }
  if (facts.indexedColumns.has(column.name)) {
    tags.push("Indexed");
    ctx.use("Indexed");
  }
  const dflt = defaultTag(column, where, ctx);
  if (dflt) tags.push(dflt);
  const name = column.name;
  if (columnNameFor(name, "snake_case") !== name) {
    tags.push(`Column<${tsStringLiteral(name)}>`);
    ctx.use("Column");
  }
  const wrapped = values && tags.length > 0 && !fkType ? `(${base})` : base;
  return {
    name,
    type: [wrapped, ...tags].join(" & "),
    optional: false,
    nullable: !column.notNull && !facts.primaryKey.includes(column.name),
    ...(column.comment !== null ? { doc: column.comment } : {}),
  };
}

/** Columns specloom adds by itself for `timestamps` / `softDelete`, exactly as it would add them. */
function implicitColumns(table: CatalogTable, facts: TableFacts): Set<string> {
  const names = [...(facts.timestamps ? ["created_at", "updated_at"] : []), ...(facts.softDelete ? ["deleted_at"] : [])];
  const tail = table.columns.slice(table.columns.length - names.length).map((c) => c.name);
  const implicit = new Set<string>();
  if (names.join() !== tail.join()) return implicit;
  for (const name of names) {
    const c = table.columns.find((x) => x.name === name)!;
    const timestamp = c.type === "timestamp with time zone";
    const shape = name === "deleted_at" ? !c.notNull && c.default === null : c.notNull && c.default === "now()";
    const plain = !facts.foreignKeys.has(name) && !facts.uniqueColumns.has(name) && !facts.indexedColumns.has(name) && !facts.facts.has(name);
    if (timestamp && shape && plain && c.comment === IMPLICIT_DOCS[name]) implicit.add(name);
  }
  // All or none: a partial set would reorder the columns.
  return implicit.size === names.length ? implicit : new Set();
}

function indexOption(ix: TableFacts["explicitIndexes"][number], table: string): OptionValue {
  const columns: OptionValue[] = ix.columns.map((c) => (c.order === "desc" ? [c.expression, "desc"] : c.expression));
  const prefix = ix.unique ? "uq" : "idx";
  return {
    columns,
    ...(ix.unique ? { unique: true } : {}),
    ...(ix.where ? { where: ix.where } : {}),
    ...(ix.name !== `${prefix}_${table}_${ix.columns.map((c) => c.expression).join("_")}` ? { name: ix.name } : {}),
  };
}

export function tableToEntity(table: CatalogTable, modelName: string, facts: TableFacts, ctx: EntityContext): SpecEntity {
  for (const u of facts.unsupported) ctx.unsupported(u.what, u.detail);
  for (const r of facts.renamed) ctx.lossy(r.what, r.detail);
  const implicit = implicitColumns(table, facts);
  const options: Record<string, OptionValue> = {};
  if (tableNameFor(modelName, "snake_case") !== table.name) options.table = table.name;
  if (facts.timestamps) options.timestamps = true;
  if (facts.softDelete) options.softDelete = true;
  if (facts.explicitIndexes.length > 0) options.indexes = facts.explicitIndexes.map((ix) => indexOption(ix, table.name));
  if (facts.uniqueGroups.length > 0) options.unique = facts.uniqueGroups.map((g) => [...g]);
  if (facts.primaryKey.length === 0) ctx.unsupported(`table '${table.name}'`, "it has no primary key; specloom requires one and the build will report it");
  ctx.use("Entity");
  return {
    kind: "entity",
    name: modelName,
    ...(table.comment !== null ? { doc: table.comment } : {}),
    options,
    fields: table.columns.filter((c) => !implicit.has(c.name)).map((c) => field(c, table, facts, ctx)),
  };
}

/** Model name for a table: singular PascalCase (`password_reset_tokens` → `PasswordResetToken`). */
export function modelNameFor(table: string, singular: (word: string) => string): string {
  const words = snakeCase(table).split("_").filter(Boolean);
  if (words.length === 0) return "Model";
  words[words.length - 1] = singular(words[words.length - 1]!);
  const name = words
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("")
    .replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[0-9]/.test(name) ? `T${name}` : name;
}

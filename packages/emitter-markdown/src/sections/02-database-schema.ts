/**
 * 2. Database Schema: per-table columns, index SQL, FK constraints, ER diagram.
 * Tables, columns, FKs, index statements and the diagram come from the
 * model's table model, the same one schema.sql and er.mmd are made from, so
 * this section cannot contradict them.
 */
import { sqlLineComment, sqlStringLiteral } from "@specloom/core";
import {
  emitErDiagram,
  getModel,
  postgresDialect,
  renderCreateIndex,
  renderForeignKey,
  type Column,
  type ForeignKey,
  type SqlEnum,
  type Table,
  type TableModel,
} from "@specloom/model";
import type { SectionContext } from "../context";
import { FragmentCache } from "../render/fragments";
import { code, Md, prose } from "../render/md";

/** The model's table model for the document's SQL config (memoized there). */
export function tableModel(ctx: SectionContext): TableModel {
  return getModel(ctx.ir).tables(ctx.config.sql);
}

export function renderDatabaseSchema(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const model = tableModel(ctx);
  md.heading(2, t.sections.databaseSchema);
  md.heading(3, t.schema.tables);
  if (model.tables.length === 0) md.paragraph(t.common.none);
  const sqlEnums = new Map<string, SqlEnum>();
  for (const e of model.enums) if (!sqlEnums.has(e.name)) sqlEnums.set(e.name, e);
  for (const table of model.tables) {
    // The table model keeps a table's object while its inputs stay the same; its enums' values are read besides.
    const enums = table.columns.flatMap((c) => (c.enumType ? [c.enumType, sqlEnums.get(c.enumType)?.values.join("\0")] : []));
    TABLES.render(md, ctx, table, [t, ...enums], (own, out) => renderTable(own, out, table, sqlEnums));
  }
  md.heading(3, t.schema.relationships);
  if (model.foreignKeys.length === 0) md.paragraph(t.schema.noForeignKeys);
  else {
    // The first table of a name, as a search would find it.
    const modelNames = new Map<string, string | undefined>();
    for (const table of model.tables) if (!modelNames.has(table.name)) modelNames.set(table.name, table.modelName);
    md.code("sql", model.foreignKeys.map((fk) => `${sqlLineComment(fkComment(ctx, modelNames, fk))}\n${renderForeignKey(fk)}`).join("\n\n"));
  }
  if (model.tables.length > 0) {
    md.heading(3, t.schema.erDiagram);
    md.code("mermaid", emitErDiagram(ctx.ir, ctx.config, { tableModel: model }).trimEnd());
  }
}

const TABLES = new FragmentCache<Table>();

function renderTable(ctx: SectionContext, md: Md, table: Table, sqlEnums: ReadonlyMap<string, SqlEnum>): void {
  const { t } = ctx;
  md.heading(4, table.name);
  if (table.comment) md.paragraph(prose(table.comment));
  md.table(
    t.schema.columns,
    table.columns.map((c) => columnRow(ctx, table, c, sqlEnums)),
  );
  md.field(t.schema.indexes);
  if (table.indexes.length)
    md.code(
      "sql",
      table.indexes.map((i) => renderCreateIndex(i)),
    );
  else md.paragraph(t.schema.noIndexes);
  // Column checks show as CHECK in the table; the ones the spec writes as SQL are listed as written.
  const declared = table.checks.filter((k) => k.kind === "table");
  if (declared.length) {
    md.field(t.schema.checks);
    md.code(
      "sql",
      declared.map((k) => `CONSTRAINT ${postgresDialect.quoteIdent(k.name)} CHECK (${k.expression})`),
    );
  }
}

function columnRow(ctx: SectionContext, table: Table, c: Column, sqlEnums: ReadonlyMap<string, SqlEnum>): string[] {
  const { t } = ctx;
  const constraints: string[] = [];
  if (c.primaryKey) constraints.push("PRIMARY KEY");
  else {
    if (c.unique) constraints.push("UNIQUE");
    constraints.push(c.notNull ? "NOT NULL" : "NULL");
  }
  if (c.references) constraints.push(`REFERENCES ${c.references.table}(${c.references.column})`);
  if (table.checks.some((k) => k.column === c.name)) constraints.push("CHECK");
  const notes: string[] = [];
  if (table.softDeleteColumn === c.name) notes.push(t.schema.softDelete);
  if (table.updatedAtColumn === c.name) notes.push(t.schema.updatedByTrigger);
  const sqlEnum = c.enumType ? sqlEnums.get(c.enumType) : undefined;
  if (sqlEnum) notes.push(`${t.models.comment.enum}: ${sqlEnum.values.map(sqlStringLiteral).join(", ")}`);
  // Skip a comment that only repeats the note ("Soft delete marker" after "Soft delete").
  if (c.comment && !notes.some((n) => c.comment!.toLowerCase().startsWith(n.toLowerCase()))) notes.push(prose(c.comment));
  const generated = c.identity ? `GENERATED ${c.identity === "always" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY` : c.default;
  return [c.name, c.sqlType, constraints.join(", "), generated === undefined ? "" : code(generated), notes.join("; ")];
}

/** `posts → users (author)`: the seed's "Posts belong to User" comment, language-neutral. */
function fkComment(ctx: SectionContext, modelNames: ReadonlyMap<string, string | undefined>, fk: ForeignKey): string {
  const child = modelNames.get(fk.table) ?? fk.table;
  const parent = modelNames.get(fk.refTable) ?? fk.refTable;
  return ctx.t.schema.fkComment(child, parent, fk.label);
}

export interface ForeignKeyIndexFacts {
  readonly total: number;
  /** Names of the indexes, keys or constraints that serve FK lookups. */
  readonly indexed: readonly string[];
  /** `table(columns)` of FKs no index leads with. */
  readonly missing: readonly string[];
}

/** Which FKs an index, primary key or UNIQUE constraint leads with (PostgreSQL never adds one itself). */
export function foreignKeyIndexFacts(ctx: SectionContext): ForeignKeyIndexFacts {
  const model = tableModel(ctx);
  const indexed: string[] = [];
  const missing: string[] = [];
  const leads = (list: readonly string[], cols: readonly string[]) => cols.every((c, i) => list[i] === c);
  for (const table of model.tables) {
    const lookups: { name: string; columns: readonly string[] }[] = [
      { name: `${table.name}_pkey`, columns: table.primaryKey },
      ...table.uniques.map((u) => ({ name: u.name, columns: u.columns })),
      ...table.indexes.filter((i) => !i.where).map((i) => ({ name: i.name, columns: i.columns.map((c) => c.name) })),
    ];
    for (const fk of table.foreignKeys) {
      const hit = lookups.find((l) => leads(l.columns, fk.columns));
      if (hit) indexed.push(hit.name);
      else missing.push(`${table.name}(${fk.columns.join(", ")})`);
    }
  }
  return { total: indexed.length + missing.length, indexed, missing };
}

/** DDL statement renderers for schema.sql; the index and FK statements markdown also shows live in @specloom/model. */
import { dollarQuoteTag } from "@specloom/core";
import {
  columnList,
  foreignKeyLines,
  postgresDialect,
  type Column,
  type Dialect,
  type ForeignKey,
  type RenderOptions,
  type SqlEnum,
  type Table,
} from "@specloom/model";

/** A FK wrapped so that rerunning the script skips constraints that already exist. */
export function renderIdempotentForeignKey(fk: ForeignKey, dialect: Dialect = postgresDialect): string {
  // Indent the statement's own lines only: a quoted name may hold a line break that must stay as written.
  const body = foreignKeyLines(fk, dialect)
    .map((line) => `  ${line}`)
    .join("\n");
  const tag = dollarQuoteTag(body);
  return [`DO ${tag} BEGIN`, body, "EXCEPTION WHEN duplicate_object THEN NULL;", `END ${tag};`].join("\n");
}

/** ` GENERATED … AS IDENTITY` for an identity column, else nothing. */
export function identityClause(c: Pick<Column, "identity">): string {
  return c.identity ? ` GENERATED ${c.identity === "always" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY` : "";
}

function columnLine(c: Column, width: number, inlinePk: boolean, d: Dialect): string {
  const parts = [d.quoteIdent(c.name).padEnd(width), c.sqlType + identityClause(c)];
  if (inlinePk && c.primaryKey) parts.push("PRIMARY KEY");
  else if (c.notNull) parts.push("NOT NULL");
  if (c.default !== undefined) parts.push(`DEFAULT ${c.default}`);
  return parts.join(" ");
}

/** CREATE TABLE with columns aligned, then PK (when composite), UNIQUE and CHECK constraints. */
export function renderCreateTable(table: Table, options: RenderOptions = {}): string {
  const d = options.dialect ?? postgresDialect;
  const q = (n: string) => d.quoteIdent(n);
  const inlinePk = table.primaryKey.length === 1;
  const width = Math.max(...table.columns.map((c) => q(c.name).length));
  const lines = table.columns.map((c) => columnLine(c, width, inlinePk, d));
  if (table.primaryKey.length > 1) lines.push(`PRIMARY KEY (${columnList(table.primaryKey, q)})`);
  for (const u of table.uniques) lines.push(`CONSTRAINT ${q(u.name)} UNIQUE (${columnList(u.columns, q)})`);
  for (const c of table.checks) lines.push(`CONSTRAINT ${q(c.name)} CHECK (${c.expression})`);
  const head = `CREATE TABLE ${options.ifNotExists ? "IF NOT EXISTS " : ""}${q(table.name)} (`;
  return [head, lines.map((l) => `  ${l}`).join(",\n"), ");"].join("\n");
}

export function renderComments(table: Table, dialect: Dialect = postgresDialect): string[] {
  const q = (n: string) => dialect.quoteIdent(n);
  const out: string[] = [];
  if (table.comment) out.push(`COMMENT ON TABLE ${q(table.name)} IS ${dialect.stringLiteral(table.comment)};`);
  for (const c of table.columns) {
    if (c.comment) out.push(`COMMENT ON COLUMN ${q(table.name)}.${q(c.name)} IS ${dialect.stringLiteral(c.comment)};`);
  }
  return out;
}

export function renderEnumComment(sqlEnum: SqlEnum, dialect: Dialect = postgresDialect): string | undefined {
  return sqlEnum.comment ? `COMMENT ON TYPE ${dialect.quoteIdent(sqlEnum.name)} IS ${dialect.stringLiteral(sqlEnum.comment)};` : undefined;
}

/**
 * One trigger function for every table with an updated-at column. When all
 * tables name it alike the body says so; otherwise each trigger passes its column.
 */
export function renderUpdatedAtFunction(name: string, columns: readonly string[], dialect: Dialect = postgresDialect): string {
  const distinct = [...new Set(columns)];
  const assign =
    distinct.length === 1
      ? `  NEW.${dialect.quoteIdent(distinct[0]!)} := now();`
      : "  NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], now()));";
  const tag = dollarQuoteTag(assign);
  return [
    `CREATE OR REPLACE FUNCTION ${dialect.quoteIdent(name)}() RETURNS trigger`,
    `LANGUAGE plpgsql AS ${tag}`,
    "BEGIN",
    assign,
    "  RETURN NEW;",
    "END;",
    `${tag};`,
  ].join("\n");
}

/** The (quoted) name of a table's updated_at trigger. */
export function updatedAtTriggerName(table: Pick<Table, "name">, dialect: Dialect = postgresDialect): string {
  return dialect.quoteIdent(dialect.identifier(`trg_${table.name}_updated_at`));
}

export function renderUpdatedAtTrigger(table: Table, fn: string, passColumn: boolean, dialect: Dialect = postgresDialect): string {
  const q = (n: string) => dialect.quoteIdent(n);
  const trigger = updatedAtTriggerName(table, dialect);
  const arg = passColumn ? dialect.stringLiteral(table.updatedAtColumn!) : "";
  return [
    `DROP TRIGGER IF EXISTS ${trigger} ON ${q(table.name)};`,
    `CREATE TRIGGER ${trigger} BEFORE UPDATE ON ${q(table.name)}`,
    `  FOR EACH ROW EXECUTE FUNCTION ${q(fn)}(${arg});`,
  ].join("\n");
}

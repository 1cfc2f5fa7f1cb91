/**
 * erDiagram text from the table model (shared by er.mmd and the markdown spec): entities are tables,
 * relationships are exactly the SQL foreign keys, cardinality from the FK's
 * nullability and uniqueness.
 */
import type { SpecIR, SpecloomConfig } from "@specloom/core";
import { nodeReuse } from "../node-cache";
import { buildTableModel } from "../relational/build-tables";
import type { Column, ForeignKey, Table, TableModel } from "../relational/model";
import { mermaidAttribute, mermaidEntity, mermaidText, mermaidType } from "./sanitize";
import { modelsByTag } from "./tag-models";

export interface ErDiagramOptions {
  /** Only the entities this API tag's endpoints use (plus join tables between them). */
  readonly tag?: string;
  /** Only PK/FK/UK columns; defaults to config.mermaid.keysOnly. */
  readonly keysOnly?: boolean;
  /** A table model already built from the same IR and config. */
  readonly tableModel?: TableModel;
}

function keys(c: Column): string[] {
  return [...(c.primaryKey ? ["PK"] : []), ...(c.references ? ["FK"] : []), ...(c.unique ? ["UK"] : [])];
}

function attributeLine(c: Column): string {
  const k = keys(c);
  // The diagram has no default column: an identity says where its values come from in the comment.
  const identity = c.identity ? `identity${c.identity === "always" ? " (always)" : ""}` : undefined;
  const text = [identity, c.comment].filter(Boolean).join("; ");
  const comment = text ? ` "${mermaidText(text)}"` : "";
  return `    ${mermaidType(c.sqlType)} ${mermaidAttribute(c.name)}${k.length ? ` ${k.join(", ")}` : ""}${comment}`;
}

/**
 * Printed entity blocks by table object (with and without non-key columns): the table model keeps a table while
 * its inputs hold, so a watch rebuild prints only changed tables; a block reads nothing but its table.
 */
const entityBlocks = { true: new WeakMap<Table, string>(), false: new WeakMap<Table, string>() };

function entityBlock(table: Table, keysOnly: boolean): string {
  // A one-shot build has no next build to reuse the text: keeping it would only add to peak memory.
  if (!nodeReuse()) return printEntityBlock(table, keysOnly);
  const cache = entityBlocks[`${keysOnly}`];
  let text = cache.get(table);
  if (text === undefined) cache.set(table, (text = printEntityBlock(table, keysOnly)));
  return text;
}

function printEntityBlock(table: Table, keysOnly: boolean): string {
  const columns = keysOnly ? table.columns.filter((c) => keys(c).length > 0) : table.columns;
  const name = mermaidEntity(table.name);
  if (columns.length === 0) return `  ${name}`;
  return [`  ${name} {`, ...columns.map(attributeLine), "  }"].join("\n");
}

/** `||` exactly one parent when the FK is required, `|o` when optional; `o|` one child at most when unique. */
export function cardinality(fk: ForeignKey): string {
  return `${fk.optional ? "|o" : "||"}--${fk.unique ? "o|" : "o{"}`;
}

function relationshipLine(fk: ForeignKey): string {
  return `  ${mermaidEntity(fk.refTable)} ${cardinality(fk)} ${mermaidEntity(fk.table)} : "${mermaidText(fk.label || fk.columns.join(", "), 40)}"`;
}

/** The tables a tag's diagram shows: its models' tables, and join tables whose both ends are shown. */
export function tablesForTag(ir: SpecIR, model: TableModel, tag: string): Table[] {
  const models = modelsByTag(ir).get(tag) ?? new Set<string>();
  const names = new Set(model.tables.filter((t) => t.modelName && models.has(t.modelName)).map((t) => t.name));
  for (const t of model.tables) {
    if (t.kind === "join" && t.foreignKeys.every((fk) => names.has(fk.refTable))) names.add(t.name);
  }
  return model.tables.filter((t) => names.has(t.name));
}

export function emitErDiagram(ir: SpecIR, config: SpecloomConfig, options: ErDiagramOptions = {}): string {
  const model = options.tableModel ?? buildTableModel(ir, config.sql);
  const keysOnly = options.keysOnly ?? config.mermaid.keysOnly;
  const tables = options.tag === undefined ? [...model.tables] : tablesForTag(ir, model, options.tag);
  const shown = new Set(tables.map((t) => t.name));
  const relations = tables.flatMap((t) => t.foreignKeys).filter((fk) => shown.has(fk.refTable));
  const blocks = ["erDiagram", ...tables.map((t) => entityBlock(t, keysOnly))];
  if (relations.length > 0) blocks.push(relations.map(relationshipLine).join("\n"));
  return blocks.join("\n") + "\n";
}

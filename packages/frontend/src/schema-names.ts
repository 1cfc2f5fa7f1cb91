/**
 * Schemas, models and enums share one namespace in every artifact (OpenAPI
 * components, validators.ts constants): two declarations under one name would
 * silently become one. Generic instances and aliases of one declaration are
 * the same schema and are fine.
 */
import type { EnumNode, ModelNode, SchemaNode, SourceLocation } from "@specloom/core";
import type { FrontendContext } from "./context";

const at = (loc: SourceLocation) => `${loc.file}:${loc.line}`;

export function checkSchemaNames(
  ir: { models: readonly ModelNode[]; schemas: readonly SchemaNode[]; enums: readonly EnumNode[] },
  ctx: FrontendContext,
): void {
  const taken = new Map<string, { what: string; loc: SourceLocation }>();
  for (const m of ir.models) taken.set(m.name, { what: "model", loc: m.loc });
  for (const e of ir.enums) if (e.source !== "inline" && !taken.has(e.name)) taken.set(e.name, { what: "enum", loc: e.loc });
  for (const s of ir.schemas) {
    const first = taken.get(s.name);
    if (first) ctx.report("schema-name-collision", { name: s.name, what: first.what, first: at(first.loc) }, s.loc);
  }
}

/** A second declaration reached under a name a different declaration already took. */
export function reportDuplicateSchema(name: string, existing: SchemaNode | null | undefined, loc: SourceLocation, ctx: FrontendContext): void {
  if (!existing || (existing.loc.file === loc.file && existing.loc.line === loc.line && existing.loc.column === loc.column)) return;
  ctx.report("schema-name-collision", { name, what: "type", first: at(existing.loc) }, loc);
}

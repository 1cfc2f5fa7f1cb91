/**
 * Schemas, models and enums share one namespace in every artifact (OpenAPI
 * components, validators.ts constants): two declarations under one name would
 * silently become one. A model is there under its API name (`Entity<{ schemaName }>`),
 * a schema under its own (`SchemaName<…>` gives it one). Generic instances and
 * aliases of one declaration are the same schema and are fine.
 */
import type { EnumNode, ModelNode, SchemaNode, SourceLocation } from "@specloom/core";
import type { FrontendContext } from "./context";

const at = (loc: SourceLocation) => `${loc.file}:${loc.line}`;
const HINT = ', or give one of them an API name of its own: SchemaName<"…"> on a type, Entity<{ schemaName: "…" }> on a model';

export function checkSchemaNames(
  ir: { models: readonly ModelNode[]; schemas: readonly SchemaNode[]; enums: readonly EnumNode[] },
  ctx: FrontendContext,
  modelBases: ReadonlyMap<string, SourceLocation> = ctx.modelBases,
): void {
  const taken = new Map<string, { what: string; loc: SourceLocation }>();
  const claim = (name: string, what: string, loc: SourceLocation): void => {
    const first = taken.get(name);
    if (first) ctx.report("schema-name-collision", { name, what: first.what, first: at(first.loc), hint: HINT }, loc);
    else taken.set(name, { what, loc });
  };
  for (const m of ir.models) claim(m.schemaName ?? m.name, "model", m.loc);
  for (const e of ir.enums) if (e.source !== "inline" && !taken.has(e.name)) taken.set(e.name, { what: "enum", loc: e.loc });
  for (const s of ir.schemas) claim(s.name, "type", s.loc);
  // `extends` names its bases without saying model or type: a model that is a base may not share its name with a type.
  const types = new Map(ir.schemas.map((s) => [s.name, s]));
  for (const m of ir.models) {
    const used = modelBases.get(m.name);
    const type = types.get(m.name);
    if (used && type) ctx.report("ambiguous-base", { base: m.name, model: at(m.loc), api: m.schemaName ?? m.name, type: at(type.loc) }, used);
  }
}

/** A second declaration reached under a name a different declaration already took. */
export function reportDuplicateSchema(name: string, existing: SchemaNode | null | undefined, loc: SourceLocation, ctx: FrontendContext): void {
  if (!existing || (existing.loc.file === loc.file && existing.loc.line === loc.line && existing.loc.column === loc.column)) return;
  ctx.report("schema-name-collision", { name, what: "type", first: at(existing.loc), hint: HINT }, loc);
}

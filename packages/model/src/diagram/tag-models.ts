/** Which models an API tag's endpoints use: through params, query, body and responses, following named schemas. */
import type { EndpointNode, SpecIR, TypeNode } from "@specloom/core";

function collect(type: TypeNode | undefined, ir: SpecIR, models: Set<string>, seenSchemas: Set<string>): void {
  if (!type) return;
  switch (type.kind) {
    case "ref":
      if (type.refKind === "model") models.add(type.name);
      else if (type.refKind === "schema" && !seenSchemas.has(type.name)) {
        seenSchemas.add(type.name);
        collect(ir.schemas.find((s) => s.name === type.name)?.type, ir, models, seenSchemas);
      }
      return;
    case "array":
      return collect(type.items, ir, models, seenSchemas);
    case "record":
      return collect(type.values, ir, models, seenSchemas);
    case "union":
      return type.variants.forEach((v) => collect(v, ir, models, seenSchemas));
    case "object":
      for (const ext of type.extends ?? []) collect({ kind: "ref", name: ext, refKind: "schema" }, ir, models, seenSchemas);
      return type.properties.forEach((p) => collect(p.type, ir, models, seenSchemas));
    default:
      return;
  }
}

export function modelsUsedBy(endpoints: readonly EndpointNode[], ir: SpecIR): Set<string> {
  const models = new Set<string>();
  const seen = new Set<string>();
  for (const e of endpoints) {
    for (const f of [...e.params, ...e.query]) collect(f.type, ir, models, seen);
    collect(e.body, ir, models, seen);
    for (const r of e.responses) collect(r.type, ir, models, seen);
  }
  return models;
}

/** Tags in first-declaration order, each with the models its endpoints use. */
export function modelsByTag(ir: SpecIR): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const api of ir.apis) {
    const used = modelsUsedBy(api.endpoints, ir);
    const existing = out.get(api.tag);
    out.set(api.tag, existing ? new Set([...existing, ...used]) : used);
  }
  return out;
}

/** Which models an API tag's endpoints use: through params, query, body and responses, following named schemas. */
import type { EndpointNode, SpecIR } from "@specloom/core";
import { irIndex } from "../ir-index";
import { modelsReachedBy } from "../reachable";

export function modelsUsedBy(endpoints: readonly EndpointNode[], ir: SpecIR): Set<string> {
  const types = endpoints.flatMap((e) =>
    [...e.params, ...e.query]
      .map((f) => f.type)
      .concat(
        e.body ? [e.body] : [],
        e.responses.flatMap((r) => (r.type ? [r.type] : [])),
      ),
  );
  return modelsReachedBy(irIndex(ir), types);
}

const byTag = new WeakMap<SpecIR, ReadonlyMap<string, ReadonlySet<string>>>();

/** Tags in first-declaration order, each with the models its endpoints use (computed once per IR: every tag's diagram asks). */
export function modelsByTag(ir: SpecIR): ReadonlyMap<string, ReadonlySet<string>> {
  const cached = byTag.get(ir);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  for (const api of ir.apis) {
    const used = modelsUsedBy(api.endpoints, ir);
    const existing = out.get(api.tag);
    out.set(api.tag, existing ? new Set([...existing, ...used]) : used);
  }
  byTag.set(ir, out);
  return out;
}

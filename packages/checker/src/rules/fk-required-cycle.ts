import type { ModelNode } from "@specloom/core";
import { defineRule } from "../rule";

/** Edges model -> target for belongsTo FKs that are NOT NULL. */
function requiredEdges(models: readonly ModelNode[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const m of models) {
    const nullable = new Set(m.fields.filter((f) => f.nullable || f.optional).map((f) => f.name));
    const targets = m.relations
      .filter((r) => r.type === "belongsTo" && !r.optional && !(r.foreignKey && nullable.has(r.foreignKey)))
      .map((r) => r.target);
    edges.set(m.name, [...new Set(targets)]);
  }
  return edges;
}

/** Tarjan's strongly connected components, in declaration order. */
function components(names: readonly string[], edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue; // unknown target: relation-target-exists reports it
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      out.push(scc);
    }
  };
  for (const n of names) if (!index.has(n)) visit(n);
  return out;
}

export default defineRule({
  id: "fk-required-cycle",
  code: "SL4007",
  severity: "error",
  message: "Required foreign keys form a cycle through {cycle}; no first row can be inserted. Make one link optional (`| null`).",
  docs: "A cycle of NOT NULL foreign keys (including a required self-reference) makes every insert violate a constraint; one link of the cycle must be nullable.",
  checklist: ["models"],
  check(ctx) {
    const models = ctx.ir.models;
    const order = new Map(models.map((m, i) => [m.name, i]));
    const edges = requiredEdges(models);
    for (const scc of components(models.map((m) => m.name), edges)) {
      const cyclic = scc.length > 1 || (edges.get(scc[0]!) ?? []).includes(scc[0]!);
      if (!cyclic) continue;
      const members = [...scc].sort((a, b) => order.get(a)! - order.get(b)!);
      const first = models[order.get(members[0]!)!]!;
      ctx.report({ cycle: members.map((m) => `'${m}'`).join(", ") }, first.loc);
    }
  },
});

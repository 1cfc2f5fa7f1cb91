import { nodeReuse, type SourceTable } from "@specloom/model";
import { defineRule } from "../rule";

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

/** A table's required FK targets, by table: an unchanged model's table is the same object in the next build. */
const requiredTargets = new WeakMap<SourceTable, { readonly targets: string[]; readonly key: string }>();

function targetsOf(t: SourceTable): { readonly targets: string[]; readonly key: string } {
  let found = requiredTargets.get(t);
  if (!found) {
    const targets = [...new Set(t.foreignKeys.filter((fk) => !fk.optional).map((fk) => fk.references))];
    requiredTargets.set(t, (found = { targets, key: `${t.name}\0${targets.join("\0")}` }));
  }
  return found;
}

/** Each cycle as the positions of its tables, in table order. */
function cycles(tables: readonly SourceTable[]): number[][] {
  const order = new Map(tables.map((t, i) => [t.name, i]));
  const edges = new Map(tables.map((t) => [t.name, targetsOf(t).targets]));
  const found: number[][] = [];
  for (const scc of components(
    tables.map((t) => t.name),
    edges,
  )) {
    const cyclic = scc.length > 1 || (edges.get(scc[0]!) ?? []).includes(scc[0]!);
    if (cyclic) found.push(scc.map((name) => order.get(name)!).sort((a, b) => a - b));
  }
  return found;
}

/** The graph depends on the tables only through their names and required targets: the same keys, the same cycles. */
let previous: { readonly keys: readonly string[]; readonly cycles: readonly number[][] } | undefined;

export default defineRule({
  id: "fk-required-cycle",
  code: "SL4007",
  severity: "error",
  message: "Required foreign keys form a cycle through {cycle}; no first row can be inserted. Make one link optional (`| null`).",
  docs: "A cycle of NOT NULL foreign keys (including a required self-reference) makes every insert violate a constraint; one link of the cycle must be nullable.",
  checklist: ["models"],
  check(ctx) {
    // NOT NULL FKs as emitted: table -> referenced table.
    const tables = ctx.tables().tables;
    const keys = tables.map((t) => targetsOf(t).key);
    const same = previous !== undefined && previous.keys.length === keys.length && previous.keys.every((k, i) => k === keys[i]);
    const found = same ? previous!.cycles : cycles(tables);
    previous = nodeReuse() ? { keys, cycles: found } : undefined;
    for (const positions of found) {
      const members = positions.map((i) => tables[i]!);
      ctx.report({ cycle: members.map((t) => `'${t.model ?? t.name}'`).join(", ") }, members[0]!.loc);
    }
  },
});

/**
 * Output order that does not depend on the order files are read in: models
 * parents-first (depth-first over belongs-to, ties by name), API
 * groups and services by name. Within a declaration, the authored order stays.
 */
import type { ApiNode, ModelNode, ServiceNode } from "@specloom/core";

const byName = <T extends { readonly name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Depth-first from the root models (by name): each model is followed by its
 * children (by name) as soon as all their parents are out, so related tables
 * stay together. Members of FK cycles follow by name.
 */
export function orderModels(models: readonly ModelNode[]): ModelNode[] {
  const sorted = [...models].sort(byName);
  const known = new Set(sorted.map((m) => m.name));
  const parents = new Map(
    sorted.map((m) => [
      m.name,
      m.relations.filter((r) => r.relationKind === "belongsTo" && r.targetModel !== m.name && known.has(r.targetModel)).map((r) => r.targetModel),
    ]),
  );
  // One pass over the parent lists (a filter per model would be quadratic in the model count).
  const children = new Map<string, ModelNode[]>(sorted.map((m) => [m.name, []]));
  for (const c of sorted) for (const p of new Set(parents.get(c.name))) children.get(p)!.push(c);
  const ordered: ModelNode[] = [];
  const done = new Set<string>();
  const visit = (m: ModelNode): void => {
    if (done.has(m.name) || !parents.get(m.name)!.every((p) => done.has(p))) return;
    done.add(m.name);
    ordered.push(m);
    children.get(m.name)!.forEach(visit);
  };
  for (const m of sorted) visit(m);
  // Whatever a cycle kept back, by name.
  for (const m of sorted) if (!done.has(m.name)) ordered.push(m);
  return ordered;
}

export function orderApis(apis: readonly ApiNode[]): ApiNode[] {
  return [...apis].sort(byName);
}

export function orderServices(services: readonly ServiceNode[]): ServiceNode[] {
  return [...services].sort(byName);
}

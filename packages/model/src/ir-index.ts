/**
 * The by-name index of one IR, built once per IR object. Every lookup of a
 * model, enum, schema, service or endpoint by name goes through it.
 */
import type { ApiNode, EndpointNode, EnumNode, ModelNode, SchemaNode, ServiceNode, SpecIR } from "@specloom/core";

export interface IrIndex {
  readonly models: ReadonlyMap<string, ModelNode>;
  readonly enums: ReadonlyMap<string, EnumNode>;
  readonly schemas: ReadonlyMap<string, SchemaNode>;
  readonly services: ReadonlyMap<string, ServiceNode>;
  /** Operation names are unique per project (the checker reports duplicates). */
  readonly endpointsByName: ReadonlyMap<string, EndpointNode>;
  /** Every endpoint, in API group then declaration order. */
  readonly endpoints: readonly EndpointNode[];
}

const cache = new WeakMap<SpecIR, IrIndex>();

/**
 * Each map by the array it indexes: watch mode keeps `ir.models`, `ir.apis`… when all their elements are the same,
 * so a rebuild indexes again only the collections an edit changed.
 */
const byList = new WeakMap<(list: never) => unknown, WeakMap<readonly object[], unknown>>();

/** One cache per builder: a hand-built IR may share one empty array between `models` and `apis`. */
function perList<T extends object, R>(list: readonly T[], build: (list: readonly T[]) => R): R {
  let lists = byList.get(build);
  if (!lists) byList.set(build, (lists = new WeakMap()));
  let found = lists.get(list) as R | undefined;
  if (found === undefined) lists.set(list, (found = build(list)));
  return found;
}

const byName = <T extends { readonly name: string }>(list: readonly T[]): ReadonlyMap<string, T> => new Map(list.map((x) => [x.name, x]));

function endpointsOf(apis: readonly ApiNode[]): {
  readonly endpoints: readonly EndpointNode[];
  readonly endpointsByName: ReadonlyMap<string, EndpointNode>;
} {
  const endpoints = apis.flatMap((a) => a.endpoints);
  return { endpoints, endpointsByName: byName(endpoints) };
}

export function irIndex(ir: SpecIR): IrIndex {
  let index = cache.get(ir);
  if (!index) {
    index = {
      models: perList(ir.models, byName),
      enums: perList(ir.enums, byName),
      schemas: perList(ir.schemas, byName),
      services: perList(ir.services, byName),
      ...perList(ir.apis, endpointsOf),
    };
    cache.set(ir, index);
  }
  return index;
}

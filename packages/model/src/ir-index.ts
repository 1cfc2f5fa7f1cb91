/**
 * The by-name index of one IR, built once per IR object. Every lookup of a
 * model, enum, schema, service or endpoint by name goes through it.
 */
import type { EndpointNode, EnumNode, ModelNode, SchemaNode, ServiceNode, SpecIR } from "@specloom/core";

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

export function irIndex(ir: SpecIR): IrIndex {
  let index = cache.get(ir);
  if (!index) {
    const endpoints = ir.apis.flatMap((a) => a.endpoints);
    index = {
      models: new Map(ir.models.map((m) => [m.name, m])),
      enums: new Map(ir.enums.map((e) => [e.name, e])),
      schemas: new Map(ir.schemas.map((s) => [s.name, s])),
      services: new Map(ir.services.map((s) => [s.name, s])),
      endpointsByName: new Map(endpoints.map((e) => [e.name, e])),
      endpoints,
    };
    cache.set(ir, index);
  }
  return index;
}

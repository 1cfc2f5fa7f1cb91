/** What every section renders from: the IR, the catalog, and lookups built once. */
import type { ChecklistStatus, EndpointNode, EnumNode, ModelNode, SchemaNode, SpecIR, SpecloomConfig } from "@specloom/core";
import type { Catalog } from "./catalogs";

export interface IrIndex {
  readonly models: ReadonlyMap<string, ModelNode>;
  readonly schemas: ReadonlyMap<string, SchemaNode>;
  readonly enums: ReadonlyMap<string, EnumNode>;
  /** Every endpoint, in API group then declaration order. */
  readonly endpoints: readonly EndpointNode[];
}

export interface SectionContext {
  readonly ir: SpecIR;
  readonly config: SpecloomConfig;
  readonly language: string;
  readonly t: Catalog;
  readonly checklist?: readonly ChecklistStatus[];
  readonly index: IrIndex;
}

export function indexIr(ir: SpecIR): IrIndex {
  return {
    models: new Map(ir.models.map((m) => [m.name, m])),
    schemas: new Map(ir.schemas.map((s) => [s.name, s])),
    enums: new Map(ir.enums.map((e) => [e.name, e])),
    endpoints: ir.apis.flatMap((a) => a.endpoints),
  };
}

/** `POST /api/users/:id`, the way headings and tables name an endpoint. */
export function endpointLabel(e: EndpointNode): string {
  return `${e.method} ${e.path}`;
}

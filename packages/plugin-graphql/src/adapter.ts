/**
 * The derived facts the GraphQL emitter needs from the IR, in one file so they
 * can move to the shared semantic layer (@specloom/model) without touching the
 * mapping. The rules are the OpenAPI emitter's: sensitive and internal fields
 * never leave the server, read-only ones are not sent, write-only ones are not
 * returned, navigations are not properties.
 */
import type { EndpointNode, EnumNode, FieldNode, ModelNode, ResponseNode, SchemaNode, SpecIR } from "@specloom/core/plugin";

export type Direction = "output" | "input";

export interface SpecFacts {
  model(name: string): ModelNode | undefined;
  schema(name: string): SchemaNode | undefined;
  enum(name: string): EnumNode | undefined;
  /** Model fields a client sees in this direction. */
  modelFields(model: ModelNode, direction: Direction): FieldNode[];
  /** Whether a field of an object type crosses the API boundary in this direction. */
  visible(field: FieldNode, direction: Direction): boolean;
  /** The success response that carries the endpoint's result (the first 2xx). */
  successResponse(endpoint: EndpointNode): ResponseNode | undefined;
  /** Whether another object schema extends this one (`interface A extends B`). */
  isExtended(name: string): boolean;
  /** GET reads; every other method changes state. */
  isQuery(endpoint: EndpointNode): boolean;
}

function visible(field: FieldNode, direction: Direction): boolean {
  if (field.visibility === "sensitive" || field.visibility === "internal") return false;
  return direction === "output" ? field.visibility !== "writeOnly" : field.visibility !== "readOnly";
}

export function specFacts(ir: SpecIR): SpecFacts {
  const models = new Map(ir.models.map((m) => [m.name, m]));
  const schemas = new Map(ir.schemas.map((s) => [s.name, s]));
  const enums = new Map(ir.enums.map((e) => [e.name, e]));
  const extended = new Set(ir.schemas.flatMap((s) => (s.type.kind === "object" ? (s.type.extends ?? []) : [])));
  return {
    model: (name) => models.get(name),
    schema: (name) => schemas.get(name),
    enum: (name) => enums.get(name),
    modelFields(model, direction) {
      const navigations = new Set(model.relations.filter((r) => r.relationKind !== "belongsTo").map((r) => r.name));
      return model.fields.filter((f) => !navigations.has(f.name) && visible(f, direction));
    },
    visible,
    isExtended: (name) => extended.has(name),
    successResponse: (endpoint) => endpoint.responses.find((r) => r.status >= 200 && r.status < 300),
    isQuery: (endpoint) => endpoint.method === "GET",
  };
}

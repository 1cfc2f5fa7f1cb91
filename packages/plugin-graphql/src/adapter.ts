/**
 * The derived facts the GraphQL emitter needs, all from the shared semantic
 * layer (@specloom/model), so schema.graphql cannot disagree with openapi.json
 * about which fields a client sees: sensitive and internal fields never leave
 * the server, read-only ones are not sent, write-only ones are not returned,
 * navigations are not properties.
 */
import {
  isSuccessStatus,
  type EndpointNode,
  type EnumNode,
  type FieldNode,
  type ModelNode,
  type ResponseNode,
  type SchemaNode,
  type SpecIR,
} from "@specloom/core/plugin";
import { irIndex, isHidden, requestVisibleFields, responseVisibleFields } from "@specloom/model";

export type Direction = "output" | "input";

export interface SpecFacts {
  model(name: string): ModelNode | undefined;
  schema(name: string): SchemaNode | undefined;
  enum(name: string): EnumNode | undefined;
  /** Model fields a client sees in this direction. */
  modelFields(model: ModelNode, direction: Direction): FieldNode[];
  /** Whether a field of an object type crosses the API boundary in this direction. */
  visible(field: FieldNode, direction: Direction): boolean;
  /** Whether another object schema extends this one (`interface A extends B`). */
  isExtended(name: string): boolean;
  /** The success response that carries the endpoint's result (the first 2xx). */
  successResponse(endpoint: EndpointNode): ResponseNode | undefined;
  /** GET reads; every other method changes state. */
  isQuery(endpoint: EndpointNode): boolean;
}

function visible(field: FieldNode, direction: Direction): boolean {
  if (isHidden(field)) return false;
  return direction === "output" ? field.visibility !== "writeOnly" : field.visibility !== "readOnly";
}

export function specFacts(ir: SpecIR): SpecFacts {
  const index = irIndex(ir);
  const extended = new Set(ir.schemas.flatMap((s) => (s.type.kind === "object" ? (s.type.extends ?? []) : [])));
  return {
    model: (name) => index.models.get(name),
    schema: (name) => index.schemas.get(name),
    enum: (name) => index.enums.get(name),
    modelFields: (model, direction) => (direction === "output" ? responseVisibleFields(model) : requestVisibleFields(model)),
    visible,
    isExtended: (name) => extended.has(name),
    successResponse: (endpoint) => endpoint.responses.find((r) => isSuccessStatus(r.status)),
    isQuery: (endpoint) => endpoint.method === "GET",
  };
}

/** Paths (the model's parsed route in OpenAPI form); operations grouped by path in declaration order. */
import type { ApiNode, EndpointNode, SpecIR } from "@specloom/core";
import { getModel, resolveSchema, type JsonSchemaSet } from "@specloom/model";
import type { OperationObject, PathsObject } from "openapi3-ts/oas31";
import { buildOperation, operationExamples } from "./operation";
import type { OperationCache } from "./operation-cache";
import type { Placer } from "./placer";
import type { SharedErrorResponses } from "./shared-responses";

/** An operation sits at paths → path → method. */
const OPERATION_DEPTH = 3;

export interface PathsInputs {
  readonly ir: SpecIR;
  readonly set: JsonSchemaSet;
  readonly shared: SharedErrorResponses;
  readonly placer: Placer;
  /** The previous emit's operations; only for a document whose document-wide inputs did not change. */
  readonly operations?: OperationCache;
}

export function buildPaths(inputs: PathsInputs, refs: string[]): PathsObject {
  const paths: PathsObject = {};
  const model = getModel(inputs.ir);
  for (const api of inputs.ir.apis) {
    for (const endpoint of api.endpoints) {
      const key = model.route(endpoint).openApiPath;
      const item = (paths[key] ??= {});
      const method = endpoint.method.toLowerCase();
      const slot = `paths ${key} ${method}`;
      const placed = inputs.placer.place(slot, operation(inputs, api, endpoint, slot), OPERATION_DEPTH);
      (item as Record<string, unknown>)[method] = placed.node; // the operation, or the emitter's serialized fragment of it
      for (const r of placed.refs) refs.push(r);
    }
  }
  return paths;
}

function operation({ ir, set, shared, operations }: PathsInputs, api: ApiNode, endpoint: EndpointNode, slot: string): OperationObject {
  const examples = operationExamples(ir, endpoint);
  const build = () => buildOperation({ ir, api, endpoint, set, shared, examples });
  // Callbacks read more of the schema set than their own entry: always built.
  if (!operations || endpoint.callbacks?.length) return build();
  const name = endpoint.name;
  const body = set.bodies[name];
  // What buildOperation reads besides the document-wide inputs (the emitter compares those once).
  const inputs = [
    endpoint,
    api,
    examples,
    body,
    body && resolveSchema(set, body),
    set.parameters[name],
    set.responses[name],
    set.responseHeaders[name],
    set.responseContent[name],
    getModel(ir).responses(endpoint),
  ];
  return operations.operation(slot, inputs, shared, build);
}

/** Paths (the model's parsed route in OpenAPI form); operations grouped by path in declaration order. */
import type { SpecIR } from "@specloom/core";
import { getModel, type JsonSchemaSet } from "@specloom/model";
import type { PathsObject } from "openapi3-ts/oas31";
import { buildOperation } from "./operation";
import type { SharedErrorResponses } from "./shared-responses";

export function buildPaths(ir: SpecIR, set: JsonSchemaSet, shared: SharedErrorResponses): PathsObject {
  const paths: PathsObject = {};
  const model = getModel(ir);
  for (const api of ir.apis) {
    for (const endpoint of api.endpoints) {
      const key = model.route(endpoint).openApiPath;
      const item = (paths[key] ??= {});
      (item as Record<string, unknown>)[endpoint.method.toLowerCase()] = buildOperation({ ir, api, endpoint, set, shared });
    }
  }
  return paths;
}

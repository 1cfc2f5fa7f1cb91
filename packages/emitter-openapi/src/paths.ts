/** Paths: `:param` becomes `{param}`; operations grouped by path in declaration order. */
import type { SpecIR } from "@specloom/core";
import type { PathsObject } from "openapi3-ts/oas31";
import { buildOperation } from "./operation";
import type { JsonSchemaSet } from "./schemas";

/** `/users/:id` -> `/users/{id}`; no trailing slash (a prefix plus `/` would leave one). */
export function toOpenApiPath(path: string): string {
  const converted = path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, "{$1}").replace(/\/{2,}/g, "/");
  const trimmed = converted.length > 1 ? converted.replace(/\/+$/, "") : converted;
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

export function buildPaths(ir: SpecIR, set: JsonSchemaSet, errorExamples: ReadonlyMap<number, readonly string[]>): PathsObject {
  const paths: PathsObject = {};
  for (const api of ir.apis) {
    for (const endpoint of api.endpoints) {
      const key = toOpenApiPath(endpoint.path);
      const item = (paths[key] ??= {});
      (item as Record<string, unknown>)[endpoint.method.toLowerCase()] = buildOperation({ ir, api, endpoint, set, errorExamples });
    }
  }
  return paths;
}

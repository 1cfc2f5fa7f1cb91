/**
 * Endpoints → root fields: GET endpoints are Query fields, every
 * other method a Mutation field. Path and query parameters are arguments, the
 * request body is the `input` argument, the first 2xx body is the result
 * (`Boolean` when the endpoint returns no body).
 */
import type { EndpointNode, FieldNode } from "@specloom/core/plugin";
import type { SpecFacts } from "./adapter";
import { NameScope } from "./names";
import type { SdlField } from "./sdl";
import type { TypeMapper } from "./types";

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function doc(endpoint: EndpointNode): string {
  const http = `HTTP: ${endpoint.method} ${endpoint.path}`;
  return endpoint.docs.description ? `${endpoint.docs.description}\n\n${http}` : http;
}

export function rootField(endpoint: EndpointNode, facts: SpecFacts, mapper: TypeMapper, scope: NameScope): SdlField {
  const name = scope.claim(endpoint.name);
  if (name !== endpoint.name) mapper.report("graphql/name-changed", { what: "Operation", name: endpoint.name, graphqlName: name }, endpoint.loc);
  const owner = pascal(name);
  const argScope = new NameScope();
  const arg = (field: FieldNode, kind: string): SdlField => {
    const argName = argScope.claim(field.name);
    if (argName !== field.name)
      mapper.report("graphql/name-changed", { what: `${kind} parameter of '${endpoint.name}'`, name: field.name, graphqlName: argName }, field.loc);
    const type = mapper.fieldType(field, "input", `${owner}${pascal(argName)}`, `Parameter '${field.name}' of '${endpoint.name}'`);
    return { name: argName, type, description: field.docs.description, deprecated: field.docs.deprecated };
  };
  const args = [...endpoint.params.map((p) => arg(p, "Path")), ...endpoint.query.map((q) => arg(q, "Query"))];
  if (endpoint.body) {
    const type = mapper.typeRef(endpoint.body, "input", `${owner}Body`, `Body of '${endpoint.name}'`, endpoint.loc);
    args.push({ name: argScope.claim("input"), type: `${type}!`, description: "The request body." });
  }
  const success = facts.successResponse(endpoint);
  const result = success?.type
    ? `${mapper.typeRef(success.type, "output", `${owner}Result`, `Response of '${endpoint.name}'`, endpoint.loc)}!`
    : "Boolean";
  return { name, type: result, args, description: doc(endpoint), deprecated: endpoint.docs.deprecated };
}

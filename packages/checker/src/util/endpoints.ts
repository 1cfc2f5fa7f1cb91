/** Endpoint helpers shared by the route and response rules. */
import type { EndpointNode, SpecIR } from "@specloom/core";

/** Every endpoint, in declaration order (API groups, then their endpoints). */
export function allEndpoints(ir: SpecIR): EndpointNode[] {
  return ir.apis.flatMap((api) => api.endpoints);
}

/** Path segments without empty ones, so `/a//b/` and `/a/b` compare equal. */
export function pathSegments(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

/** `:id` and `{id}` both name a parameter. */
export function paramName(segment: string): string | undefined {
  if (segment.startsWith(":")) return segment.slice(1).replace(/\?$/, "");
  const braces = /^\{(\w+)\}$/.exec(segment);
  return braces ? braces[1] : undefined;
}

export function pathParams(path: string): string[] {
  return pathSegments(path).flatMap((s) => {
    const name = paramName(s);
    return name === undefined ? [] : [name];
  });
}

/** Route shape with parameter names erased: `/users/:id` and `/users/:userId` are the same route. */
export function routeKey(method: string, path: string): string {
  const shape = pathSegments(path).map((s) => (paramName(s) === undefined ? s.toLowerCase() : ":"));
  return `${method} /${shape.join("/")}`;
}

export function describeEndpoint(e: EndpointNode): string {
  return `${e.method} ${e.path}`;
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

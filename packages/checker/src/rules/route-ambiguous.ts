import type { EndpointNode } from "@specloom/core";
import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, paramName, pathSegments, routeKey } from "../util/endpoints";

/** True when every request `later` accepts is already matched by `earlier` (first match wins). */
function shadows(earlier: EndpointNode, later: EndpointNode): boolean {
  if (earlier.method !== later.method) return false;
  if (routeKey(earlier.method, earlier.path) === routeKey(later.method, later.path)) return false; // route-duplicate
  const a = pathSegments(earlier.path);
  const b = pathSegments(later.path);
  if (a.length !== b.length) return false;
  return a.every((seg, i) => {
    const other = b[i]!;
    if (paramName(seg) !== undefined) return true;
    return paramName(other) === undefined && seg.toLowerCase() === other.toLowerCase();
  });
}

export default defineRule({
  id: "route-ambiguous",
  code: "SL4009",
  severity: "error",
  message: "Route '{route}' is unreachable: '{earlier}' is declared first and matches it. Declare the static route first.",
  docs: "Routers match in declaration order, so `/users/:id` declared before `/users/me` swallows every `/users/me` request; static segments must come before parameters.",
  checklist: ["endpoints"],
  check(ctx) {
    const endpoints = allEndpoints(ctx.ir);
    endpoints.forEach((later, i) => {
      const earlier = endpoints.slice(0, i).find((e) => shadows(e, later));
      if (earlier) ctx.report({ route: describeEndpoint(later), earlier: describeEndpoint(earlier) }, later.loc);
    });
  },
});

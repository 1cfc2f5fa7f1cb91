import type { EndpointNode } from "@specloom/core";
import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, routeKey, routeSegments, optionLoc } from "../util/endpoints";

/** A route pre-split once: lowercased static segments, `undefined` for parameters. */
interface Shape {
  readonly endpoint: EndpointNode;
  readonly key: string;
  readonly segments: readonly (string | undefined)[];
}

function shapeOf(e: EndpointNode): Shape {
  const segments = routeSegments(e).map((s) => (s.kind === "static" ? s.text.toLowerCase() : undefined));
  return { endpoint: e, key: routeKey(e), segments };
}

/** True when every request `later` accepts is already matched by `earlier` (first match wins). */
function shadows(earlier: Shape, later: Shape): boolean {
  if (earlier.key === later.key) return false; // route-duplicate
  return earlier.segments.every((seg, i) => seg === undefined || (later.segments[i] !== undefined && seg === later.segments[i]));
}

export default defineRule({
  id: "route-ambiguous",
  code: "SL4009",
  severity: "error",
  message: "Route '{route}' is unreachable: '{earlier}' is declared first and matches it. Declare the static route first.",
  docs: "Routers match in declaration order, so `/users/:id` declared before `/users/me` swallows every `/users/me` request; static segments must come before parameters.",
  checklist: ["endpoints"],
  check(ctx) {
    // Only routes with the same method and segment count can shadow each other:
    // bucket them so large specs stay near-linear instead of all-pairs.
    const buckets = new Map<string, Shape[]>();
    for (const e of allEndpoints(ctx.ir)) {
      const later = shapeOf(e);
      const bucketKey = `${e.method} ${later.segments.length}`;
      const earlierShapes = buckets.get(bucketKey) ?? [];
      const earlier = earlierShapes.find((s) => shadows(s, later));
      if (earlier) ctx.report({ route: describeEndpoint(e), earlier: describeEndpoint(earlier.endpoint) }, optionLoc(e, "path"));
      earlierShapes.push(later);
      buckets.set(bucketKey, earlierShapes);
    }
  },
});

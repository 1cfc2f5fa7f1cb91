import type { EndpointNode } from "@specloom/core";
import { endpointRoute } from "@specloom/model";
import { defineRule } from "../rule";
import { allEndpoints, describeEndpoint, routeSegments, optionLoc } from "../util/endpoints";

/**
 * Earlier routes of one method, as a trie over lowercased static segments and
 * parameters (`undefined`). A node that ends a route keeps its first endpoint:
 * every route ending there has the same shape, so the first one shadows first.
 */
interface Trie {
  readonly statics: Map<string, Trie>;
  param?: Trie;
  first?: { readonly endpoint: EndpointNode; readonly order: number };
}

const trie = (): Trie => ({ statics: new Map() });

/**
 * The first-declared earlier route that matches every request `later` accepts:
 * a parameter matches anything, a static segment only the same static segment.
 * A route of exactly the same shape is route-duplicate's, not a shadow.
 */
function firstShadow(node: Trie, later: readonly (string | undefined)[], i: number, sameShape: boolean): Trie["first"] {
  if (i === later.length) return sameShape ? undefined : node.first;
  const seg = later[i];
  const viaParam = node.param && firstShadow(node.param, later, i + 1, sameShape && seg === undefined);
  const next = seg === undefined ? undefined : node.statics.get(seg);
  const viaStatic = next && firstShadow(next, later, i + 1, sameShape);
  if (!viaParam || !viaStatic) return viaParam ?? viaStatic;
  return viaParam.order < viaStatic.order ? viaParam : viaStatic;
}

function insert(root: Trie, segments: readonly (string | undefined)[], endpoint: EndpointNode, order: number): void {
  let node = root;
  for (const seg of segments) {
    if (seg === undefined) node = node.param ??= trie();
    else {
      let next = node.statics.get(seg);
      if (!next) node.statics.set(seg, (next = trie()));
      node = next;
    }
  }
  node.first ??= { endpoint, order };
}

export default defineRule({
  id: "route-ambiguous",
  code: "SL4009",
  severity: "error",
  message: "Route '{route}' is unreachable: '{earlier}' is declared first and matches it. Declare the static route first.",
  docs: "Routers match in declaration order, so `/users/:id` declared before `/users/me` swallows every `/users/me` request; static segments must come before parameters. Paths with different `?query`/`#fragment` suffixes are told apart by them.",
  checklist: ["endpoints"],
  check(ctx) {
    // One trie per method: a route is matched against the earlier ones in time linear in the
    // routes that could shadow it, so large specs stay near-linear instead of all-pairs.
    const byMethod = new Map<string, Trie>();
    allEndpoints(ctx.ir).forEach((e, order) => {
      // A template (`{id}.json`) is a key of its own: it does not match every request a static segment or
      // another template accepts, so treating it as a parameter reported routes that are reachable.
      const segments = routeSegments(e).map((s) =>
        s.kind === "static" ? s.text.toLowerCase() : s.kind === "template" ? s.text.replace(/\{[^}]*\}/g, "{}").toLowerCase() : undefined,
      );
      // A `?query`/`#fragment` suffix (`/tags/:arn#tagKeys`) names its own operation: routes are compared per suffix.
      const key = `${e.method} ${endpointRoute(e).suffix}`;
      let root = byMethod.get(key);
      if (!root) byMethod.set(key, (root = trie()));
      const earlier = firstShadow(root, segments, 0, true);
      if (earlier) ctx.report({ route: describeEndpoint(e), earlier: describeEndpoint(earlier.endpoint) }, optionLoc(e, "path"));
      insert(root, segments, e, order);
    });
  },
});

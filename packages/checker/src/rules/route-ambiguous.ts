import type { EndpointNode } from "@specloom/core";
import { defineRule } from "../rule";
import { endpointRoute, nodeReuse } from "@specloom/model";
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

interface Shape {
  /** Routes are compared per method and `?query`/`#fragment` suffix (`/tags/:arn#tagKeys` names its own operation). */
  readonly group: string;
  readonly segments: readonly (string | undefined)[];
  /** Method and segments as one string: equal shapes in the same order give equal findings. */
  readonly key: string;
}

/** By endpoint identity: watch mode keeps unchanged endpoints. */
const shapes = new WeakMap<EndpointNode, Shape>();

function shapeOf(e: EndpointNode): Shape {
  let shape = shapes.get(e);
  if (!shape) {
    // A template (`{id}.json`) is a key of its own: it does not match every request a static segment or
    // another template accepts, so treating it as a parameter reported routes that are reachable.
    const segments = routeSegments(e).map((s) =>
      s.kind === "static" ? s.text.toLowerCase() : s.kind === "template" ? s.text.replace(/\{[^}]*\}/g, "{}").toLowerCase() : undefined,
    );
    const group = `${e.method} ${endpointRoute(e).suffix}`;
    shapes.set(e, (shape = { group, segments, key: `${group}\0${segments.map((x) => (x === undefined ? "\u0001" : `/${x}`)).join("")}` }));
  }
  return shape;
}

/** Each unreachable endpoint's position with the position of the earlier one that shadows it. */
type Shadows = readonly (readonly [later: number, earlier: number])[];

function shadows(endpoints: readonly EndpointNode[]): Shadows {
  // One trie per method and suffix: a route is matched against the earlier ones in time linear in the
  // routes that could shadow it, so large specs stay near-linear instead of all-pairs.
  const byGroup = new Map<string, Trie>();
  const found: (readonly [number, number])[] = [];
  endpoints.forEach((e, order) => {
    const { group, segments } = shapeOf(e);
    let root = byGroup.get(group);
    if (!root) byGroup.set(group, (root = trie()));
    const earlier = firstShadow(root, segments, 0, true);
    if (earlier) found.push([order, earlier.order]);
    insert(root, segments, e, order);
  });
  return found;
}

/**
 * The previous run's shapes and what they gave: the findings depend on the endpoints only through their
 * shapes and order, so an edit that moves no route re-reports them without building the tries.
 */
let previous: { readonly keys: readonly string[]; readonly shadows: Shadows } | undefined;

export default defineRule({
  id: "route-ambiguous",
  code: "SL4009",
  severity: "error",
  message: "Route '{route}' is unreachable: '{earlier}' is declared first and matches it. Declare the static route first.",
  docs: "Routers match in declaration order, so `/users/:id` declared before `/users/me` swallows every `/users/me` request; static segments must come before parameters. Paths with different `?query`/`#fragment` suffixes are told apart by them.",
  checklist: ["endpoints"],
  check(ctx) {
    const endpoints = allEndpoints(ctx.ir);
    const keys = endpoints.map((e) => shapeOf(e).key);
    const same = previous !== undefined && previous.keys.length === keys.length && previous.keys.every((k, i) => k === keys[i]);
    const found = same ? previous!.shadows : shadows(endpoints);
    previous = nodeReuse() ? { keys, shadows: found } : undefined;
    for (const [later, earlier] of found) {
      const e = endpoints[later]!;
      ctx.report({ route: describeEndpoint(e), earlier: describeEndpoint(endpoints[earlier]!) }, optionLoc(e, "path"));
    }
  },
});

/**
 * The one route grammar: a path is `/`-separated segments; a segment `:name`
 * (optionally `:name?`) or `{name}` is a parameter, anything else is literal.
 * Empty segments are dropped, so `/a//b/` and `/a/b` are the same route.
 */
export type RouteSegment = { readonly kind: "static"; readonly text: string } | { readonly kind: "param"; readonly name: string };

export interface Route {
  readonly segments: readonly RouteSegment[];
  /** Parameter names in path order. */
  readonly params: readonly string[];
  /** The path in OpenAPI form: `/users/{id}`, leading slash, no trailing slash. */
  readonly openApiPath: string;
}

const COLON_PARAM = /^:([A-Za-z_][A-Za-z0-9_]*)\??$/;
const BRACE_PARAM = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

function segment(text: string): RouteSegment {
  const m = COLON_PARAM.exec(text) ?? BRACE_PARAM.exec(text);
  return m ? { kind: "param", name: m[1]! } : { kind: "static", text };
}

export function parseRoute(path: string): Route {
  const segments = path
    .split("/")
    .filter((s) => s.length > 0)
    .map(segment);
  const params = segments.flatMap((s) => (s.kind === "param" ? [s.name] : []));
  const openApiPath = "/" + segments.map((s) => (s.kind === "param" ? `{${s.name}}` : s.text)).join("/");
  return { segments, params, openApiPath };
}

/** Route shape with parameter names erased and literals case-folded: `/users/:id` and `/Users/:userId` collide. */
export function routeKey(method: string, route: Route): string {
  const shape = route.segments.map((s) => (s.kind === "param" ? ":" : s.text.toLowerCase()));
  return `${method} /${shape.join("/")}`;
}

const routes = new WeakMap<{ readonly path: string }, Route>();

/**
 * The parsed route of an endpoint, cached by node identity: a node is
 * immutable, so the cache is shared by every IR (watch mode) that reuses it.
 */
export function endpointRoute(endpoint: { readonly path: string }): Route {
  let route = routes.get(endpoint);
  if (!route) routes.set(endpoint, (route = parseRoute(endpoint.path)));
  return route;
}

/**
 * The one route grammar: a path is `/`-separated segments; a segment `:name`
 * (optionally `:name?`) or `{name}` is a parameter, a segment with `{name}` among
 * other text (`{id}.json`, `{name}:cancel`) a template, anything else literal.
 * Empty segments are dropped, so `/a//b` and `/a/b` are the same route; a
 * trailing `/` is kept (`/apps/` and `/apps` are different OpenAPI paths).
 * A `?query` or `#fragment` after the path (`/tags/:arn#tagKeys`, the way AWS
 * tells operations on one path apart) is kept verbatim as the route's suffix.
 */
export type RouteSegment =
  | { readonly kind: "static"; readonly text: string }
  | { readonly kind: "param"; readonly name: string }
  /** Text with embedded parameters; `text` is the OpenAPI form (`{id}.json`). */
  | { readonly kind: "template"; readonly text: string; readonly params: readonly string[] };

export interface Route {
  readonly segments: readonly RouteSegment[];
  /** Parameter names in path order. */
  readonly params: readonly string[];
  /** `?query` or `#fragment` written after the path, verbatim; `""` when there is none. */
  readonly suffix: string;
  /** The path in OpenAPI form: `/users/{id}`, leading slash, a trailing slash only when the path has one, then the suffix. */
  readonly openApiPath: string;
}

/**
 * `/tags/:arn#tagKeys` → `["/tags/:arn", "#tagKeys"]`: the suffix starts at the first `#`, or at the first `?` that
 * does not end an optional `:name?` segment.
 */
export function splitPathSuffix(path: string): readonly [path: string, suffix: string] {
  const at = path.search(/#|(?<!(?:^|\/):[A-Za-z_][A-Za-z0-9_]*)\?|\?(?!\/|$)/);
  return at < 0 ? [path, ""] : [path.slice(0, at), path.slice(at)];
}

const COLON_PARAM = /^:([A-Za-z_][A-Za-z0-9_]*)\??$/;
// Braces also hold OpenAPI names that are no identifiers (`{concept-type}`).
const BRACE_PARAM = /^\{([A-Za-z_][A-Za-z0-9_.-]*)\}$/;
const EMBEDDED_PARAM = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

function segment(text: string): RouteSegment {
  const m = COLON_PARAM.exec(text) ?? BRACE_PARAM.exec(text);
  if (m) return { kind: "param", name: m[1]! };
  const params = [...text.matchAll(EMBEDDED_PARAM)].map((p) => p[1]!);
  return params.length > 0 ? { kind: "template", text, params } : { kind: "static", text };
}

export function parseRoute(fullPath: string): Route {
  const [path, suffix] = splitPathSuffix(fullPath);
  const segments = path
    .split("/")
    .filter((s) => s.length > 0)
    .map(segment);
  const params = segments.flatMap((s) => (s.kind === "param" ? [s.name] : s.kind === "template" ? s.params : []));
  const trailing = segments.length > 0 && path.endsWith("/") ? "/" : "";
  const openApiPath = "/" + segments.map((s) => (s.kind === "param" ? `{${s.name}}` : s.text)).join("/") + trailing + suffix;
  return { segments, params, suffix, openApiPath };
}

/**
 * Route shape with parameter names erased and literals case-folded: `/users/:id` and `/Users/:userId` collide.
 * The suffix is kept as written: `/tags/:arn#tagKeys` and `/tags/:arn#other` are two OpenAPI paths.
 */
export function routeKey(method: string, route: Route): string {
  const shape = route.segments.map((s) =>
    s.kind === "param" ? ":" : s.kind === "template" ? s.text.replace(EMBEDDED_PARAM, "{}").toLowerCase() : s.text.toLowerCase(),
  );
  const trailing = route.segments.length > 0 && route.openApiPath.slice(0, route.openApiPath.length - route.suffix.length).endsWith("/");
  return `${method} /${shape.join("/")}${trailing ? "/" : ""}${route.suffix}`;
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

/**
 * One grammar for endpoint paths and API prefixes: `/` separated segments that
 * are either literal URL characters or a `:param` with an identifier name. Every
 * artifact derives its form (`{id}` in OpenAPI, comments in validators.ts) from it.
 */
import type { ApiNode, SpecloomConfig } from "@specloom/core";
import type { FrontendContext } from "./context";

/** RFC 3986 unreserved characters: safe unescaped in every artifact that shows a path. */
const LITERAL_SEGMENT = /^[A-Za-z0-9._~-]+$/;
const PARAM_SEGMENT = /^:[A-Za-z_][A-Za-z0-9_]*$/;

/** Why `path` breaks the grammar, or undefined when it is fine. */
export function pathProblem(path: string): string | undefined {
  // A missing leading or a trailing '/' is normalized when prefix and path are joined.
  const inner = path.replace(/^\/|\/$/g, "");
  if (inner === "") return undefined;
  for (const segment of inner.split("/")) {
    if (segment === "") return "it has an empty segment ('//')";
    const brace = /^\{(.*)\}$/.exec(segment);
    if (brace) return `write the parameter as ':${brace[1]}', not '${segment}'`;
    if (segment.startsWith(":")) {
      if (!PARAM_SEGMENT.test(segment))
        return `parameter '${segment}' must be ':' and a name of letters, digits and '_' (e.g. ':${
          segment
            .slice(1)
            .replace(/\W+/g, "_")
            .replace(/^_+|_+$/g, "") || "id"
        }')`;
      continue;
    }
    if (segment.includes(":")) return `segment '${segment}' mixes text and a parameter; a parameter is a whole segment`;
    if (!LITERAL_SEGMENT.test(segment))
      return `segment '${segment}' contains characters that are not allowed in a URL path (only letters, digits and '-._~')`;
  }
  return undefined;
}

/** The path part of a server URL (`https://x.io/api` → `/api`), without a trailing slash. */
function serverPath(url: string): string {
  let p = url;
  if (!url.startsWith("/")) {
    try {
      p = new URL(url).pathname;
    } catch {
      return "";
    }
  }
  return p.replace(/\/+$/, "");
}

/** Warns when an endpoint repeats the server URL's path (`/api` + `/api/users` → `/api/api/users`). */
export function checkServerPrefixes(apis: readonly ApiNode[], config: SpecloomConfig, ctx: FrontendContext): void {
  for (const server of config.openapi.servers) {
    const base = serverPath(server.url);
    if (!base) continue;
    for (const api of apis) {
      const first = api.endpoints.find((e) => e.path === base || e.path.startsWith(base + "/"));
      if (!first) continue;
      ctx.report(
        "server-prefix-repeated",
        { path: first.path, url: server.url, full: base + first.path },
        api.prefix.startsWith(base) ? api.loc : first.loc,
      );
    }
  }
}

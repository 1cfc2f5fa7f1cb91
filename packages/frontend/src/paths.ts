/**
 * One grammar for endpoint paths and API prefixes: `/` separated segments that
 * are literal URL characters, a whole-segment `:param`, or text with `{param}`s
 * embedded (`{id}.json`, `{name}:cancel`). Every artifact derives its form
 * (`{id}` in OpenAPI, comments in validators.ts) from it. An endpoint's path may
 * end in a `?query` or `#fragment` (`/tags/:arn#tagKeys`): OpenAPI documents such
 * as AWS's tell operations on one URL apart that way, and the key is kept verbatim.
 */
import type { ApiNode, SpecloomConfig } from "@specloom/core";
import { splitPathSuffix } from "@specloom/model";
import type { FrontendContext } from "./context";

/**
 * RFC 3986 unreserved characters, `:` and `,`, and the path characters real APIs use (`$batch`, `@{lat},{lng}`,
 * `getCount(status='{status}')`, `regions={region}`, `!`, `+`): safe unescaped in every artifact that shows a path.
 * Not `*` (a comment terminator next to `/`), `&` and `;` (entities in Markdown), nor anything that needs escaping.
 */
const LITERAL_TEXT = /^[A-Za-z0-9._~:,$@=()'!+-]*$/;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `{name}` also holds OpenAPI names with '-' or '.' (`{concept-type}`), which no `:name` can. */
const BRACE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const PARAM_SEGMENT = /^:[A-Za-z_][A-Za-z0-9_]*$/;

const identifierHint = (name: string) => name.replace(/\W+/g, "_").replace(/^_+|_+$/g, "") || "id";

/** Why one segment with embedded `{param}`s or plain text breaks the grammar. */
function textSegmentProblem(segment: string): string | undefined {
  for (const m of segment.matchAll(/\{([^}]*)\}/g))
    if (!BRACE_NAME.test(m[1]!))
      return `parameter '{${m[1]!}}' in '${segment}' must be a name of letters, digits and '_-.' (e.g. '{${identifierHint(m[1]!)}}')`;
  const text = segment.replace(/\{[^}]*\}/g, "");
  if (!LITERAL_TEXT.test(text) || text.includes("{") || text.includes("}"))
    return `segment '${segment}' contains characters that are not allowed in a URL path (only letters, digits and '-._~:,$@=()'!+')`;
  return undefined;
}

/** After `?` or `#`: unreserved characters, `=` and `&` (`#X-Amz-Target=Service.Op`, `?list-type=2&x-id=List`). */
const SUFFIX_TEXT = /^[A-Za-z0-9._~=&-]+$/;

/** Why a `?query`/`#fragment` suffix breaks the grammar. */
function suffixProblem(suffix: string, endpoint: boolean): string | undefined {
  if (!endpoint) return `a prefix cannot end in '${suffix}': only an endpoint's path can (e.g. path: "/#${suffix.slice(1)}")`;
  if (suffix.length === 1) return `nothing follows '${suffix}': write the query or fragment (e.g. '${suffix}uploads') or leave '${suffix}' out`;
  if (!SUFFIX_TEXT.test(suffix.slice(1)))
    return `'${suffix}' after the path may only contain letters, digits and '-._~=&' (no parameters, no second '?' or '#')`;
  return undefined;
}

/** Why `path` (an endpoint's, or a group's `prefix`) breaks the grammar, or undefined when it is fine. */
export function pathProblem(fullPath: string, endpoint = true): string | undefined {
  const [path, suffix] = splitPathSuffix(fullPath);
  if (suffix) {
    const problem = suffixProblem(suffix, endpoint);
    if (problem) return problem;
  }
  // A missing leading '/' is normalized when prefix and path are joined; a trailing one is kept.
  const inner = path.replace(/^\/|\/$/g, "");
  if (inner === "") return undefined;
  for (const segment of inner.split("/")) {
    if (segment === "") return "it has an empty segment ('//')";
    const brace = /^\{(.*)\}$/.exec(segment);
    if (brace && PARAM_NAME.test(brace[1]!)) return `write the parameter as ':${brace[1]}', not '${segment}'`;
    if (segment.startsWith(":")) {
      if (!PARAM_SEGMENT.test(segment))
        return `parameter '${segment}' must be ':' and a name of letters, digits and '_' (e.g. ':${identifierHint(segment.slice(1))}')`;
      continue;
    }
    const problem = textSegmentProblem(segment);
    if (problem) return problem;
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

/**
 * The fixed part of client.ts: one `request` function every generated method calls. It holds no user text.
 * Written for `tsc --strict` and any runtime with `fetch` (Node 18+, browsers, Deno, Bun).
 */
export const CLIENT_RUNTIME = `export interface ClientOptions {
  /** Origin and base path the OpenAPI paths are appended to, e.g. "https://api.example.com". */
  readonly baseUrl: string;
  /** Headers sent with every request (an Authorization header, for instance). */
  readonly headers?: Record<string, string>;
  /** A fetch implementation; the global fetch by default. */
  readonly fetch?: typeof fetch;
}

type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type Code<S> = S extends \`\${infer N extends number}\` ? N : never;
type CodesOf<C extends string> = Code<\`\${C}\${Digit}\${Digit}\`>;
/** The codes a response key stands for: itself, its range's codes no other key names, or (default) every other code. */
type StatusOf<R, S> = S extends \`\${infer N extends number}\`
  ? N
  : S extends \`\${infer C extends "1" | "2" | "3" | "4" | "5"}XX\`
    ? Exclude<CodesOf<C>, Code<keyof R>>
    : Exclude<CodesOf<"1" | "2" | "3" | "4" | "5">, Code<keyof R> | CodesOf<keyof R extends infer K ? (K extends \`\${infer C extends string}XX\` ? C : never) : never>>;

/** One declared response: narrowing on \`status\` narrows \`data\`, for ranges (\`4XX\`) and \`default\` too. */
export type ApiResponse<R> = {
  [S in keyof R]: { readonly status: StatusOf<R, S>; readonly ok: boolean; readonly data: R[S]; readonly response: Response };
}[keyof R];

/** A response whose status the API does not declare for the operation. */
export class UndeclaredStatusError extends Error {
  constructor(
    readonly status: number,
    readonly data: unknown,
    readonly response: Response,
  ) {
    super(\`Undeclared response status \${status} from \${response.url}\`);
    this.name = "UndeclaredStatusError";
  }
}

interface RequestInput {
  readonly path?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
  readonly headers?: Record<string, unknown>;
  readonly body?: unknown;
}

const text = (value: unknown): string => (typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));

type Route = readonly [method: string, path: string, statuses: readonly string[]];

async function request<R>(options: ClientOptions, route: Route, input: RequestInput, init?: RequestInit): Promise<ApiResponse<R>> {
  const [method, template, declared] = route;
  const path = template.replace(/\\{([^}]+)\\}/g, (_, name: string) => encodeURIComponent(text(input.path?.[name])));
  const url = new URL(options.baseUrl.replace(/\\/+$/, "") + path);
  for (const [name, value] of Object.entries(input.query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, text(item));
  }
  const headers = new Headers(options.headers);
  for (const [name, value] of Object.entries(input.headers ?? {})) if (value !== undefined) headers.set(name, text(value));
  if (input.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  if (!headers.has("accept")) headers.set("accept", "application/json");
  const response = await (options.fetch ?? fetch)(url, {
    ...init,
    method,
    headers,
    ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
  });
  const raw = await response.text();
  const data: unknown = raw === "" ? undefined : /json/i.test(response.headers.get("content-type") ?? "") ? JSON.parse(raw) : raw;
  const status = response.status;
  const key = [String(status), \`\${String(status)[0]}XX\`, "default"].find((k) => declared.includes(k));
  if (key === undefined) throw new UndeclaredStatusError(status, data, response);
  return { status, ok: response.ok, data, response } as unknown as ApiResponse<R>;
}
`;

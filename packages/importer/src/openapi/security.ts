/**
 * Security: components/securitySchemes → the auth config's `schemes` (an
 * `auth` section in spec/auth.ts), each operation's effective requirements →
 * its `auth` and `security`. The auth config also needs fields an OpenAPI
 * document does not have (token lifetime, password hashing, roles): they get
 * starter values, reported so the user reviews them.
 */
import { tsPropertyKey, tsStringLiteral } from "@specloom/core";
import { isObject, pointerJoin, type Json, type JsonObject, type OpenApiImport } from "./context";

const FLOW_KEYS: Record<string, readonly string[]> = {
  authorizationCode: ["authorizationUrl", "tokenUrl", "refreshUrl", "scopes"],
  clientCredentials: ["tokenUrl", "refreshUrl", "scopes"],
  implicit: ["authorizationUrl", "refreshUrl", "scopes"],
  password: ["tokenUrl", "refreshUrl", "scopes"],
};

/** A JSON value as a TS object literal. */
export function tsValue(v: Json, indent = ""): string {
  if (typeof v === "string") return tsStringLiteral(v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => tsValue(x, indent)).join(", ")}]`;
  const inner = `${indent}  `;
  return `{\n${Object.entries(v)
    .map(([k, x]) => `${inner}${tsPropertyKey(k)}: ${tsValue(x, inner)},\n`)
    .join("")}${indent}}`;
}

function pick(o: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]!]));
}

/** One OpenAPI Security Scheme Object in the DSL's shape, or undefined (reported) when it has none. */
function scheme(ctx: OpenApiImport, s: JsonObject, pointer: string): JsonObject | undefined {
  const description: JsonObject = typeof s.description === "string" && s.description.trim() ? { description: s.description } : {};
  const scheme = typeof s.scheme === "string" ? s.scheme.toLowerCase() : "";
  if (s.type === "http" && (scheme === "bearer" || scheme === "basic"))
    return { type: "http", scheme, ...pick(s, scheme === "bearer" ? ["bearerFormat"] : []), ...description };
  if (s.type === "apiKey" && typeof s.name === "string" && typeof s.in === "string" && ["header", "query", "cookie"].includes(s.in))
    return { type: "apiKey", in: s.in, name: s.name, ...description };
  if (s.type === "openIdConnect" && typeof s.openIdConnectUrl === "string") return { type: "openIdConnect", url: s.openIdConnectUrl, ...description };
  if (s.type === "oauth2" && isObject(s.flows)) {
    const flows: JsonObject = {};
    for (const [name, f] of Object.entries(s.flows)) {
      if (isObject(f) && FLOW_KEYS[name]) flows[name] = { ...pick(f, FLOW_KEYS[name]), scopes: isObject(f.scopes) ? f.scopes : {} };
      else ctx.report("import-oa-security", pointerJoin(pointer, "flows", name), `OAuth flow '${name}'`, "dropped", "not an OAuth 2 flow");
    }
    return { type: "oauth2", flows, ...description };
  }
  ctx.report(
    "import-oa-security",
    pointer,
    `security scheme of type '${typeof s.type === "string" ? s.type : "?"}${scheme ? ` ${scheme}` : ""}'`,
    "dropped",
    "the DSL has http bearer/basic, apiKey, oauth2 and openIdConnect",
  );
  return undefined;
}

export class SecurityImport {
  /** Schemes the DSL can declare, by name. */
  readonly schemes = new Map<string, JsonObject>();

  constructor(private readonly ctx: OpenApiImport) {
    const components = ctx.root.components;
    const declared = isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
    for (const name of Object.keys(declared)) {
      const { value, pointer } = ctx.deref(declared[name]!, pointerJoin("/components/securitySchemes", name));
      const converted = isObject(value) ? scheme(ctx, value, pointer) : undefined;
      if (converted) this.schemes.set(name, converted);
    }
  }

  /** `auth` and `security` of one operation (`security` absent when public). */
  endpoint(op: JsonObject, opPointer: string): { auth: "public" | "optional" | "authenticated"; security?: string } {
    const own = op.security !== undefined;
    const requirements = own ? op.security : this.ctx.root.security;
    const pointer = own ? pointerJoin(opPointer, "security") : "/security";
    const alternatives = Array.isArray(requirements) ? requirements.filter(isObject) : [];
    const named = alternatives.filter((a) => Object.keys(a).length > 0);
    if (named.length === 0) return { auth: "public" };
    const usable = named.filter((a) => Object.keys(a).every((n) => this.schemes.has(n)));
    const unknown = named.flatMap((a) => Object.keys(a)).filter((n) => !this.schemes.has(n));
    if (unknown.length > 0)
      this.ctx.report(
        "import-oa-security",
        pointer,
        `security '${[...new Set(unknown)].join("', '")}'`,
        "dropped",
        "the scheme has no form: alternatives that need it are left out",
      );
    if (usable.length === 0) return { auth: "public" };
    const anonymous = named.length < alternatives.length;
    const items = [...usable, ...(anonymous ? [{}] : [])].map((a: JsonObject) => {
      const names = Object.keys(a);
      if (names.length === 1 && Array.isArray(a[names[0]!]) && (a[names[0]!] as Json[]).length === 0) return tsStringLiteral(names[0]!);
      return `{ ${names.map((n) => `${tsPropertyKey(n)}: [${(Array.isArray(a[n]) ? a[n] : []).map((x) => tsStringLiteral(typeof x === "string" ? x : JSON.stringify(x))).join(", ")}]`).join("; ")} }`;
    });
    return { auth: anonymous ? "optional" : "authenticated", security: `[${items.join(", ")}]` };
  }

  /** spec/auth.ts, or undefined when the document declares no scheme the DSL can hold. */
  module(header: string): string | undefined {
    if (this.schemes.size === 0) return undefined;
    this.ctx.report(
      "import-oa-security",
      "/components/securitySchemes",
      "the auth config's strategy, token lifetime, password hashing and roles",
      "approximate",
      "an OpenAPI document does not say them: spec/auth.ts has starter values to review",
    );
    const schemes = Object.fromEntries(this.schemes);
    return `${header}import type { AuthConfig } from "specloom";\n\n/** The document's security schemes. The fields before \`schemes\` are starter values: an OpenAPI document does not say them. */\nexport const auth = {\n  strategy: "oauth",\n  accessToken: { ttl: "1h" },\n  passwordHashing: { algorithm: "bcrypt" },\n  roles: [],\n  schemes: ${tsValue(schemes, "  ")},\n} satisfies AuthConfig;\n`;
  }
}

/**
 * `specloom import openapi`: an OpenAPI 3.0/3.1 document → a specloom project
 * (config, `spec/schemas.ts` with the component schemas, `spec/responses.ts`
 * with the responses several operations share, one `spec/api/<tag>.ts` per
 * group, an entry re-exporting them). API schemas stay API types: no
 * entity is invented. Files are formatted with prettier.
 */
import { tsLineCommentText, tsStringLiteral, type Diagnostic } from "@specloom/core";
import { formatTypeScript } from "../print";
import { ENTRY, type ProjectFile } from "../project";
import { apiSource, buildApiGroups } from "./apis";
import { isObject, pointerJoin, type JsonObject, OpenApiImport } from "./context";
import { loadOpenApi, type LoadedDocument } from "./load";
import { SchemaDeclarations } from "./schema-declarations";
import { SecurityImport } from "./security";
import { buildWebhookGroups, webhooksSource } from "./webhooks";
import { sharedResponseDeclarations } from "./shared-responses";

export interface OpenApiImportResult {
  readonly projectName: string;
  /** Empty when the source could not be read. */
  readonly files: readonly ProjectFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: { readonly endpoints: number; readonly schemas: number };
}

/** Everything the authoring package exports that imported code may use. */
const DSL_NAMES = [
  "Api",
  "Endpoint",
  "Webhook",
  "Webhooks",
  "NoContent",
  "Response",
  "Binary",
  "Phone",
  "Format",
  "CustomFormat",
  "ExclusiveMinimum",
  "ExclusiveMaximum",
  "MultipleOf",
  "MinItems",
  "MaxItems",
  "UniqueItems",
  "UUID",
  "Email",
  "Url",
  "DateTime",
  "DateOnly",
  "Int",
  "BigInt64",
  "Integer",
  "Closed",
  "AdditionalProperties",
  "MinProperties",
  "MaxProperties",
  "OneOf",
  "MinLength",
  "MaxLength",
  "Minimum",
  "Maximum",
  "Pattern",
  "Default",
  "ReadOnly",
  "WriteOnly",
];

const ERRORS_SOURCE = (header: string): string =>
  `${header}import type { ErrorsConfig } from "specloom";\n\n/** An OpenAPI document lists every response of an operation: specloom adds none (no automatic 401, 403 or 429). */\nexport const errors = { automaticResponses: false } satisfies ErrorsConfig;\n`;

const slug = (s: string): string =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "api";

function importsFor(body: string, names: readonly string[], from: string): string {
  const used = names.filter((n) => new RegExp(`(?<![\\w$."'])${n.replace(/\$/g, "\\$")}(?![\\w$])`).test(body));
  return used.length > 0 ? `import type { ${[...used].sort().join(", ")} } from ${tsStringLiteral(from)};\n` : "";
}

/** Document-level parts the DSL has no place for, reported once each. */
function reportDocumentGaps(ctx: OpenApiImport): void {
  const servers = Array.isArray(ctx.root.servers) ? ctx.root.servers : [];
  servers.forEach((s, i) => {
    if (isObject(s) && isObject(s.variables))
      ctx.report("import-oa-path", pointerJoin("/servers", i, "variables"), "server variables", "approximate", "the URL is written with their defaults");
  });
}

/** `{ key: { name, url, … } }` with the non-empty string fields the config knows (extensions are not config keys). */
function textFields(key: string, value: unknown, fields: readonly string[]): Record<string, Record<string, string>> {
  if (!isObject(value)) return {};
  const picked = Object.fromEntries(fields.flatMap((f) => (typeof value[f] === "string" && value[f].trim() ? [[f, value[f]]] : [])));
  return Object.keys(picked).length > 0 ? { [key]: picked } : {};
}

function serversOf(root: JsonObject): { url: string; description?: string }[] {
  const servers = Array.isArray(root.servers) ? root.servers : [];
  return servers.filter(isObject).map((s) => {
    const vars = isObject(s.variables) ? s.variables : {};
    const url = (typeof s.url === "string" ? s.url : "/").replace(/\{([^}]+)\}/g, (whole, n: string) => {
      const v = vars[n];
      return isObject(v) && typeof v.default === "string" ? v.default : whole;
    });
    return { url: url || "/", ...(typeof s.description === "string" && s.description.trim() ? { description: s.description } : {}) };
  });
}

export interface OpenApiImportOptions {
  /** Format with prettier (default true); the round trip skips it, since formatting never changes meaning. */
  readonly format?: boolean;
}

export async function openApiToProject(
  loaded: LoadedDocument,
  origin: string,
  fallbackName: string,
  options: OpenApiImportOptions = {},
): Promise<OpenApiImportResult> {
  const format = options.format === false ? (text: string) => Promise.resolve(text) : formatTypeScript;
  const ctx = new OpenApiImport(loaded);
  const schemas = new SchemaDeclarations(ctx);
  schemas.nameComponents();
  reportDocumentGaps(ctx);
  const security = new SecurityImport(ctx);
  const groups = buildApiGroups(ctx, schemas.writer, security);
  const webhookGroups = buildWebhookGroups(ctx, schemas.writer, security);
  // Declared after the operations so names hoisted from inline schemas come after the components, like a person would order them.
  const componentsStart = schemas.declarations.length;
  schemas.declareComponents();
  const declarations = [...schemas.declarations.slice(componentsStart), ...schemas.declarations.slice(0, componentsStart)];
  const schemaNames = declarations.map((d) => d.name);

  const header = `// ${tsLineCommentText(`Imported by specloom from ${origin}. Edit freely: this file is yours now.`)}\n`;
  const files: ProjectFile[] = [];
  const modules: string[] = [];
  if (declarations.length > 0) {
    const body = declarations.map((d) => d.text).join("\n");
    files.push({ path: "spec/schemas.ts", content: await format(`${header}${importsFor(body, DSL_NAMES, "specloom")}\n${body}`) });
    modules.push("./schemas");
  }
  // OpenAPI lists every response of an operation: the imported endpoints answer exactly those, with no automatic 401/403/429.
  files.push({ path: "spec/errors.ts", content: await format(ERRORS_SOURCE(header)) });
  modules.push("./errors");
  const authSource = security.module(header);
  if (authSource) {
    files.push({ path: "spec/auth.ts", content: await format(authSource) });
    modules.push("./auth");
  }
  const responses = sharedResponseDeclarations(ctx);
  const responseNames = responses.map((d) => d.name);
  if (responses.length > 0) {
    const body = responses.map((d) => d.text).join("\n");
    const imports = importsFor(body, DSL_NAMES, "specloom") + importsFor(body, schemaNames, "./schemas");
    files.push({ path: "spec/responses.ts", content: await format(`${header}${imports}\n${body}`) });
    modules.push("./responses");
  }
  const usedSlugs = new Set<string>();
  for (const g of groups) {
    let file = slug(g.tag);
    for (let i = 2; usedSlugs.has(file); i++) file = `${slug(g.tag)}-${i}`;
    usedSlugs.add(file);
    const body = apiSource(g);
    const imports =
      importsFor(body, DSL_NAMES, "specloom") + importsFor(body, responseNames, "../responses") + importsFor(body, schemaNames, "../schemas");
    files.push({ path: `spec/api/${file}.ts`, content: await format(`${header}${imports}\n${body}`) });
    modules.push(`./api/${file}`);
  }
  if (webhookGroups.length > 0) {
    const body = webhooksSource(webhookGroups);
    const imports = importsFor(body, DSL_NAMES, "specloom") + importsFor(body, schemaNames, "./schemas");
    files.push({ path: "spec/webhooks.ts", content: await format(`${header}${imports}\n${body}`) });
    modules.push("./webhooks");
  }
  files.push({ path: ENTRY, content: `${header}${modules.map((m) => `export * from ${tsStringLiteral(m)};\n`).join("")}` });

  const info = isObject(ctx.root.info) ? ctx.root.info : {};
  const title = typeof info.title === "string" && info.title.trim() ? info.title.trim() : fallbackName;
  const config = {
    projectName: title,
    entry: ENTRY,
    documentationDir: "docs",
    documentationLanguage: "en",
    openapi: {
      version: loaded.version === "3.0" ? "3.0.3" : "3.1.0",
      servers: serversOf(ctx.root),
      info: {
        title,
        version:
          typeof info.version === "string" && info.version.trim() ? info.version : typeof info.version === "number" ? String(info.version) : "1.0.0",
        ...(typeof info.description === "string" && info.description.trim() ? { description: info.description } : {}),
        ...(typeof info.termsOfService === "string" && info.termsOfService ? { termsOfService: info.termsOfService } : {}),
        ...textFields("contact", info.contact, ["name", "url", "email"]),
        ...(isObject(info.license) && typeof info.license.name === "string" && info.license.name.trim()
          ? textFields("license", info.license, ["name", info.license.identifier ? "identifier" : "url"])
          : {}),
      },
    },
  };
  const rules = Object.fromEntries([...ctx.relaxedRules].sort().map((r) => [r, "warning"]));
  if (Object.keys(rules).length > 0) Object.assign(config, { rules });
  files.push({ path: "specloom.config.json", content: `${JSON.stringify(config, null, 2)}\n` });
  return {
    projectName: title,
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
    diagnostics: ctx.diagnostics,
    counts: { endpoints: groups.reduce((n, g) => n + g.endpoints.length, 0), schemas: declarations.length },
  };
}

/** Reads the source (a file, `-`, or a URL) and imports it; nothing but diagnostics when it cannot be read. */
export async function importOpenApi(
  source: string,
  origin: string,
  fallbackName: string,
  options: OpenApiImportOptions = {},
): Promise<OpenApiImportResult> {
  const loaded = await loadOpenApi(source, origin);
  if (!loaded.ok) return { projectName: fallbackName, files: [], diagnostics: loaded.diagnostics, counts: { endpoints: 0, schemas: 0 } };
  return openApiToProject(loaded.loaded, origin, fallbackName, options);
}

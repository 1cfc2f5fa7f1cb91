/**
 * Diagnostics are data: each library (core, the checker, every plugin) has its
 * own table of codes with a default severity and a message template, and one
 * creator typed from it. There is no global registry; nothing else builds
 * diagnostic text.
 *
 * Code ranges: SL1xxx usage/config (exit 2), SL2xxx TypeScript, SL3xxx front
 * end, SL4xxx checker rules, SL5xxx emitters and output, SL6xxx migrations and
 * diff (registered by @specloom/migrate), SL9xxx internal.
 */
import type { SourceLocation } from "./ir";

export type Severity = "error" | "warning";

export interface DiagnosticDef {
  /** Shown as `error <code>:`; a plugin's diagnostics default to their id. */
  readonly code?: string;
  readonly severity: Severity;
  /** Template with `{name}` placeholders; the creator's arguments are typed from it. */
  readonly message: string;
  /** Usage and config problems exit with 2 instead of 1. */
  readonly usage?: boolean;
}

/** The `{name}` placeholders of a message template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name extends `${string}{${infer Inner}`
    ? Placeholders<`{${Inner}}${Rest}`> // `{{x}}`: the inner `{x}` is the placeholder, as in formatTemplate
    : (Name extends `${string} ${string}` ? never : Name) | Placeholders<Rest>
  : never;

/** The arguments a template needs: one string or number per placeholder. */
export type MessageArgs<S extends string> = { readonly [K in Placeholders<S>]: string | number };

/** `(args, loc?, severity?)`, with `args` optional only when the template has no placeholders. */
export type CreatorArgs<S extends string> = [Placeholders<S>] extends [never]
  ? [args?: Readonly<Record<string, never>>, loc?: SourceLocation, severity?: Severity]
  : [args: MessageArgs<S>, loc?: SourceLocation, severity?: Severity];

/** A library's diagnostics: its definitions plus the one creator for them. */
export interface DiagnosticLibrary<D extends Readonly<Record<string, DiagnosticDef>> = Readonly<Record<string, DiagnosticDef>>> {
  /** The library (plugin) name these diagnostics belong to. */
  readonly library: string;
  readonly defs: D;
  create<K extends keyof D & string>(id: K, ...rest: CreatorArgs<D[K]["message"]>): Diagnostic;
}

/**
 * One library's diagnostics, with no shared registry: each library creates
 * only its own ids, and a typo in an id or a missing placeholder is a type error.
 */
export function createDiagnostics<const D extends Readonly<Record<string, DiagnosticDef>>>(library: string, defs: D): DiagnosticLibrary<D> {
  return {
    library,
    defs,
    create(id, ...rest) {
      const [args, loc, severity] = rest as [Readonly<Record<string, string | number>> | undefined, SourceLocation | undefined, Severity | undefined];
      return diagnosticFromDef(id, defs[id] as DiagnosticDef, args ?? {}, loc, severity);
    },
  };
}

/** Builds a diagnostic from a definition the caller already holds (checker rules carry their own). */
export function diagnosticFromDef(
  id: string,
  def: DiagnosticDef,
  args: Readonly<Record<string, string | number>>,
  loc?: SourceLocation,
  severity?: Severity,
): Diagnostic {
  return {
    id,
    code: def.code ?? id,
    severity: severity ?? def.severity,
    message: formatTemplate(def.message, args),
    ...(loc ? { loc } : {}),
    ...(def.usage ? { usage: true } : {}),
  };
}

function defs<const T extends Record<string, DiagnosticDef & { readonly code: string }>>(map: T): T {
  return map;
}

export const diagnosticDefs = defs({
  // ---- usage and config (exit 2)
  "config-not-found": {
    code: "SL1001",
    severity: "error",
    usage: true,
    message:
      "Cannot find specloom.config.json in '{dir}'. Run 'specloom init' to create a project there, or name the project's folder: specloom build <dir>.",
  },
  "config-invalid-json": { code: "SL1002", severity: "error", usage: true, message: "specloom.config.json is not valid JSON: {detail}" },
  "config-unknown-key": { code: "SL1003", severity: "error", usage: true, message: "Unknown config key '{key}'.{hint}" },
  "config-invalid-value": { code: "SL1004", severity: "error", usage: true, message: "Invalid value for '{key}': {detail}" },
  "unknown-language": {
    code: "SL1005",
    severity: "error",
    usage: true,
    message: "Unknown documentation language '{lang}'. Available: {available}.{hint}",
  },
  "entry-not-found": { code: "SL1006", severity: "error", usage: true, message: "Entry file '{file}' does not exist." },
  "cli-usage": { code: "SL1007", severity: "error", usage: true, message: "{detail}" },
  "serve-failed": { code: "SL1030", severity: "error", usage: true, message: "Cannot serve the output on 127.0.0.1:{port}: {detail}" },
  "output-not-writable": { code: "SL1008", severity: "error", usage: true, message: "Cannot write to output directory '{dir}': {detail}" },
  "project-dir-not-found": { code: "SL1009", severity: "error", usage: true, message: "Project directory '{dir}' does not exist." },
  "plugin-not-found": { code: "SL1010", severity: "error", usage: true, message: "Cannot find plugin '{spec}'.{hint}" },
  "plugin-load-failed": { code: "SL1011", severity: "error", usage: true, message: "Plugin '{spec}' failed to load: {detail}" },
  "plugin-invalid": { code: "SL1012", severity: "error", usage: true, message: "Plugin '{spec}' is malformed: {detail}" },
  "plugin-conflict": { code: "SL1013", severity: "error", usage: true, message: "{what} '{name}' is declared by both {first} and {second}." },
  "unknown-artifact": { code: "SL1014", severity: "error", usage: true, message: "Unknown artifact '{artifact}' in 'emit'.{hint}" },
  "unknown-plugin-options": {
    code: "SL1015",
    severity: "error",
    usage: true,
    message: "'pluginOptions' names '{name}', which is not a loaded plugin.{hint}",
  },
  "output-path-unsafe": {
    code: "SL1020",
    severity: "error",
    usage: true,
    message: "Refusing to write into output directory '{dir}': '{file}' {reason} specloom writes only regular files inside the output folder.",
  },
  "output-locked": {
    code: "SL1021",
    severity: "error",
    usage: true,
    message:
      "Output directory '{dir}' is locked by another specloom build ({owner}); gave up after {seconds} s (SPECLOOM_LOCK_TIMEOUT_MS). If no build is running there, delete the lock file.",
  },

  // ---- TypeScript
  "ts-error": { code: "SL2001", severity: "error", message: "TS{tsCode}: {detail}" },

  // ---- front end
  "unknown-annotation": { code: "SL3001", severity: "error", message: "Unknown specloom annotation '{name}'." },
  "annotation-wrong-type": { code: "SL3002", severity: "error", message: "Annotation '{tag}' cannot apply to a {type} field." },
  "relation-target-not-model": {
    code: "SL3003",
    severity: "error",
    message: "Relation '{field}' targets '{target}', which is not a model (extend Entity<…>).{hint}",
  },
  "config-not-literal": {
    code: "SL3004",
    severity: "error",
    message: "Config value at '{path}' must be a literal; computed values cannot be read statically.",
  },
  "unsupported-type": { code: "SL3005", severity: "error", message: "Type '{type}' of '{where}' cannot be represented: {detail}" },
  "invalid-option": { code: "SL3006", severity: "error", message: "Invalid {what}: {detail}" },
  "duplicate-declaration": { code: "SL3007", severity: "error", message: "Duplicate {what} '{name}' (first declared at {first})." },
  "type-too-deep": { code: "SL3008", severity: "error", message: "Type of '{where}' nests deeper than {max} levels; name the inner types." },
  "invalid-rate-limit": { code: "SL3009", severity: "error", message: "Invalid rate limit '{value}'; expected e.g. '5/min per ip'." },
  "unknown-config-section": { code: "SL3010", severity: "error", message: "'{name}' satisfies '{type}', which is not a specloom config section." },
  "no-entry-declarations": { code: "SL3011", severity: "warning", message: "The entry '{file}' declares no models, endpoints or services." },
  "prerequisite-missing": { code: "SL3012", severity: "warning", message: "Prerequisite document '{file}' is missing; the build continues without it." },
  "nul-character": {
    code: "SL3040",
    severity: "error",
    message: "'{where}' contains a NUL character (U+0000), which PostgreSQL text and most tools cannot hold; remove it.",
  },
  "invalid-env-name": {
    code: "SL3041",
    severity: "error",
    message: "Environment variable name '{name}' cannot be declared in a .env file; use letters, digits and '_', not starting with a digit.",
  },
  "database-mismatch": { code: "SL3013", severity: "warning", message: "tech-stack.md names '{database}', but specloom emits PostgreSQL DDL." },
  "pattern-not-portable": {
    code: "SL3015",
    severity: "error",
    message: "Pattern '{pattern}' cannot be used: {detail}. Patterns must mean the same in OpenAPI, the validators and PostgreSQL.",
  },
  "unknown-option-key": { code: "SL3014", severity: "error", message: "Unknown key '{key}' in {what}.{hint}" },
  "default-mismatch": { code: "SL3019", severity: "error", message: "Default {value} does not fit '{field}': {detail}." },
  "model-extends-model": {
    code: "SL3020",
    severity: "error",
    message:
      "'{name}' extends the model '{base}', which would make it a second table. A model extends Entity<…> directly; for a shape based on '{base}' extend Omit<{base}, …> or Pick<{base}, …>.",
  },
  "relation-inverse-missing": {
    code: "SL3021",
    severity: "error",
    message: "{kind}<{target}> '{model}.{field}' needs a BelongsTo<{model}> field on '{target}' that holds the foreign key{detail}.",
  },
  "join-table-shared": {
    code: "SL3022",
    severity: "error",
    message: "ManyToMany '{model}.{field}' would share the join table '{table}' with '{other}'; give it its own: ManyToMany<{target}, { table: \"…\" }>.",
  },
  "fk-target-not-unique": {
    code: "SL3023",
    severity: "error",
    message: "BelongsTo '{model}.{field}' cannot reference '{target}': {detail}. PostgreSQL needs a full unique constraint on a referenced column.",
  },
  "reserved-name": { code: "SL3024", severity: "error", message: "{what} '{name}' cannot be used: {reason}. Rename it." },
  "invalid-path": { code: "SL3016", severity: "error", message: "Invalid path '{path}': {detail}." },
  "invalid-method": {
    code: "SL3280",
    severity: "error",
    message: "{what} '{name}' has method '{method}', which is no HTTP method: use one of {methods}.{hint}",
  },
  "server-prefix-repeated": {
    code: "SL3017",
    severity: "warning",
    message: "Path '{path}' repeats the path of server '{url}'; clients would call '{full}'. Drop the prefix from the API or from the server URL.",
  },
  "response-body-not-allowed": {
    code: "SL3130",
    severity: "error",
    message: "Response {status} of '{endpoint}' declares a body, but a {status} response never has one. Use NoContent or Response<void, …>.",
  },
  "invalid-header-name": {
    code: "SL3131",
    severity: "error",
    message: "'{name}' is not a valid header name: use letters, digits and !#$%&'*+-.^_`|~ only (RFC 9110 token), e.g. 'X-Request-Id'.",
  },
  "unknown-error-model": { code: "SL3132", severity: "error", message: "errors.model names '{name}', which is not a declared type.{hint}" },
  "redirect-without-location": {
    code: "SL3133",
    severity: "warning",
    message: "Redirect {status} of '{endpoint}' declares no Location header; clients cannot follow it. Add a Location header to its Response options.",
  },
  "response-header-type": {
    code: "SL3135",
    severity: "error",
    message: "Header '{name}' has the type '{type}', which no header can carry: use a string, number, boolean, enum or literal type, or a list of them.",
  },
  "invalid-response-status": {
    code: "SL3260",
    severity: "error",
    message: "'{key}' is not a response status: write a code from 100 to 599, a range from '1XX' to '5XX', or 'default'.{hint}",
  },
  "response-content-repeated": {
    code: "SL3300",
    severity: "error",
    message: "Response {status}'s content names '{mediaType}', which {detail}; each media type has one body.{hint}",
  },
  "invalid-media-type": {
    code: "SL3134",
    severity: "error",
    message: "'{value}' is not a media type: write 'type/subtype', e.g. 'application/json', 'text/csv', 'image/png'.",
  },

  "constraint-contradiction": {
    code: "SL3190",
    severity: "error",
    message: "{tags} of '{where}' contradict each other: {detail}.",
  },
  "unknown-format": {
    code: "SL3191",
    severity: "error",
    message: "Unknown format '{format}' on '{where}'.{hint} A format of your own is written CustomFormat<\"{format}\">.",
  },
  "custom-format-builtin": {
    code: "SL3192",
    severity: "error",
    message: 'CustomFormat<"{format}"> on \'{where}\' names a built-in format; write Format<"{format}">, which the validators check.',
  },
  "invalid-constraint": { code: "SL3193", severity: "error", message: "{tag} on '{where}' {detail}." },
  "schema-name-collision": {
    code: "SL3195",
    severity: "error",
    message:
      "Type '{name}' has the name of the {what} declared at {first}; both would be the OpenAPI component and validator '{name}', one silently replacing the other. Rename one of them{hint}.",
  },
  "ambiguous-base": {
    code: "SL3241",
    severity: "error",
    message:
      "An intersection builds on the model '{base}' (declared at {model}, API name '{api}'), whose TypeScript name the type declared at {type} also has; an allOf member cannot say which one it means. Give the type or the model another TypeScript name.",
  },
  "invalid-schema-name": {
    code: "SL3240",
    severity: "error",
    message:
      "'{where}' cannot be named {detail}: a schema name is a letter or '_' followed by letters, digits or '_' (it names the OpenAPI component, the validator and the GraphQL type).",
  },
  "property-count-misplaced": {
    code: "SL3320",
    severity: "error",
    message: "{tag} on '{where}' counts the properties of an object or a record, but '{where}' is {type}.{hint}",
  },
  "closed-base": {
    code: "SL3194",
    severity: "error",
    message:
      "'{name}' builds on the closed schema '{base}', whose additionalProperties: false would reject every property '{name}' adds. Leave '{base}' open and close '{name}' instead.",
  },

  // ---- front end: security schemes, document metadata, pagination (SL3100–3129)
  "extension-key-invalid": {
    code: "SL3100",
    severity: "error",
    message: "Extension key '{key}' must start with 'x-': OpenAPI allows only specification extensions there.",
  },
  "security-scheme-unknown": { code: "SL3101", severity: "error", message: "Security scheme '{name}' is not declared; known schemes: {known}.{hint}" },
  "security-scope-unknown": {
    code: "SL3102",
    severity: "error",
    message: "Scope '{scope}' is not declared by any flow of OAuth2 scheme '{scheme}'; declared scopes: {known}.{hint}",
  },
  "security-scope-not-allowed": {
    code: "SL3103",
    severity: "error",
    message: "Scheme '{scheme}' ({type}) takes no scopes; only oauth2 and openIdConnect requirements list scopes. Roles belong in `auth: { roles }`.",
  },
  "security-scheme-invalid": { code: "SL3104", severity: "error", message: "Security scheme '{name}': {detail}." },
  "security-auth-conflict": { code: "SL3105", severity: "error", message: "Endpoint '{endpoint}': {detail}." },
  "security-default-missing": {
    code: "SL3106",
    severity: "error",
    message:
      "Endpoint '{endpoint}' requires authentication, but neither it, its Api group nor the auth config's `defaultSecurity` says which of the schemes {known} to use.",
  },
  "pagination-style-renamed": {
    code: "SL3107",
    severity: "warning",
    message:
      "Pagination style 'offset' is now spelled 'page' (page and limit parameters, unchanged output); write 'limitOffset' for limit and offset parameters.",
  },

  // ---- requests: header/cookie parameters, body media types, webhooks and callbacks (SL3160–3189)
  "invalid-parameter-name": {
    code: "SL3160",
    severity: "error",
    message: "{where} parameter name '{name}' is not an HTTP token; use letters, digits and !#$%&'*+-.^_`|~.",
  },
  "header-not-parameter": {
    code: "SL3161",
    severity: "error",
    message: "Header '{name}' cannot be a parameter (OpenAPI ignores it): {detail}.",
  },
  "duplicate-parameter": { code: "SL3162", severity: "error", message: "{where} parameter '{name}' is declared twice{detail}." },
  "body-option-without-body": { code: "SL3164", severity: "error", message: "'{option}' of '{name}' has no effect: {reason}." },
  "body-encoding-part-unknown": {
    code: "SL3165",
    severity: "error",
    message: "bodyEncoding part '{part}' of '{name}' is not a property of its body.{hint}",
  },
  "invalid-callback-url": {
    code: "SL3166",
    severity: "error",
    message: "Invalid URL of callback '{name}': {detail}. Write a URL template such as {example}.",
  },

  // ---- emitters and output
  "plugin-failed": { code: "SL5001", severity: "error", message: "{what} '{name}' of plugin '{plugin}' failed: {detail}" },
  "chromium-missing": {
    code: "SL5002",
    severity: "warning",
    message:
      "Skipping er.svg: no Chromium, Chrome or Edge found in the usual places. Install one (Debian/Ubuntu: 'apt-get install -y chromium') or set PUPPETEER_EXECUTABLE_PATH to its executable.",
  },
  "svg-render-failed": { code: "SL5003", severity: "warning", message: "Skipping er.svg: mermaid-cli failed: {detail}" },
  "html-renderer-missing": {
    code: "SL5031",
    severity: "warning",
    message:
      "Skipping {file}: the 'html' artifact needs the optional package 'redoc', whose standalone bundle is inlined so the page works offline. Install it next to specloom with 'npm i -D redoc'.",
  },
  "html-diagram-renderer-missing": {
    code: "SL5032",
    severity: "warning",
    message:
      "{file} shows the ER diagram as Mermaid source: drawing it needs the optional package 'mermaid' (its browser bundle is inlined). Install it next to specloom with 'npm i -D mermaid'.",
  },
  "client-trace-skipped": {
    code: "SL5050",
    severity: "warning",
    message: "client.ts has no method for '{operation}' (TRACE {path}): fetch refuses to send TRACE requests.",
  },
  "svg-renderer-missing": {
    code: "SL5030",
    severity: "warning",
    message:
      "Skipping er.svg: --svg needs the optional package '@mermaid-js/mermaid-cli', which is not installed. Install it next to specloom with 'npm i -D @mermaid-js/mermaid-cli' (with a system Chrome or Chromium, set PUPPETEER_SKIP_DOWNLOAD=1 first).",
  },

  // ---- importers
  "import-source-unreadable": { code: "SL7001", severity: "error", usage: true, message: "Cannot read import source '{source}': {detail}" },
  "import-source-invalid": { code: "SL7002", severity: "error", message: "Import source is invalid: {detail}" },
  "import-connect-failed": { code: "SL7003", severity: "error", usage: true, message: "Cannot connect to '{source}': {detail}" },
  "import-unsupported": { code: "SL7004", severity: "warning", message: "{what} cannot be expressed in the specloom DSL and is not imported: {detail}" },
  "import-lossy": { code: "SL7005", severity: "warning", message: "{what} is imported approximately: {detail}" },
  "import-out-not-empty": {
    code: "SL7006",
    severity: "error",
    usage: true,
    message: "Output directory '{dir}' is not empty; import writes a new project and never overwrites files.",
  },

  // ---- OpenAPI importer: one code per kind of source construct the DSL cannot express (yet); {pointer} is in the source
  "import-oa-path": { code: "SL7011", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-parameter": { code: "SL7012", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-media-type": { code: "SL7013", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-error-body": { code: "SL7014", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-response-headers": { code: "SL7015", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-status": { code: "SL7016", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-security": { code: "SL7017", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-webhook": { code: "SL7018", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-keyword": { code: "SL7019", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-format": { code: "SL7020", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-composition": { code: "SL7021", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-request-body": { code: "SL7022", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "import-oa-name": { code: "SL7024", severity: "warning", message: "{what} at {pointer} {verdict}: {detail}" },
  "pattern-database-unchecked": {
    code: "SL7100",
    severity: "warning",
    message: "Pattern '{pattern}' of '{where}' is checked by OpenAPI and validators.ts, but schema.sql has no CHECK for it: {detail}.",
  },

  // ---- internal
  "internal-error": {
    code: "SL9001",
    severity: "error",
    message:
      "Internal compiler error: {detail}. This is a specloom bug; please report it at https://github.com/specloom/specloom/issues with the input that caused it.",
  },
});

export type DiagnosticId = keyof typeof diagnosticDefs;

export interface Diagnostic {
  readonly id: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Absent for project-wide problems (a missing config file). */
  readonly loc?: SourceLocation;
  /** Where the faulty text ends (exclusive), when known: the span underlined in the terminal and the editor. */
  readonly end?: SourcePosition;
  /** The text that should replace loc…end (a did-you-mean), for editors' quick fixes. */
  readonly suggestion?: string;
  readonly usage?: boolean;
}

/** A 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Fills `{name}` placeholders; unknown ones stay visible rather than vanish. */
export function formatTemplate(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(args, k) ? String(args[k]) : m));
}

/** specloom's own diagnostics (the core library). */
export const coreDiagnostics = createDiagnostics("specloom", diagnosticDefs);

/** Core's creator, with the id and the placeholder arguments typed from `diagnosticDefs`. */
export function createDiagnostic<K extends DiagnosticId>(id: K, ...rest: CreatorArgs<(typeof diagnosticDefs)[K]["message"]>): Diagnostic {
  return coreDiagnostics.create(id, ...rest);
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

/** Stable order: by file, line, column, code. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  const order = <T extends string | number>(x: T, y: T) => (x < y ? -1 : x > y ? 1 : 0);
  return [...diags].sort(
    (a, b) =>
      order(a.loc?.file ?? "", b.loc?.file ?? "") ||
      order(a.loc?.line ?? 0, b.loc?.line ?? 0) ||
      order(a.loc?.column ?? 0, b.loc?.column ?? 0) ||
      order(a.code, b.code),
  );
}

/** Exit code per the CLI contract: 0 ok, 1 spec errors, 2 usage/config errors. */
export function exitCodeFor(diags: readonly Diagnostic[], strict = false): 0 | 1 | 2 {
  const failing = diags.filter((d) => d.severity === "error" || (strict && d.severity === "warning"));
  if (failing.some((d) => d.usage)) return 2;
  return failing.length > 0 ? 1 : 0;
}
